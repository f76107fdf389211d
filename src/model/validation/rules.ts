/**
 * Field rules: each checks one value, reports what is wrong, and returns the value to use
 * (or INVALID). Records are described as tables of rules so the checks stay declarative and
 * fast; record-specific checks (dates in order, self-ties) run on the returned values.
 */
import type { Collector } from './context.js';
import { UNREADABLE, isObject, join, keysOf, read, reasonOf } from './context.js';
import { parsePartialDate, type DayRange } from './dates.js';
import type { DateName, Expected, RecordKind } from './messages.js';
import { M } from './problem.js';

export const INVALID: unique symbol = Symbol('invalid');
export type Checked<T> = T | typeof INVALID;

/** State shared by the rules during one walk over a document. */
/** One bit per kind of record, so one map lookup answers "is there a person with this id?". */
const KIND_BITS: Record<RecordKind, number> = {
  person: 1,
  tie: 2,
  union: 4,
  emotional: 8,
  household: 16,
  question: 32,
  agreement: 64,
  condition: 128,
  meeting: 256,
  strategy: 512,
  record: 1023,
};

export class Walk {
  /** Every record id → its slot in `firstPath` and `kinds` (one map for all lookups: at 5,000 people they dominate). */
  private readonly slots = new Map<string, number>();
  /** Path of the record where each id was first seen. */
  private readonly firstPath: string[] = [];
  /** Kinds of record that use each id (a duplicate id may span kinds). */
  private readonly kinds: number[] = [];
  /** Person id → name, for readable messages. */
  readonly names = new Map<string, string>();

  constructor(readonly c: Collector) {}

  /** Registers a record's id; `record` is the record's path (the id is at `record + ".id"`). */
  register(kind: RecordKind, id: string, record: string, label?: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) {
      this.slots.set(id, this.kinds.length);
      this.firstPath.push(record);
      this.kinds.push(KIND_BITS[kind]);
      return;
    }
    this.c.add('duplicate-id', `${record}.id`, M.duplicateId(id, `${this.firstPath[slot]}.id`), label);
    this.kinds[slot] |= KIND_BITS[kind];
  }

  /**
   * Checks a reference right away: the walk visits every kind of record before the records
   * that point at it (people before ties, questions before agreements, …).
   */
  resolve(kind: RecordKind, id: string, base: string, key: Key, label?: string): void {
    if (!this.has(kind, id)) this.c.add('dangling-reference', at(base, key), M.dangling(kind, id), label);
  }

  has(kind: RecordKind, id: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && (this.kinds[slot] & KIND_BITS[kind]) !== 0;
  }
}

/**
 * A field rule. The path is passed in two parts (`base` and `key`) and joined only when an
 * error is reported: building a path string for every field of 5,000 people costs more than
 * all the checks together.
 */
export type Rule = (w: Walk, value: unknown, base: string, key: Key, label?: string) => unknown;

/** A path suffix: a number is a list index, a string is appended as it is (".name", "people"). */
export type Key = string | number;

/** Joins a lazily kept path. */
export const at = (base: string, key: Key): string => (typeof key === 'number' ? `${base}[${key}]` : base + key);

export interface Field {
  rule: Rule;
  /** Set for required fields: an example shown in the "missing" message. */
  required?: string;
}

const wrong = (w: Walk, expected: Expected, value: unknown, path: string, label?: string): typeof INVALID => {
  w.c.add('wrong-type', path, M.wrongType(expected, value), label);
  return INVALID;
};

export const text: Rule = (w, v, base, key, label) => (typeof v === 'string' ? v : wrong(w, 'text', v, at(base, key), label));

export const bool: Rule = (w, v, base, key, label) => (typeof v === 'boolean' ? v : wrong(w, 'boolean', v, at(base, key), label));

export const finite: Rule = (w, v, base, key, label) => {
  if (typeof v !== 'number') return wrong(w, 'number', v, at(base, key), label);
  if (!Number.isFinite(v)) {
    w.c.add('not-json', at(base, key), M.notJson('number'), label);
    return INVALID;
  }
  return v;
};

/** A whole number of at least `min`. */
export const wholeFrom =
  (min: number): Rule =>
  (w, v, base, key, label) => {
    if (typeof v !== 'number') return wrong(w, 'number', v, at(base, key), label);
    if (!Number.isInteger(v) || v < min) {
      w.c.add('invalid-number', at(base, key), M.invalidNumber(v, min), label);
      return INVALID;
    }
    return v;
  };

