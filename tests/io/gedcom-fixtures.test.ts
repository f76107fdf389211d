import { expect } from '@open-wc/testing';
import { exportGedcom, importGedcom, type GedcomImportResult } from '../../src/io/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import { readSharedFixture } from '../shared-fixtures.js';
import { gedcomFixtures, readmeCounts } from './gedcom-helpers.js';

type Expect = { errors?: Array<[string, number]>; warnings?: Array<[string, number | undefined]> };

/** What each malformed file must give (all are imported with problems; none is refused). */
const MALFORMED: Record<string, Expect> = {
  'gedcom/gedcom-go/malformed/blank-lines.ged': { warnings: [['blank-line', 15], ['blank-line', 17], ['blank-line', 20]] },
  'gedcom/gedcom-go/malformed/circular-reference.ged': { errors: [['partner-and-child', 20], ['own-ancestor', 15], ['own-ancestor', 10]] },
  'gedcom/gedcom-go/malformed/duplicate-xref.ged': { errors: [['duplicate-xref', 8], ['duplicate-xref', 11], ['duplicate-xref', 16]] },
  'gedcom/gedcom-go/malformed/invalid-level.ged': { errors: [['level-jump', 6]] },
  'gedcom/gedcom-go/malformed/invalid-xref.ged': { warnings: [['dangling-pointer', 6]] },
  'gedcom/gedcom-go/malformed/level-jump-skip.ged': { errors: [['level-jump', 8]] },
  'gedcom/gedcom-go/malformed/level-jump-subordinate.ged': { errors: [['level-jump', 10]] },
  'gedcom/gedcom-go/malformed/level-over-99.ged': { errors: [['too-deep', 17]] },
  'gedcom/gedcom-go/malformed/missing-header.ged': { warnings: [['missing-header', 1]] },
  'gedcom/gedcom-go/malformed/missing-xref.ged': { warnings: [['dangling-pointer', 6]] },
  'gedcom/gedcom-go/malformed/unterminated-xref.ged': { errors: [['bad-line', 4]] },
};

