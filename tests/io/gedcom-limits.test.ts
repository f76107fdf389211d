import { expect } from '@open-wc/testing';
import { exportGedcom, importGedcom, GEDCOM_LIMITS } from '../../src/io/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import { ged } from './gedcom-helpers.js';

const people = (n: number) => Array.from({ length: n }, (_, i) => [`0 @I${i + 1}@ INDI`, `1 NAME Persoon ${i + 1}`]).flat();

describe('GEDCOM import: limits and hostile input', function () {
  this.timeout(180000);

  it('documents its default limits', () => {
    expect(GEDCOM_LIMITS).to.deep.equal({ maxBytes: 52428800, maxLines: 2000000, maxLineLength: 100000, maxLevel: 99, maxPeople: 50000 });
  });

  it('refuses a file over the size limit with a clear reason, and returns an empty network', () => {
    const r = importGedcom(new Uint8Array(2 * 1024 * 1024), { maxBytes: 1024 * 1024 });
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.include({ code: 'file-too-large', severity: 'error' });
    expect(r.problems[0].messages.en).to.equal('The file is 2.0 MB; the limit is 1.0 MB. Nothing was imported.');
    expect(r.problems[0].messages.nl).to.equal('Het bestand is 2.0 MB; de grens is 1.0 MB. Er is niets ingelezen.');
    expect(validateNetwork(r.network).ok).to.be.true;
    expect(r.stats.individuals).to.equal(0);
  });

  it('stops at the line limit and keeps what came before', () => {
    const r = importGedcom(ged(people(10)), { maxLines: 9 });
    const p = r.problems.find((x) => x.code === 'too-many-lines')!;
    expect(p).to.include({ severity: 'error', line: 10 });
    // Five header lines, then two lines per person: lines 6–9 hold two people.
    expect(r.network.people.map((x) => x.name)).to.deep.equal(['Persoon 1', 'Persoon 2']);
  });

  it('imports only the first people over the people limit', () => {
    const r = importGedcom(ged([...people(5), '0 @F1@ FAM', '1 HUSB @I1@', '1 CHIL @I5@']), { maxPeople: 3 });
    expect(r.network.people).to.have.length(3);
    expect(r.problems.find((x) => x.code === 'too-many-people')).to.include({ severity: 'error' });
    expect(r.problems.find((x) => x.code === 'dangling-pointer')?.line).to.equal(18);
    expect(r.stats.individuals).to.equal(5);
  });

  it('cuts over-long lines and skips levels deeper than the limit, with line numbers', () => {
    const r = importGedcom(ged(['0 @I1@ INDI', `1 NAME ${'x'.repeat(500)}`, '1 BIRT', '2 DATE 1900', '3 NOTE a', '4 NOTE b', '5 NOTE c']), {
      maxLineLength: 100,
      maxLevel: 3,
    });
    expect(r.problems.find((p) => p.code === 'line-too-long')).to.include({ line: 7, severity: 'error' });
    expect(r.network.people[0].name).to.have.length(100 - '1 NAME '.length);
    expect(r.problems.filter((p) => p.code === 'too-deep').map((p) => p.line)).to.deep.equal([11]);
    expect(r.network.people[0].birth).to.equal('1900');
  });

  it('takes an ArrayBuffer or any typed array, and answers other values with a problem', () => {
    const bytes = new TextEncoder().encode(ged(['0 @I1@ INDI', '1 NAME Zoë']));
    expect(importGedcom(bytes.buffer).network.people[0].name).to.equal('Zoë');
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes, 2);
    expect(importGedcom(new DataView(padded.buffer, 2, bytes.length) as unknown as Uint8Array).network.people[0].name).to.equal('Zoë');
    for (const odd of [null, undefined, 42, {}, ['0 HEAD']]) {
      const r = importGedcom(odd as unknown as string);
      expect(r.problems.map((p) => p.code)).to.deep.equal(['not-gedcom']);
      expect(validateNetwork(r.network).ok).to.be.true;
    }
  });

  it('never throws on empty, binary or absurd input', () => {
    const inputs: Array<string | Uint8Array> = [
      '',
      new Uint8Array(0),
      new Uint8Array([0xef, 0xbb, 0xbf]),
      new Uint8Array([0xff, 0xfe, 0x30]),
      new Uint8Array(4096),
      new Uint8Array(4096).fill(0xe2),
      '\uFEFF',
      '0',
      '0 @',
      '0 @@ INDI',
      '1 CONC orphan\n1 CONT orphan',
      `0 @I1@ INDI\n${'1 NAME x\n'.repeat(10)}${'9'.repeat(400)} NAME deep`,
      '0 HEAD\n' + '1 NOTE x\n2 CONC y\n'.repeat(5000),
      '0 @I1@ INDI\n1 FAMS @I1@\n1 FAMC @I1@\n0 @F1@ FAM\n1 HUSB @F1@\n1 CHIL @F1@',
    ];
    for (const input of inputs) {
      const r = importGedcom(input);
      expect(validateNetwork(r.network).ok, String(input).slice(0, 30)).to.be.true;
      expect(r.problems.length, String(input).slice(0, 30)).to.be.greaterThan(0);
    }
  });

  it('stays linear on adversarial shapes: equal xrefs, huge families, long histories, long ancestor loops', () => {
    const n = 12000;
    // The fastest of three runs, to see through the noise of a shared machine.
    const time = (make: (k: number) => string, k: number) => {
      const text = make(k);
      let best = Infinity;
      let r = importGedcom(text);
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        r = importGedcom(text);
        exportGedcom(r.network);
        best = Math.min(best, performance.now() - t0);
      }
      return { ms: best, r };
    };
    const shapes: Record<string, (k: number) => string> = {
      'equal xrefs': (k) => ged(Array.from({ length: k }, () => ['0 @I1@ INDI', '1 NAME x']).flat()),
      'one family, many children': (k) =>
        ged([...Array.from({ length: k }, (_, i) => [`0 @I${i}@ INDI`, '1 FAMC @F1@']).flat(), '0 @F1@ FAM', ...Array.from({ length: k }, (_, i) => `1 CHIL @I${i}@`)]),
      'long history': (k) => ged(['0 @I1@ INDI', '0 @F1@ FAM', '1 HUSB @I1@', ...Array.from({ length: k }, (_, i) => [i % 2 ? '1 DIV' : '1 MARR', `2 DATE ${1000 + (i % 999)}`]).flat()]),
      'ancestor loop': (k) =>
        ged([
          ...Array.from({ length: k }, (_, i) => [`0 @I${i}@ INDI`]).flat(),
          ...Array.from({ length: k }, (_, i) => [`0 @F${i}@ FAM`, `1 HUSB @I${(i + 1) % k}@`, `1 CHIL @I${i}@`, `1 CHIL @I${(i + 2) % k}@`]).flat(),
        ]),
    };
    for (const [name, make] of Object.entries(shapes)) {
        const small = time(make, n / 4);
      const large = time(make, n);
      expect(validateNetwork(large.r.network).ok, name).to.be.true;
      console.log(`[gedcom-scaling] ${name}: ${n / 4} → ${small.ms.toFixed(0)} ms, ${n} → ${large.ms.toFixed(0)} ms`);
      // Four times the input may take at most ~12× the time on a noisy machine; n² would be 16×+.
      expect(large.ms, `${name}: ${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms`).to.be.lessThan(Math.max(small.ms * 12, 3000));
    }
  });

  it('reads a large synthetic family quickly and linearly (no quadratic step)', () => {
    const build = (n: number) => {
      const lines = ['0 HEAD', '1 GEDC', '2 VERS 7.0'];
      for (let i = 1; i <= n; i++) lines.push(`0 @I${i}@ INDI`, `1 NAME Kind /${i}/`, '1 SEX M', '1 BIRT', `2 DATE ${1 + (i % 28)} JAN ${1800 + (i % 200)}`, `1 FAMC @F${Math.ceil(i / 2)}@`);
      for (let f = 1; f <= n / 2; f++) lines.push(`0 @F${f}@ FAM`, `1 HUSB @I${((f * 3) % n) + 1}@`, `1 CHIL @I${2 * f - 1}@`, `1 CHIL @I${2 * f}@`, '1 MARR', '2 DATE 1850');
      lines.push('0 TRLR');
      return lines.join('\n');
    };
    const time = (text: string) => {
      const t0 = performance.now();
      const r = importGedcom(text);
      return { ms: performance.now() - t0, r };
    };
    time(build(2000)); // warm-up
    const small = time(build(4000));
    const large = time(build(16000));
    expect(large.r.network.people.length).to.equal(16000);
    // Four times the people may take at most ~12× the time (noise on a shared machine), never n².
    expect(large.ms).to.be.lessThan(Math.max(small.ms * 12, 500));
  });
});
