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
import { Collector, type ValidationError } from './validation/context.js';
import { formatProblems } from './validation/format.js';
import { MIGRATIONS, migrate, type Migration } from './validation/versions.js';

// The steps and the version rules live in validation/versions.ts, so that validating a good
// document never loads the messages; add new steps to MIGRATIONS there.
export { MIGRATIONS, compareSchemaVersion, parseSchemaVersion, type Migration, type VersionStatus } from './validation/versions.js';

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
  const result = migrate(c, doc, migrations, ours);
  return { ...result, errors: formatProblems(c.problems) };
}

