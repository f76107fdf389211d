/**
 * Schema versions and migrations.
 *
 * A document says which version of the data format it uses (`schema`, "MAJOR.MINOR.PATCH").
 * On load:
 * - the same MAJOR.MINOR as this library (any PATCH): read as it is;
 * - a newer MAJOR.MINOR: refused with a clear message (update the library), never guessed at;
 * - an older one: converted step by step with the migrations below, then validated.
 *
 * There are no migrations yet: 1.0.0 is the first published format, so no older documents
 * exist. A document that claims an older version is refused with a message that says so.
 * When the format changes, add a step `{ from: '1.0', to: '1.1', migrate }` to MIGRATIONS
 * and a test with a real document of the old shape.
 */
import { SCHEMA_VERSION } from './types.js';
import { Collector, reasonOf, type ValidationError } from './validation/context.js';
import { MESSAGES } from './validation/messages.js';

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

export interface MigrationResult {
  ok: boolean;
  /** The document in the current version (the same object when no step was needed). */
  doc?: Record<string, unknown>;
  errors: ValidationError[];
  /** The versions passed through, e.g. `["1.0", "1.1"]`; empty when nothing was converted. */
  steps: string[];
}

/**
 * Brings a document to the current schema version, or says clearly why it cannot.
 * Checks only the version and runs the steps; `validateNetwork` validates the result.
 * `migrations` is for tests and for hosts with their own pre-release shapes.
 */
export function migrateNetwork(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  ours = SCHEMA_VERSION,
): MigrationResult {
  const c = new Collector();
  const version = doc.schema;
  const status = compareSchemaVersion(version, ours);
  if (status === 'current') return { ok: true, doc, errors: [], steps: [] };
  if (status === 'invalid') {
    if (version === undefined) c.add('missing-field', 'schema', MESSAGES.missingField('schema', `"schema": "${ours}"`));
    else c.add('schema-invalid', 'schema', MESSAGES.schemaInvalid(version, ours));
    return { ok: false, errors: c.errors, steps: [] };
  }
  if (status === 'newer') {
    c.add('schema-from-future', 'schema', MESSAGES.schemaFromFuture(version as string, ours));
    return { ok: false, errors: c.errors, steps: [] };
  }
  const target = minorOf(parseSchemaVersion(ours) as [number, number, number]);
  let current = doc;
  let at = minorOf(parseSchemaVersion(version) as [number, number, number]);
  const steps: string[] = [];
  while (at !== target) {
    const step = migrations.find((m) => m.from === at);
    if (!step || steps.includes(at)) {
      c.add('schema-unsupported', 'schema', MESSAGES.schemaUnsupported(version as string, ours, migrations.map((m) => m.from)));
      return { ok: false, errors: c.errors, steps };
    }
    try {
      current = { ...step.migrate(current), schema: `${step.to}.0` };
    } catch (e) {
      c.add('migration-failed', 'schema', MESSAGES.migrationFailed(step.from, step.to, reasonOf(e)));
      return { ok: false, errors: c.errors, steps };
    }
    steps.push(at);
    at = step.to;
  }
  return { ok: true, doc: { ...current, schema: ours }, errors: [], steps };
}