/** One of a closed vocabulary. */
export const oneOf = (values: readonly string[]): Rule => {
  const allowed = new Set(values);
  return (w, v, base, key, label) => {
    if (typeof v !== 'string') return wrong(w, 'text', v, at(base, key), label);
    if (!allowed.has(v)) {
      w.c.add('invalid-value', at(base, key), M.invalidValue(v, values), label);
      return INVALID;
    }
    return v;
  };
};

/** A checked partial date. */
export interface DateValue {
  text: string;
  range: DayRange;
}

export const date: Rule = (w, v, base, key, label): Checked<DateValue> => {
  if (typeof v !== 'string') return wrong(w, 'date', v, at(base, key), label);
  const parsed = parsePartialDate(v);
  if (parsed.ok) return { text: v, range: parsed.range };
  if (parsed.reason === 'format') w.c.add('invalid-date', at(base, key), M.badDateFormat(v), label);
  else w.c.add('invalid-date', at(base, key), M.impossibleDate(v), label);
  return INVALID;
};

/** A non-empty string id. */
function idValue(w: Walk, v: unknown, base: string, key: Key, label?: string): Checked<string> {
  if (typeof v !== 'string') return wrong(w, 'id', v, at(base, key), label);
  if (v === '') {
    w.c.add('invalid-id', at(base, key), M.emptyId(), label);
    return INVALID;
  }
  return v;
}

/** Any id, not tied to a record kind (egoId is checked on its own). */
export const anyId: Rule = (w, v, base, key, label) => idValue(w, v, base, key, label);

/** The record's own id (key ".id" of the record at `base`): registered so duplicates across every kind of record are found. */
export const ownId =
  (kind: RecordKind): Rule =>
  (w, v, base, key, label) => {
    const id = idValue(w, v, base, key, label);
    if (id !== INVALID) w.register(kind, id, base, label);
    return id;
  };

/** An id that must point at a record of `kind` (walked earlier, so it is checked at once). */
export const ref =
  (kind: RecordKind): Rule =>
  (w, v, base, key, label) => {
    const id = idValue(w, v, base, key, label);
    if (id !== INVALID) w.resolve(kind, id, base, key, label);
    return id;
  };

/** A list of references without repeats (partners, members, who). */
export const refList =
  (kind: RecordKind): Rule =>
  (w, v, base, key, label) => {
    if (!Array.isArray(v)) return wrong(w, 'list', v, at(base, key), label);
    const out: string[] = [];
    const seen = new Set<string>();
    const check = ref(kind);
    const path = at(base, key);
    for (let i = 0; i < v.length && !w.c.full; i++) {
      const id = check(w, v[i], path, i, label);
      if (id === INVALID) continue;
      if (seen.has(id as string)) w.c.add('duplicate-reference', at(path, i), M.duplicateReference(id as string), label);
      seen.add(id as string);
      out.push(id as string);
    }
    return out;
  };

/** A list of values of one rule (support kinds, health markers, union events). */
export const listOf =
  (item: Rule): Rule =>
  (w, v, base, key, label) => {
    if (!Array.isArray(v)) return wrong(w, 'list', v, at(base, key), label);
    const out: unknown[] = [];
    const path = at(base, key);
    for (let i = 0; i < v.length && !w.c.full; i++) out.push(item(w, v[i], path, i, label));
    return out;
  };

/** Any JSON object (extensions): every value inside must be JSON data. */
export const jsonObject: Rule = (w, v, base, key, label) => {
  if (!isObject(v)) return wrong(w, 'object', v, at(base, key), label);
  checkJson(w, v, at(base, key), label);
  return v;
};

const MAX_DEPTH = 64;
/**
 * Objects on the current path from the root, for cycle checks. A small array, not a Set:
 * putting an object in a Set gives it an identity hash, which costs more than the whole
 * check of a record; the path is a few levels deep, so `includes` is cheap.
 */
const ancestors: object[] = [];

/**
 * Unknown fields are kept, so they must survive JSON: no functions, no cycles, finite numbers.
 * Recursion is bounded by MAX_DEPTH, so a hostile value cannot overflow the stack.
 */
