import { listSharedFixtures, readSharedFixture } from '../shared-fixtures.js';

export interface FixtureRow {
  path: string;
  individuals: number;
  families: number;
}

/**
 * The INDI and FAM counts from the fixture README's tables (each `## folder/` section holds
 * rows "| `name` | bytes | INDI | FAM | …"), so the tests check against the file's own record.
 */
export async function readmeCounts(): Promise<Map<string, FixtureRow>> {
  const text = new TextDecoder().decode(await readSharedFixture('gedcom/README.md'));
  const rows = new Map<string, FixtureRow>();
  let folder = '';
  for (const line of text.split('\n')) {
    const section = /^## (\S+\/)/.exec(line);
    if (section) folder = section[1];
    const row = /^\| `([^`]+)` \| [\d,]+ \| (\d+) \| (\d+) \|/.exec(line);
    if (row && folder) {
      const path = `gedcom/${folder}${row[1]}`;
      rows.set(path, { path, individuals: Number(row[2]), families: Number(row[3]) });
    }
  }
  return rows;
}

export async function gedcomFixtures(): Promise<string[]> {
  return (await listSharedFixtures('gedcom')).filter((f) => /\.ged$/i.test(f)).map((f) => `gedcom/${f.replace(/^gedcom\//, '')}`);
}

/** Bytes of a string in UTF-16, with or without a byte-order mark. */
export function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** ASCII text with raw bytes spliced in where `{xx}` (hex) appears. */
export function bytesOf(template: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < template.length; i++) {
    const m = /^\{([0-9a-f]{2})\}/i.exec(template.slice(i, i + 4));
    if (m) {
      out.push(parseInt(m[1], 16));
      i += 3;
    } else out.push(template.charCodeAt(i));
  }
  return new Uint8Array(out);
}

/** A small GEDCOM file from level lines. */
export function ged(lines: string[], version = '5.5.1', charset = 'UTF-8'): string {
  const head = ['0 HEAD', '1 GEDC', `2 VERS ${version}`];
  if (!version.startsWith('7')) head.push('2 FORM LINEAGE-LINKED', `1 CHAR ${charset}`);
  return [...head, ...lines, '0 TRLR', ''].join('\n');
}
