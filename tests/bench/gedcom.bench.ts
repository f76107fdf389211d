import { exportGedcom, importGedcom } from '../../src/io/index.js';
import { medianMs, round, type BenchReport } from './harness.js';

/**
 * GEDCOM import/export speed. The public fixture files are fetched from ../shared/fixtures
 * through the dev server's outside-root route (`/__wds-outside-root__/<levels up>/…`), which the
 * bench page can reach; a synthetic family of 10,000 people is generated as well. Peer: parsing
 * the resulting document as JSON (the floor for reading a document of that size).
 */
const FILES = [
  'gedcom-go/edge-cases/mhftb8-export.ged',
  'gedcom-go/edge-cases/legacy10-2025-export.ged',
  'samples/royal92.ged',
  'samples/washington.ged',
  'samples/kennedy.ged',
];

async function fixture(path: string): Promise<Uint8Array | undefined> {
  for (let up = 1; up <= 4; up++) {
    const response = await fetch(`/__wds-outside-root__/${up}/shared/fixtures/gedcom/${path}`).catch(() => undefined);
    if (response?.ok) return new Uint8Array(await response.arrayBuffer());
  }
  return undefined;
}

function synthetic(people: number): string {
  const lines = ['0 HEAD', '1 GEDC', '2 VERS 7.0'];
  const families = Math.floor(people / 3);
  for (let i = 1; i <= people; i++) {
    lines.push(`0 @I${i}@ INDI`, `1 NAME Persoon${i} /Familie${i % 97}/`, `1 SEX ${i % 2 ? 'M' : 'F'}`, '1 BIRT', `2 DATE ${1 + (i % 28)} MAR ${1800 + (i % 220)}`, '2 PLAC Utrecht');
    if (i % 5 === 0) lines.push('1 DEAT', `2 DATE ABT ${1900 + (i % 100)}`);
  }
  for (let f = 1; f <= families; f++) {
    lines.push(`0 @F${f}@ FAM`, `1 HUSB @I${3 * f - 2}@`, `1 WIFE @I${3 * f - 1}@`, `1 CHIL @I${3 * f}@`, '1 MARR', `2 DATE ${1850 + (f % 150)}`);
  }
  lines.push('0 TRLR');
  return lines.join('\n');
}

export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const notes: string[] = [];
  const inputs: Array<{ name: string; data: string | Uint8Array }> = [];
  for (const path of FILES) {
    const bytes = await fixture(path);
    if (bytes) inputs.push({ name: path.split('/').pop()!, data: bytes });
    else notes.push(`${path}: not reachable through the dev server; skipped.`);
  }
  inputs.push({ name: 'synthetic-10000', data: synthetic(10000) });
  for (const { name, data } of inputs) {
    const result = importGedcom(data);
    const people = result.network.people.length;
    const importMs = await medianMs(() => importGedcom(data), { warmup: 1, repeats: 5 });
    const exportMs = await medianMs(() => exportGedcom(result.network), { warmup: 1, repeats: 5 });
    const json = JSON.stringify(result.network);
    const jsonMs = await medianMs(() => JSON.parse(json), { warmup: 1, repeats: 5 });
    rows.push({
      case: name,
      bytes: typeof data === 'string' ? data.length : data.byteLength,
      people,
      unions: result.network.unions.length,
      import_ms: importMs,
      people_per_s: Math.round(people / (importMs / 1000)),
      export_ms: exportMs,
      json_parse_ms: jsonMs,
      import_vs_json: round(importMs / Math.max(jsonMs, 0.01), 1),
    });
  }
  notes.push('import_vs_json: GEDCOM import time over JSON.parse of the same document (the peer).');
  return { name: 'gedcom', rows, notes };
}
