import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { exportGedcom, importGedcom, type GedcomImportResult } from '../../src/io/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import { readSharedFixture } from '../shared-fixtures.js';
import { gedcomFixtures } from './gedcom-helpers.js';

/** Problems that belong to the whole file; every other problem must say which line. */
const FILE_LEVEL = new Set([
  'file-too-large', 'too-many-people', 'missing-trailer', 'charset-label', 'charset-unknown', 'bad-bytes',
  'no-individuals', 'ego-not-found', 'more-problems',
]);
const MAX_MS = 5000; // generous: the machine is shared; real imports of these sizes take a few ms

function check(input: string | Uint8Array): GedcomImportResult {
  const t0 = performance.now();
  const r = importGedcom(input);
  const ms = performance.now() - t0;
  expect(ms, 'bounded time').to.be.lessThan(MAX_MS);
  const valid = validateNetwork(r.network);
  expect(valid.ok, JSON.stringify(valid.errors)).to.be.true;
  expect(r.problems.some((p) => p.code === 'internal-error'), JSON.stringify(r.problems.find((p) => p.code === 'internal-error'))).to.be.false;
  const lines = typeof input === 'string' ? input.split(/\r\n|\r|\n/).length : Infinity;
  for (const p of r.problems) {
    if (FILE_LEVEL.has(p.code)) continue;
    expect(p.line, `${p.code} has a line`).to.be.a('number');
    expect(p.line! >= 1 && p.line! <= lines, `${p.code} line ${p.line} within the file`).to.be.true;
  }
  return r;
}

/** Import → export → import gives the same document, whatever the input was. */
function roundTrips(r: GedcomImportResult): void {
  for (const version of ['7.0', '5.5.1'] as const) {
    const again = importGedcom(exportGedcom(r.network, { version }));
    expect(JSON.stringify(again.network), `round trip via ${version}`).to.equal(JSON.stringify(r.network));
  }
}

const TAGS = ['HEAD', 'TRLR', 'INDI', 'FAM', 'NAME', 'SEX', 'BIRT', 'DEAT', 'DATE', 'FAMC', 'FAMS', 'HUSB', 'WIFE', 'CHIL', 'PEDI', 'ASSO', 'RELA', 'ROLE', 'MARR', 'DIV', 'ENGA', 'NOTE', 'CONC', 'CONT', 'GEDC', 'VERS', 'CHAR', '_ROOT', 'ADOP', 'EVEN', 'TYPE', '_X'];

const gedcomLine = fc
  .record({
    level: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 120 })),
    xref: fc.option(fc.constantFrom('@I1@', '@I2@', '@F1@', '@i1@', '@X Y@', '@@'), { nil: undefined }),
    tag: fc.constantFrom(...TAGS),
    value: fc.option(
      fc.oneof(
        fc.constantFrom('@I1@', '@I2@', '@F1@', '@F9@', '@VOID@', 'M', 'F', 'X', 'q', '1 JAN 1900', 'ABT 1800', 'MAR 2000', '7.0', '5.5.1', 'adopted', 'FOSTER', 'Jan /Smit/', '@@x', 'Y'),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30, unit: 'binary' }),
      ),
      { nil: undefined },
    ),
    indent: fc.constantFrom('', '', '', ' ', '\t'),
  })
  .map(({ level, xref, tag, value, indent }) => `${indent}${level}${xref ? ` ${xref}` : ''} ${tag}${value !== undefined ? ` ${value}` : ''}`);

const gedcomText = fc
  .tuple(fc.array(gedcomLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, header]) => [...(header ? ['0 HEAD', '1 GEDC', '2 VERS 5.5.1'] : []), ...lines, '0 TRLR'].join(eol));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'level'; line: number; level: number }
  | { kind: 'delete'; line: number; count: number }
  | { kind: 'duplicate'; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('level' as const), line: fc.double({ min: 0, max: 1, noNaN: true }), level: fc.integer({ min: 0, max: 150 }) }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.double({ min: 0, max: 1, noNaN: true }), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    if (m.kind === 'truncate') out = out.slice(0, Math.floor(out.length * m.at));
    else if (m.kind === 'flip') {
      out = out.slice();
      if (out.length) out[Math.min(out.length - 1, Math.floor(out.length * m.at))] = m.byte;
    } else {
      // Line edits work on the bytes between LF, so encodings other than UTF-8 get damaged too.
      const lines: Uint8Array[] = [];
      let start = 0;
      for (let i = 0; i <= out.length; i++)
        if (i === out.length || out[i] === 0x0a) {
          lines.push(out.slice(start, i));
          start = i + 1;
        }
      const at = Math.min(lines.length - 1, Math.floor(lines.length * m.line));
      if (m.kind === 'delete') lines.splice(at, m.count);
      else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at]);
      else {
        const text = new TextDecoder('latin1').decode(lines[at]).replace(/^\s*\d+/, String(m.level));
        lines[at] = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
      }
      const joined = new Uint8Array(lines.reduce((n, l) => n + l.length + 1, 0));
      let o = 0;
      for (const l of lines) {
        joined.set(l, o);
        o += l.length;
        joined[o++] = 0x0a;
      }
      out = joined;
    }
  }
  return out;
}

describe('GEDCOM import: fuzzed (fast-check)', function () {
  this.timeout(600000);

  it('random bytes: never throws, bounded time, a valid network and located problems', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        check(bytes);
      }),
      { numRuns: 400, seed: 1 },
    );
  });

  it('random GEDCOM-like text: the same, and every result round-trips through 7.0 and 5.5.1', () => {
    fc.assert(
      fc.property(gedcomText, (text) => {
        roundTrips(check(text));
      }),
      { numRuns: 600, seed: 2 },
    );
  });

  it('mutated fixture files (truncation, byte flips, level changes, deleted and doubled lines): the same', async () => {
    const paths = (await gedcomFixtures()).filter((p) => !/mhftb8|legacy10|royal92|date-all|washington|familyorigins|kennedy|ancestris/.test(p));
    const files = await Promise.all(paths.map((p) => readSharedFixture(p)));
    let runs = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, mutations) => {
        runs++;
        roundTrips(check(mutate(files[i], mutations)));
      }),
      { numRuns: 800, seed: 3 },
    );
    expect(runs).to.equal(800);
  });

  it('mutated large files stay within time', async () => {
    const royal = await readSharedFixture('gedcom/samples/royal92.ged');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        check(mutate(royal, mutations));
      }),
      { numRuns: 15, seed: 4 },
    );
  });
});
