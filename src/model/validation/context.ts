import { M, type PendingMessage, type Problem } from './problem.js';

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

/** Stops a run once this many errors are found: a broken 5,000-person import stays readable and fast. */
export const MAX_ERRORS = 100;

/** Returned by `read` when a getter or proxy threw; the field is then skipped. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** Collects problems for one validation run (put into words later, see format.ts). */
export class Collector {
  readonly problems: Problem[] = [];
  /** True once MAX_ERRORS is reached; every loop checks it and stops. */
  full = false;

  constructor(private readonly max = MAX_ERRORS) {}

  add(code: string, path: string, message: PendingMessage, label?: string): void {
    if (this.full) return;
    if (this.problems.length >= this.max) {
      this.full = true;
      this.problems.push({ path: '', code: 'too-many-errors', message: M.tooManyErrors(this.max) });
      return;
    }
    this.problems.push({ path, code, message, label });
  }
}

/** Reads one field; a throwing getter or proxy trap becomes an `unreadable` error, never an exception. */
export function read(c: Collector, record: object, key: string, path: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch (e) {
    c.add('unreadable', path, M.unreadable(reasonOf(e)));
    return UNREADABLE;
  }
}

/** The own keys of an object; a throwing proxy becomes an `unreadable` error and no keys. */
export function keysOf(c: Collector, record: object, path: string): string[] {
  try {
    return Object.keys(record);
  } catch (e) {
    c.add('unreadable', path, M.unreadable(reasonOf(e)));
    return [];
  }
}

export function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Appends a key to a JSON path: `a.b` for plain names, `a["eco-gram"]` for others. */
export function join(path: string, key: string): string {
  if (IDENT.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
