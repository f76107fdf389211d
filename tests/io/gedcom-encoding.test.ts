import { expect } from '@open-wc/testing';
import { importGedcom } from '../../src/io/index.js';
import { readSharedFixture } from '../shared-fixtures.js';
import { bytesOf, ged, utf16 } from './gedcom-helpers.js';

const names = (input: string | Uint8Array) => importGedcom(input).network.people.map((p) => p.name);
const codes = (input: string | Uint8Array) => importGedcom(input).problems.map((p) => p.code);

describe('GEDCOM import: character sets', () => {
  const family = ged(['0 @I1@ INDI', '1 NAME Anne /Brontë/', '0 @I2@ INDI', '1 NAME Zoë /Ǆurić/ ☺ 𒍅'], '5.5.1', 'UNICODE');

  it('reads UTF-16 LE and BE, with and without a byte-order mark (astral characters included)', () => {
    for (const le of [true, false])
      for (const bom of [true, false]) {
        const r = importGedcom(utf16(family, le, bom));
        expect(r.source.encoding, `le=${le} bom=${bom}`).to.equal(le ? 'UTF-16LE' : 'UTF-16BE');
        expect(r.network.people.map((p) => p.name)).to.deep.equal(['Anne Brontë', 'Zoë Ǆurić ☺ 𒍅']);
      }
  });

  it('reads UTF-8 with and without BOM, and strings with a BOM', () => {
    const bytes = new TextEncoder().encode(ged(['0 @I1@ INDI', '1 NAME Anne /Brontë/']));
    expect(names(bytes)).to.deep.equal(['Anne Brontë']);
    expect(names(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).to.deep.equal(['Anne Brontë']);
    expect(names('\uFEFF' + ged(['0 @I1@ INDI', '1 NAME Anne /Brontë/']))).to.deep.equal(['Anne Brontë']);
  });

  it('decodes ANSEL: combining diacritics before the letter land after it (NFC), spacing letters map', () => {
    const file = bytesOf(
      [
        '0 HEAD', '1 CHAR ANSEL', '1 GEDC', '2 VERS 5.5',
        '0 @I1@ INDI', '1 NAME Anne /Bront{e8}e/', // diaeresis + e → ë
        '0 @I2@ INDI', '1 NAME Anton{e0}in /Dvo{e9}r{e2}ak/', // hook above stays combining; caron r → ř, acute a → á
        '0 @I3@ INDI', '1 NAME {a2}ystein /Stra{cf}e/', // Ø, GEDCOM es-zet ß
        '0 @I4@ INDI', '1 NAME Fran{f0}cois /Ske{e2}{e8}a/', // cedilla c → ç, two marks on one letter
        '0 @I5@ INDI', '1 NAME Lech /Wa{b1}{e7}esa/', // ł, dot above e → ė
        '0 TRLR', '',
      ].join('\n'),
    );
    const r = importGedcom(file);
    expect(r.source.encoding).to.equal('ANSEL');
    expect(r.network.people.map((p) => p.name)).to.deep.equal([
      'Anne Brontë',
      'Antoni\u0309n Dvořák'.normalize('NFC'),
      'Øystein Straße',
      'François Skea\u0301\u0308'.normalize('NFC'),
      'Lech Wałėsa',
    ]);
    expect(r.network.people[0].name).to.equal('Anne Bront\u00EB'); // precomposed, not e + U+0308
    expect(r.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('reports bytes with no ANSEL meaning', () => {
    const r = importGedcom(bytesOf('0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME A{90}B\n0 TRLR\n'));
    expect(r.network.people[0].name).to.equal('A\uFFFDB');
    expect(r.problems.some((p) => p.code === 'bad-bytes' && p.severity === 'error')).to.be.true;
  });

  it('reads ANSI as Windows-1252 and IBMPC as code page 437', () => {
    expect(names(bytesOf('0 HEAD\n1 CHAR ANSI\n0 @I1@ INDI\n1 NAME Zo{eb} {80}{93}quote{94}\n0 TRLR\n'))).to.deep.equal(['Zoë €“quote”']);
    expect(names(bytesOf('0 HEAD\n1 CHAR IBMPC\n0 @I1@ INDI\n1 NAME Zo{89} M{81}ller\n0 TRLR\n'))).to.deep.equal(['Zoë Müller']);
  });

  it('reads UTF-8 that is labelled ANSEL or ANSI as UTF-8, with a warning', () => {
    for (const label of ['ANSEL', 'ANSI', 'ASCII']) {
      const bytes = new TextEncoder().encode(`0 HEAD\n1 CHAR ${label}\n0 @I1@ INDI\n1 NAME Zoë\n0 TRLR\n`);
      expect(names(bytes)).to.deep.equal(['Zoë']);
      expect(codes(bytes)).to.include('charset-label');
    }
  });

  it('falls back to Windows-1252 for unlabelled bytes that are not UTF-8', () => {
    const r = importGedcom(bytesOf('0 HEAD\n0 @I1@ INDI\n1 NAME Zo{eb}\n0 TRLR\n'));
    expect(r.network.people[0].name).to.equal('Zoë');
    expect(r.problems.map((p) => p.code)).to.include('charset-unknown');
  });

  it('reads each 5.5.1 character-set fixture to the same document as its 7.0 conversion', async () => {
    for (const name of ['char_utf16be-1', 'char_utf16be-2', 'char_utf16le-1', 'char_utf16le-2', 'char_utf8-1', 'char_utf8-2', 'char_utf8-3', 'char_ascii_2']) {
      const five = importGedcom(await readSharedFixture(`gedcom/gedcom7code/5/${name}.ged`));
      const seven = importGedcom(await readSharedFixture(`gedcom/gedcom7code/7/${name}.ged`));
      expect(five.network, name).to.deep.equal(seven.network);
    }
    const le = importGedcom(await readSharedFixture('gedcom/gedcom7code/5/char_utf16le-1.ged'));
    const head = (le.network.extensions?.gedcom as { head: Array<{ tag: string; value?: string }> }).head;
    expect(head.find((n) => n.tag === 'NOTE')?.value).to.equal('UTF-16LE without BOM: ¶ ☺ 𒍅');
  });

  it('reads CR, LF and CRLF line ends and leading whitespace alike', () => {
    const lines = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '0 @I1@ INDI', '  1 NAME Jan /Jansen/', '\t1 BIRT', '    2 DATE 3 FEB 1950', '0 TRLR', ''];
    for (const eol of ['\n', '\r', '\r\n']) {
      const r = importGedcom(lines.join(eol));
      expect(r.network.people[0]).to.include({ name: 'Jan Jansen', birth: '1950-02-03' });
      expect(r.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    }
  });
});
