/**
 * JSON import and export of a care network.
 *
 * `parseNetwork(text)` reads a JSON text: syntax errors come back with line and column (found
 * by our own scanner, so the message is the same in every browser and in Node), then the value
 * is validated (and migrated) by `validateNetwork`; its errors get a line and column too.
 *
 * `serializeNetwork(doc)` writes stable JSON: the same document gives the same bytes, whatever
 * order its keys were set in. Known fields come in the order of types.ts, other fields after
 * them in alphabetical order; 2-space indent and a trailing newline, so files diff well in git.
 */
import type { CareNetwork } from './types.js';
import { validateNetwork, type ValidateOptions, type ValidationError } from './validate.js';
import { findJsonSyntaxIssue } from './validation/json-syntax.js';
import { locatePaths } from './validation/json-positions.js';
import { JSON_EXPECTED, JSON_MESSAGES, where, type Texts } from './validation/messages.js';

/**
 * A problem found while reading a JSON text, with where it is in the text: for a syntax error
 * the place it goes wrong; for a validation error the start of the value at `path` (or of
 * the nearest record that is there, for a missing field).
 */
export interface ParseError extends ValidationError {
  /** 1-based line. */
  line?: number;
  /** 1-based column, counted in characters. */
  column?: number;
}

export interface ParseResult {
  ok: boolean;
  /** The valid document (migrated, defaults filled in). */
  doc?: CareNetwork;
  errors: ParseError[];
}

function problem(code: string, texts: Texts, extra: Partial<ParseError> = {}): ParseError {
  return { path: '', code, message: texts.en, messages: { en: texts.en, nl: texts.nl }, ...extra };
}

/** Reads a JSON text into a valid document, or says (with line and column) what is wrong. Never throws. */
export function parseNetwork(text: string, options: ValidateOptions = {}): ParseResult {
  if (typeof text !== 'string') {
    const at = where('');
    const texts = JSON_MESSAGES.notText(text);
    return { ok: false, errors: [problem('not-text', { en: at.en + texts.en, nl: at.nl + texts.nl })] };
  }
  // A byte-order mark is common in files saved on Windows; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [syntaxError(body, e)] };
  }
  const result = validateNetwork(value, options);
  if (result.ok) return { ok: true, doc: result.doc, errors: [] };
  // Say where in the text each problem is, so an editor can jump to it.
  const positions = locatePaths(body, result.errors.map((e) => e.path));
  return { ok: false, errors: result.errors.map((e) => ({ ...e, ...positions.get(e.path) })) };
}

function syntaxError(text: string, e: unknown): ParseError {
  const issue = findJsonSyntaxIssue(text);
  if (!issue) {
    // Our scanner found nothing (should not happen): fall back to the engine's message.
    const reason = e instanceof Error ? e.message : String(e);
    return problem('json-syntax', { en: `This is not valid JSON (${reason}).`, nl: `Dit is geen geldige JSON (${reason}).` });
  }
  const { line, column } = issue;
  const texts =
    issue.problem === 'empty'
      ? JSON_MESSAGES.empty()
      : JSON_MESSAGES.syntax(line, column, JSON_EXPECTED[issue.problem], issue.found);
  return problem('json-syntax', texts, { line, column });
}

/** Field order per record kind (types.ts order); other fields follow alphabetically. */
interface Shape {
  keys: readonly string[];
  known: ReadonlySet<string>;
  fields?: Record<string, Child>;
}
type Child = { list: Shape } | { map: Shape } | { object: Shape } | { idLists: true };

const shape = (keys: readonly string[], fields?: Record<string, Child>): Shape => ({ keys, known: new Set(keys), fields });
const list = (s: Shape): Child => ({ list: s });

const PERSON = shape(
  ['id', 'kind', 'name', 'role', 'sector', 'category', 'professional', 'sex', 'gender', 'birth', 'death', 'deceased', 'pregnancy', 'notes', 'healthMarkers', 'extensions'],
  { healthMarkers: list(shape(['condition', 'status'])) },
);
const TIE = shape(['id', 'from', 'to', 'kind', 'closeness', 'quality', 'stress', 'flow', 'support', 'contactFrequency', 'valuation', 'reciprocity', 'note']);
const UNION = shape(['id', 'partners', 'history', 'children'], {
  history: list(shape(['status', 'date'])),
  children: list(shape(['personId', 'kind', 'twinGroup', 'twinType'])),
});
const PLAN = shape(['questions', 'agreements', 'conditions', 'coreTeam', 'meetings', 'reviewDate'], {
  questions: list(shape(['id', 'text'])),
  agreements: list(
    shape(['id', 'questionId', 'what', 'who', 'where', 'when', 'how', 'status', 'reviewDate', 'notes', 'conditionId'], {
      when: { object: shape(['date', 'until', 'text']) },
    }),
  ),
  conditions: list(shape(['id', 'text', 'agency', 'meaning'])),
  coreTeam: { object: shape(['members', 'chairId']) },
  meetings: list(shape(['id', 'date', 'goesWell', 'needsAttention', 'planChanges'])),
});
const VIEW = shape(['nodes', 'order'], {
  nodes: { map: shape(['ring', 'sector', 'angle', 'pinned']) },
  order: { idLists: true },
});
const ROOT = shape(
  ['schema', 'id', 'title', 'egoId', 'people', 'ties', 'unions', 'emotionalRelations', 'households', 'plan', 'strategies', 'dismissedSuggestions', 'layout', 'extensions'],
  {
    people: list(PERSON),
    ties: list(TIE),
    unions: list(UNION),
    emotionalRelations: list(shape(['id', 'from', 'to', 'kind', 'note'])),
    households: list(shape(['id', 'name', 'members'])),
    plan: { object: PLAN },
    strategies: list(shape(['id', 'kind', 'personId', 'tieId', 'status', 'note', 'agreementId'])),
    dismissedSuggestions: list(shape(['key', 'date'])),
    layout: { map: VIEW },
  },
);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any JSON value with object keys sorted (unknown data: no order is meaningful). */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sorted(value[key]);
  return out;
}

function ordered(value: unknown, s: Shape): unknown {
  if (!isPlainObject(value)) return sorted(value);
  const out: Record<string, unknown> = {};
  for (const key of s.keys) if (value[key] !== undefined) out[key] = child(value[key], s.fields?.[key]);
  let unknown: string[] | undefined;
  for (const key in value) if (!s.known.has(key) && Object.prototype.hasOwnProperty.call(value, key)) (unknown ??= []).push(key);
  if (unknown) for (const key of unknown.sort()) out[key] = sorted(value[key]);
  return out;
}

function child(value: unknown, c: Child | undefined): unknown {
  if (!c) return sorted(value);
  if ('list' in c) return Array.isArray(value) ? value.map((v) => ordered(v, c.list)) : sorted(value);
  if ('object' in c) return ordered(value, c.object);
  if (!isPlainObject(value)) return sorted(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = 'map' in c ? ordered(value[key], c.map) : sorted(value[key]);
  return out;
}

/**
 * Writes a document as stable JSON (same document → same bytes). Validate first: like
 * JSON.stringify, this throws a TypeError on values JSON cannot hold (cycles, BigInt).
 */
export function serializeNetwork(doc: CareNetwork): string {
  return `${JSON.stringify(ordered(doc, ROOT), null, 2)}\n`;
}