export function checkJson(w: Walk, v: unknown, path: string, label?: string, depth = 0): void {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) w.c.add('not-json', path, M.notJson('number'), label);
    return;
  }
  if (typeof v !== 'object') {
    w.c.add('not-json', path, M.notJson({ kind: typeof v }), label);
    return;
  }
  if (ancestors.includes(v)) {
    w.c.add('not-json', path, M.notJson('cycle'), label);
    return;
  }
  if (depth >= MAX_DEPTH) {
    w.c.add('not-json', path, M.notJson('deep'), label);
    return;
  }
  ancestors.push(v);
  try {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && !w.c.full; i++) checkJson(w, v[i], `${path}[${i}]`, label, depth + 1);
    } else {
      for (const key of keysOf(w.c, v, path)) {
        if (w.c.full) break;
        const p = join(path, key);
        const item = read(w.c, v, key, p);
        if (item !== UNREADABLE) checkJson(w, item, p, label, depth + 1);
      }
    }
  } finally {
    ancestors.pop();
  }
}

/** A record's fields, prepared once: path suffixes and the set of known keys. */
type TableField = Field & { key: string; suffix: string; keep: boolean };

export interface Table {
  byKey: Map<string, TableField>;
  required: TableField[];
}

/**
 * Prepares a record's fields. `keep` names the fields whose checked values the record's own
 * checks read afterwards; only those are collected (storing every field in a fresh object
 * per record made validation twice as slow).
 */
export function table(fields: Record<string, Field>, keep: readonly string[] = []): Table {
  const list = Object.entries(fields).map(([key, field]) => ({ ...field, key, suffix: join('x', key).slice(1), keep: keep.includes(key) }));
  return { byKey: new Map(list.map((f) => [f.key, f])), required: list.filter((f) => f.required !== undefined) };
}

/**
 * Checks a record against a table of fields. Returns the valid values of the table's `keep`
 * fields (for the record's own extra checks), or INVALID when the value is not an object.
 * Fields not in the table are kept as they are and only checked to be JSON data.
 */
export function checkRecord(w: Walk, value: unknown, path: string, t: Table, label?: string): Checked<Record<string, unknown>> {
  if (!isObject(value)) return wrong(w, 'object', value, path, label);
  // While inside, the record counts as an ancestor: a field pointing back at it is a cycle.
  ancestors.push(value);
  try {
    return checkFields(w, value, path, t, label);
  } finally {
    ancestors.pop();
  }
}

/** Marks a value as an ancestor while `fn` runs (lists and the root, for cycle messages at the right place). */
export function inside<T>(value: object, fn: () => T): T {
  ancestors.push(value);
  try {
    return fn();
  } finally {
    ancestors.pop();
  }
}

/**
 * Walks the fields the record has (for…in, which V8 runs from its enum cache without
 * allocating), not the fields it could have: records carry only some optional fields.
 */
function checkFields(w: Walk, value: Record<string, unknown>, path: string, t: Table, label?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let required = 0;
  try {
    for (const key in value) {
      const field = t.byKey.get(key);
      let v: unknown;
      try {
        v = value[key];
      } catch (e) {
        w.c.add('unreadable', field ? path + field.suffix : join(path, key), M.unreadable(reasonOf(e)), label);
        if (field?.required !== undefined) required++;
        continue;
      }
      if (field === undefined) {
        // Unknown field: kept as it is, but it must be JSON data.
        if (hasOwn(value, key)) checkJson(w, v, join(path, key), label);
        continue;
      }
      if (v === undefined) continue;
      if (field.required !== undefined) required++;
      const checked = field.rule(w, v, path, field.suffix, label);
      if (field.keep && checked !== INVALID) out[key] = checked;
    }
  } catch (e) {
    // A proxy whose key listing throws.
    w.c.add('unreadable', path, M.unreadable(reasonOf(e)), label);
    return out;
  }
  if (required < t.required.length) {
    for (const field of t.required) {
      if (read(w.c, value, field.key, path + field.suffix) === undefined)
        w.c.add('missing-field', path + field.suffix, M.missingField(field.key, field.required as string), label);
    }
  }
  return out;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** A rule for a nested record (union event, child link, health marker). */
export const record = (fields: Record<string, Field>, keep: readonly string[] = []): Rule => {
  const t = table(fields, keep);
  return (w, v, base, key, label) => checkRecord(w, v, at(base, key), t, label);
};

/** Reports `later` before `earlier` when that is sure (partial dates allowed). */
export function checkOrder(
  w: Walk,
  path: string,
  label: string | undefined,
  later: { name: DateName; value: unknown },
  earlier: { name: DateName; value: unknown },
): void {
  const a = later.value as DateValue | undefined;
  const b = earlier.value as DateValue | undefined;
  if (a && b && a.range.last < b.range.first)
    w.c.add('date-order', path, M.dateOrder(later.name, a.text, earlier.name, b.text), label);
}
