import type { CareNetwork } from './types.js';

/** One problem found in a document: where (a JSON path such as `people[3].birth`) and what. */
export interface ValidationError {
  /** JSON path into the document, e.g. `ties[2].to`; empty for the document itself. */
  path: string;
  /** Stable machine code, e.g. `dangling-reference`. */
  code: string;
  /** Plain-language message in English. */
  message: string;
  /** The same message per locale (`en`, `nl`). */
  messages: { en: string; nl: string };
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
  /** The document (migrated and with defaults filled in) when ok. */
  doc?: CareNetwork;
}

function error(path: string, code: string, en: string, nl: string): ValidationError {
  return { path, code, message: en, messages: { en, nl } };
}

/**
 * Checks any value against the model. Never throws.
 * (Foundation version: the structural checks; the full rule set lives in issue #2's model work.)
 */
export function validateNetwork(value: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(error('', 'not-an-object', 'The network must be an object.', 'Het netwerk moet een object zijn.'));
    return { ok: false, errors };
  }
  const doc = value as Partial<CareNetwork>;
  if (!Array.isArray(doc.people)) {
    errors.push(error('people', 'wrong-type', '"people" must be a list.', '"people" moet een lijst zijn.'));
  } else if (!doc.people.some((p) => p && p.id === doc.egoId)) {
    errors.push(
      error('egoId', 'ego-missing', 'The client (egoId) is not one of the people.', 'De cliënt (egoId) staat niet bij de personen.'),
    );
  }
  return errors.length ? { ok: false, errors } : { ok: true, errors, doc: doc as CareNetwork };
}
