/**
 * `validateNetwork`: checks any value against the model and never throws.
 *
 * Order: the schema version (migrating older documents), then one walk over every record
 * (types, closed vocabularies, required fields, dates, ids), then the checks that need every
 * id (dangling references, the core team's chair, parent–child cycles). Unknown fields are
 * kept as they are and only checked to be JSON data. Missing optional lists come back empty
 * in `doc`. The checks mirror schema/care-network.schema.json; the reference, date and cycle
 * checks are extra (JSON Schema cannot express them).
 */
import type { Migration } from './validation/versions.js';
import type { CareNetwork } from './types.js';
import type { ValidationError } from './validation/context.js';
import { checkNetwork } from './validation/check.js';
import { formatProblems } from './validation/format.js';

export type { ValidationError } from './validation/context.js';

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
  /** The document (migrated and with defaults filled in) when ok. */
  doc?: CareNetwork;
}

export interface ValidateOptions {
  /** Migrations to use instead of the library's own (tests, hosts with pre-release shapes). */
  migrations?: readonly Migration[];
}

/** Checks any value against the model. Never throws: every problem becomes an error with a path. */
export function validateNetwork(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const result = checkNetwork(value, options.migrations);
  if (result.ok && result.doc) return { ok: true, errors: [], doc: result.doc };
  return { ok: false, errors: formatProblems(result.problems) };
}