/** Line grammar of an export: levels step by one, xrefs and tags well formed, limits per version. */
function checkGrammar(text: string, version: '7.0' | '5.5.1'): string | undefined {
  const lines = text.split('\n');
  if (lines.pop() !== '') return 'no final newline';
  if (lines[0] !== '0 HEAD' || lines[lines.length - 1] !== '0 TRLR') return 'not HEAD … TRLR';
  let previous = 0;
  for (const [i, line] of lines.entries()) {
    const m = /^(\d{1,2}) (?:@([A-Z0-9_]+)@ )?([A-Za-z0-9_]+)(?: (.*))?$/.exec(line);
    if (!m) return `line ${i + 1} is not a GEDCOM line: ${line.slice(0, 60)}`;
    const level = Number(m[1]);
    if (level > previous + 1) return `line ${i + 1} jumps from level ${previous} to ${level}`;
    if (m[2] && level !== 0) return `line ${i + 1}: xref below level 0`;
    if (version === '7.0' && m[3] === 'CONC') return `line ${i + 1}: CONC in 7.0`;
    if (version === '5.5.1' && line.length > 255) return `line ${i + 1} is ${line.length} characters`;
    if (/^@[^@#]/.test(m[4] ?? '') && !/^@[A-Z0-9_]+@$/.test(m[4]!)) return `line ${i + 1}: unescaped @: ${line.slice(0, 60)}`;
    previous = level;
  }
  return undefined;
}

const results = new Map<string, GedcomImportResult>();
async function load(path: string): Promise<GedcomImportResult> {
  let r = results.get(path);
  if (!r) results.set(path, (r = importGedcom(await readSharedFixture(path))));
  return r;
}

describe('GEDCOM import: every shared fixture file', function () {
  this.timeout(600000);

  it('finds the fixture files and their README counts', async () => {
    const files = await gedcomFixtures();
    const counts = await readmeCounts();
    expect(files.length).to.be.greaterThan(100);
    for (const f of files) expect(counts.has(f), `README row for ${f}`).to.be.true;
  });

  it('imports each file with the INDI and FAM counts of the README, as a valid network', async () => {
    const counts = await readmeCounts();
    const failures: string[] = [];
    for (const path of await gedcomFixtures()) {
      const row = counts.get(path)!;
      const r = await load(path);
      const { stats, network } = r;
      if (stats.individuals !== row.individuals || stats.families !== row.families)
        failures.push(`${path}: ${stats.individuals}/${stats.families}, README ${row.individuals}/${row.families}`);
      const people = Math.max(Math.min(stats.individuals, 50000), 1);
      if (network.people.length !== people) failures.push(`${path}: ${network.people.length} people, expected ${people}`);
      if (network.unions.length !== stats.unions) failures.push(`${path}: unions`);
      const valid = validateNetwork(network);
      if (!valid.ok) failures.push(`${path}: invalid network ${JSON.stringify(valid.errors.slice(0, 2))}`);
    }
    expect(failures).to.deep.equal([]);
  });

  it('gives malformed files their problems with line numbers, and other files no errors', async () => {
    const failures: string[] = [];
    for (const path of await gedcomFixtures()) {
      const r = await load(path);
      const errors = r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line]);
      const expected = MALFORMED[path];
      if (!expected) {
        if (errors.length) failures.push(`${path}: unexpected errors ${JSON.stringify(errors)}`);
        continue;
      }
      expect(JSON.stringify(errors), path).to.equal(JSON.stringify(expected.errors ?? []));
      for (const [code, line] of expected.warnings ?? []) {
        if (!r.problems.some((p) => p.severity === 'warning' && p.code === code && p.line === line)) failures.push(`${path}: no ${code} at ${line}`);
      }
      for (const p of r.problems) {
        expect(p.messages.en, `${path} ${p.code}`).to.be.a('string').and.not.empty;
        expect(p.messages.nl, `${path} ${p.code}`).to.be.a('string').and.not.equal(p.messages.en);
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('keeps the valid part of malformed files', async () => {
    const skip = await load('gedcom/gedcom-go/malformed/level-jump-skip.ged');
    expect(skip.network.people[0].name).to.equal('John Smith');
    const dup = await load('gedcom/gedcom-go/malformed/duplicate-xref.ged');
    expect(dup.network.people.map((p) => p.name)).to.deep.equal(['First Person', 'Second Person With Same XRef', 'Third Person With Same XRef']);
    expect(new Set(dup.network.people.map((p) => p.id)).size).to.equal(3);
    const unterminated = await load('gedcom/gedcom-go/malformed/unterminated-xref.ged');
    expect(unterminated.stats.individuals).to.equal(0);
    expect(unterminated.problems.find((p) => p.code === 'bad-line')?.message).to.contain('0 @I1 INDI');
  });

  it('round-trips every file: import → export 7.0 / 5.5.1 → import gives the same document, and stable text', async () => {
    const failures: string[] = [];
    for (const path of await gedcomFixtures()) {
      const loaded = await load(path);
      const first = loaded.network;
      const hadErrors = loaded.problems.some((p) => p.severity === 'error');
      for (const version of ['7.0', '5.5.1'] as const) {
        const text = exportGedcom(first, { version });
        const grammar = checkGrammar(text, version);
        if (grammar) failures.push(`${path} via ${version}: ${grammar}`);
        const again = importGedcom(text);
        if (JSON.stringify(again.network) !== JSON.stringify(first)) failures.push(`${path} via ${version}`);
        // Links kept as text (cycles) give the same errors again; a clean file stays clean.
        if (!hadErrors && again.problems.some((p) => p.severity === 'error')) failures.push(`${path} via ${version}: errors on re-import`);
        if (exportGedcom(again.network, { version }) !== text) failures.push(`${path} via ${version}: export not stable`);
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('reports import times of the big files (figures for the bench report)', async () => {
    const big = [
      'gedcom/gedcom-go/edge-cases/mhftb8-export.ged',
      'gedcom/gedcom-go/edge-cases/legacy10-2025-export.ged',
      'gedcom/samples/royal92.ged',
      'gedcom/samples/washington.ged',
      'gedcom/samples/kennedy.ged',
    ];
    for (const path of big) {
      const bytes = await readSharedFixture(path);
      importGedcom(bytes); // warm-up
      const times: number[] = [];
      let people = 0;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        people = importGedcom(bytes).network.people.length;
        times.push(performance.now() - t0);
      }
      const ms = times.sort((a, b) => a - b)[1];
      console.log(`[gedcom-import] ${path.split('/').pop()}: ${bytes.length} bytes, ${people} people, ${ms.toFixed(0)} ms, ${Math.round(people / (ms / 1000))} people/s`);
      expect(people).to.be.greaterThan(100);
    }
  });
});
