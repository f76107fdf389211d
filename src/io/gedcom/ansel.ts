/**
 * ANSEL (ANSI/NISO Z39.47, the MARC-8 Latin set) with the GEDCOM 5.5 additions, to Unicode.
 * Older genealogy programs (PAF, early Family Tree Maker) wrote it. Combining diacritics come
 * BEFORE their base letter in ANSEL and AFTER it in Unicode, so they are held back and written
 * after the next base character; the result is NFC-normalised so "e" + acute becomes "é".
 */

/** Spacing characters 0xA1–0xCF (and the GEDCOM extensions in that range). */
const SPACING: Record<number, number> = {
  0x88: -1, // non-sorting character sequence begin (MARC): dropped
  0x89: -1, // non-sorting character sequence end: dropped
  0x8d: 0x200d, // zero width joiner
  0x8e: 0x200c, // zero width non-joiner
  0xa1: 0x0141, // Ł
  0xa2: 0x00d8, // Ø
  0xa3: 0x0110, // Đ
  0xa4: 0x00de, // Þ
  0xa5: 0x00c6, // Æ
  0xa6: 0x0152, // Œ
  0xa7: 0x02b9, // ʹ soft sign
  0xa8: 0x00b7, // · middle dot
  0xa9: 0x266d, // ♭ flat
  0xaa: 0x00ae, // ®
  0xab: 0x00b1, // ±
  0xac: 0x01a0, // Ơ
  0xad: 0x01af, // Ư
  0xae: 0x02bc, // ʼ alif
  0xb0: 0x02bb, // ʻ ayn
  0xb1: 0x0142, // ł
  0xb2: 0x00f8, // ø
  0xb3: 0x0111, // đ
  0xb4: 0x00fe, // þ
  0xb5: 0x00e6, // æ
  0xb6: 0x0153, // œ
  0xb7: 0x02ba, // ʺ hard sign
  0xb8: 0x0131, // ı dotless i
  0xb9: 0x00a3, // £
  0xba: 0x00f0, // ð
  0xbc: 0x01a1, // ơ
  0xbd: 0x01b0, // ư
  0xbe: 0x25a1, // □ GEDCOM: empty box
  0xbf: 0x25a0, // ■ GEDCOM: black box
  0xc0: 0x00b0, // °
  0xc1: 0x2113, // ℓ
  0xc2: 0x2117, // ℗
  0xc3: 0x00a9, // ©
  0xc4: 0x266f, // ♯
  0xc5: 0x00bf, // ¿
  0xc6: 0x00a1, // ¡
  0xc7: 0x00df, // ß (MARC 2004)
  0xc8: 0x20ac, // € (MARC 2004)
  0xcd: 0x0065, // GEDCOM: midline e
  0xce: 0x006f, // GEDCOM: midline o
  0xcf: 0x00df, // GEDCOM: es zet
};

/** Combining diacritics 0xE0–0xFE, written before the base letter in ANSEL. */
const COMBINING: Record<number, number> = {
  0xe0: 0x0309, // hook above
  0xe1: 0x0300, // grave
  0xe2: 0x0301, // acute
  0xe3: 0x0302, // circumflex
  0xe4: 0x0303, // tilde
  0xe5: 0x0304, // macron
  0xe6: 0x0306, // breve
  0xe7: 0x0307, // dot above
  0xe8: 0x0308, // diaeresis (umlaut)
  0xe9: 0x030c, // caron (hacek)
  0xea: 0x030a, // ring above
  0xeb: 0xfe20, // ligature, left half
  0xec: 0xfe21, // ligature, right half
  0xed: 0x0315, // comma above right
  0xee: 0x030b, // double acute
  0xef: 0x0310, // candrabindu
  0xf0: 0x0327, // cedilla
  0xf1: 0x0328, // ogonek (right hook)
  0xf2: 0x0323, // dot below
  0xf3: 0x0324, // double dot below
  0xf4: 0x0325, // ring below
  0xf5: 0x0333, // double low line
  0xf6: 0x0332, // low line (underscore)
  0xf7: 0x0326, // comma below
  0xf8: 0x031c, // left half ring below (right cedilla)
  0xf9: 0x032e, // breve below (upadhmaniya)
  0xfa: 0xfe22, // double tilde, left half
  0xfb: 0xfe23, // double tilde, right half
  0xfe: 0x0313, // comma above (high comma, centred)
};

export interface AnselResult {
  text: string;
  /** Bytes with no ANSEL meaning (replaced by U+FFFD). */
  invalid: number;
}

/** Decodes ANSEL bytes to a Unicode string (NFC). */
export function decodeAnsel(bytes: Uint8Array): AnselResult {
  const out: string[] = [];
  let pending: number[] = [];
  let invalid = 0;
  // Chunks keep String.fromCharCode's argument list short on multi-megabyte files.
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length) out.push(String.fromCharCode(...chunk));
    chunk = [];
  };
  const emit = (code: number) => {
    chunk.push(code);
    if (pending.length) {
      // A line break is no base letter: the marks stay before it, on a no-break space.
      chunk.push(...pending);
      pending = [];
    }
    if (chunk.length > 4096) flush();
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      if ((b === 0x0a || b === 0x0d) && pending.length) emit(0x00a0);
      emit(b);
      continue;
    }
    const mark = COMBINING[b];
    if (mark !== undefined) {
      pending.push(mark);
      continue;
    }
    const spacing = SPACING[b];
    if (spacing === -1) continue;
    if (spacing === undefined) invalid++;
    emit(spacing ?? 0xfffd);
  }
  if (pending.length) emit(0x00a0);
  flush();
  return { text: out.join('').normalize('NFC'), invalid };
}
