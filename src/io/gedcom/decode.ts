/**
 * Bytes → text. Byte-order marks and null-byte patterns decide UTF-8/UTF-16 first; for 8-bit
 * files the HEAD's `1 CHAR` label decides, checked against the bytes: files labelled ANSEL or
 * ANSI that are really UTF-8 (a common vendor mistake) are read as UTF-8 with a warning.
 */
import { decodeAnsel } from './ansel.js';
import { decodeCp1252, decodeCp437, decodeUtf16 } from './charsets.js';
import type { ProblemList } from './problems.js';

export type GedcomEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'ANSEL' | 'CP1252' | 'CP437' | 'ASCII' | 'text';

export interface Decoded {
  text: string;
  /** How the bytes were read (`text` when a string was given). */
  encoding: GedcomEncoding;
  /** The HEAD's CHAR value, when there was one. */
  label?: string;
}

const utf8 = new TextDecoder('utf-8');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** The CHAR label and GEDC version, read from the first few kilobytes as ASCII. */
function sniffHead(bytes: Uint8Array): { label?: string; v7: boolean } {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 8192)));
  const label = /^[ \t]*1[ \t]+CHAR[ \t]+([^\r\n]*?)[ \t]*$/m.exec(head)?.[1];
  const v7 = /^[ \t]*2[ \t]+VERS[ \t]+7(\.\d+)*[ \t]*$/m.test(head);
  return { label: label || undefined, v7 };
}

/** Finds UTF-16 without a BOM: GEDCOM starts with "0 HEAD", so every other byte is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'be';
  return undefined;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeUtf8(bytes: Uint8Array, start: number, problems: ProblemList): string {
  const body = bytes.subarray(start);
  try {
    return utf8Strict.decode(body);
  } catch {
    const text = utf8.decode(body);
    problems.add('bad-bytes', undefined, { count: countReplacements(text), encoding: 'UTF-8' });
    return text;
  }
}

/** A string's own BOM is dropped; everything else is left as it is. */
function fromString(input: string): Decoded {
  return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'text' };
}

export function decodeGedcom(input: string | Uint8Array, problems: ProblemList): Decoded {
  if (typeof input === 'string') return fromString(input);
  const bytes = input;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes, 3, problems), encoding: 'UTF-8' };
  const bomLe = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBe = bytes[0] === 0xfe && bytes[1] === 0xff;
  const sixteen = bomLe ? 'le' : bomBe ? 'be' : utf16WithoutBom(bytes);
  if (sixteen) {
    const { text, invalid } = decodeUtf16(bytes, sixteen === 'le', bomLe || bomBe ? 2 : 0);
    const encoding = sixteen === 'le' ? 'UTF-16LE' : 'UTF-16BE';
    const bad = invalid + countReplacements(text);
    if (bad) problems.add('bad-bytes', undefined, { count: bad, encoding });
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
  }
  const { label, v7 } = sniffHead(bytes);
  const key = (label ?? '').toUpperCase().replace(/[\s_]/g, '');
  const ascii = isAscii(bytes);
  if (ascii) return { text: decodeCp1252(bytes), encoding: 'ASCII', label };
  const validUtf8 = isValidUtf8(bytes);
  const asUtf8 = (): Decoded => ({ text: decodeUtf8(bytes, 0, problems), encoding: 'UTF-8', label });
  const mislabelled = (actual: Decoded): Decoded => {
    problems.add('charset-label', undefined, { label: label ?? '(none)', actual: actual.encoding });
    return actual;
  };
  if (v7 || key === 'UTF-8' || key === 'UTF8') return asUtf8();
  // "UNICODE" means UTF-16 in 5.5.1; UTF-16 was handled above, so these bytes are UTF-8 (or not).
  if (key === 'UNICODE') return validUtf8 ? mislabelled(asUtf8()) : mislabelled({ text: decodeCp1252(bytes), encoding: 'CP1252', label });
  if (key === 'ANSEL') {
    if (validUtf8) return mislabelled(asUtf8());
    const { text, invalid } = decodeAnsel(bytes);
    if (invalid) problems.add('bad-bytes', undefined, { count: invalid, encoding: 'ANSEL' });
    return { text, encoding: 'ANSEL', label };
  }
  if (['ANSI', 'WINDOWS-1252', 'CP1252', 'ISO-8859-1', 'ISO8859-1', 'LATIN1', 'LATIN-1'].includes(key))
    return validUtf8 ? mislabelled(asUtf8()) : { text: decodeCp1252(bytes), encoding: 'CP1252', label };
  if (['IBMPC', 'IBM-PC', 'CP437', 'IBM437', 'MSDOS'].includes(key))
    return validUtf8 ? mislabelled(asUtf8()) : { text: decodeCp437(bytes), encoding: 'CP437', label };
  if (key === 'ASCII') return validUtf8 ? mislabelled(asUtf8()) : mislabelled({ text: decodeCp1252(bytes), encoding: 'CP1252', label });
  // No label or an unknown one: UTF-8 when the bytes allow it, otherwise Windows-1252.
  const actual: Decoded = validUtf8 ? asUtf8() : { text: decodeCp1252(bytes), encoding: 'CP1252', label };
  problems.add('charset-unknown', undefined, { label: label ?? '(none)', actual: actual.encoding });
  return actual;
}
