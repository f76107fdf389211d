/**
 * Schema versions and the migration steps (see migrations.ts for the rules), without the
 * words of the messages: validation/check.ts runs them, problems go to its collector.
 */
import { SCHEMA_VERSION } from '../types.js';
import { reasonOf, type Collector } from './context.js';
import { M } from './problem.js';

/** One conversion step between two MAJOR.MINOR versions. `migrate` must not change its input. */
export interface Migration {
  /** MAJOR.MINOR of the documents it reads, e.g. "1.0". */
  from: string;
  /** MAJOR.MINOR it writes; the runner sets `schema` to `to` + ".0". */
  to: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/** The library's migrations, oldest first. Empty: 1.0.0 is the first format. */
export const MIGRATIONS: readonly Migration[] = [];

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** `[major, minor, patch]`, or undefined when the text is not a version. */
export function parseSchemaVersion(version: unknown): [number, number, number] | undefined {
  if (typeof version !== 'string') return undefined;
  const m = VERSION.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

const minorOf = (v: [number, number, number]): string => `${v[0]}.${v[1]}`;

export type VersionStatus = 'current' | 'older' | 'newer' | 'invalid';

/** How a document's schema version relates to the one this library writes. */
export function compareSchemaVersion(version: unknown, ours = SCHEMA_VERSION): VersionStatus {
  const theirs = parseSchemaVersion(version);
  const mine = parseSchemaVersion(ours) as [number, number, number];
  if (!theirs) return 'invalid';
  if (theirs[0] !== mine[0]) return theirs[0] > mine[0] ? 'newer' : 'older';
  if (theirs[1] !== mine[1]) return theirs[1] > mine[1] ? 'newer' : 'older';
  return 'current';
}

/** What `migrate` gives: the migrated document when ok, and the steps passed through. */
export interface MigrationRun {
  ok: boolean;
  doc?: Record<string, unknown>;
  steps: string[];
}

/** `migrateNetwork` without words: problems go to the collector. */
export function migrate(
  c: Collector,
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  ours = SCHEMA_VERSION,
): MigrationRun {
  const version = doc.schema;
  const status = compareSchemaVersion(version, ours);
  if (status === 'current') return { ok: true, doc, steps: [] };
  if (status === 'invalid') {
    if (version === undefined) c.add('missing-field', 'schema', M.missingField('schema', `"schema": "${ours}"`));
    else c.add('schema-invalid', 'schema', M.schemaInvalid(version, ours));
    return { ok: false, steps: [] };
  }
  if (status === 'newer') {
    c.add('schema-from-future', 'schema', M.schemaFromFuture(version as string, ours));
    return { ok: false, steps: [] };
  }
  const target = minorOf(parseSchemaVersion(ours) as [number, number, number]);
  let current = doc;
  let at = minorOf(parseSchemaVersion(version) as [number, number, number]);
  const steps: string[] = [];
  while (at !== target) {
    const step = migrations.find((m) => m.from === at);
    if (!step || steps.includes(at)) {
      c.add('schema-unsupported', 'schema', M.schemaUnsupported(version as string, ours, migrations.map((m) => m.from)));
      return { ok: false, steps };
    }
    try {
      current = { ...step.migrate(current), schema: `${step.to}.0` };
    } catch (e) {
      c.add('migration-failed', 'schema', M.migrationFailed(step.from, step.to, reasonOf(e)));
      return { ok: false, steps };
    }
    steps.push(at);
    at = step.to;
  }
  return { ok: true, doc: { ...current, schema: ours }, steps };
}
