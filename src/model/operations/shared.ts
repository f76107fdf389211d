import type { CareNetwork, Change, ChangeType, Id, OpResult } from '../types.js';

/** Thrown for an edit that cannot be made (unknown id, removing the client): a programming error. */
export class OperationError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'OperationError';
  }
}

let counter = 0;

/** A new id, unique within a document and, in practice, across documents. */
export function createId(prefix: string, doc?: CareNetwork): Id {
  const random =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID().slice(0, 8)
      : Math.floor(Math.random() * 0xffffffff).toString(16);
  counter = (counter + 1) % 0x10000;
  const id = `${prefix}-${random}${counter.toString(36)}`;
  return doc && idInUse(doc, id) ? createId(prefix, doc) : id;
}

/** True when any record of the document already has this id. */
export function idInUse(doc: CareNetwork, id: Id): boolean {
  // Plain loops: called on every add, over every record of a 5,000-person document.
  const lists: ReadonlyArray<ReadonlyArray<{ id: Id }>> = [
    doc.people,
    doc.ties,
    doc.unions,
    doc.emotionalRelations,
    doc.households,
    doc.plan.questions,
    doc.plan.agreements,
    doc.plan.conditions,
    doc.plan.meetings,
    doc.strategies,
  ];
  for (const list of lists) for (let i = 0; i < list.length; i++) if (list[i].id === id) return true;
  return false;
}

export function change(type: ChangeType, ids: Id[], extra: Partial<Change> = {}): Change {
  return { type, ids, ...extra };
}

export function result(doc: CareNetwork, c: Change): OpResult {
  return { doc, change: c };
}

/** Finds a record or throws a clear OperationError. */
export function find<T extends { id: Id }>(list: readonly T[], id: Id, what: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new OperationError(`No ${what} with id "${id}".`, 'unknown-id');
  return found;
}

/** A new id for a record being added, or the given one when it is free. */
export function idFor(doc: CareNetwork, prefix: string, wanted?: Id): Id {
  if (wanted === undefined) return createId(prefix, doc);
  if (idInUse(doc, wanted)) throw new OperationError(`The id "${wanted}" is already used.`, 'duplicate-id');
  return wanted;
}

/** Replaces one record by id with a patched copy; undefined values in the patch remove fields. */
export function patchList<T extends { id: Id }>(list: readonly T[], id: Id, patch: Partial<T>, what: string): T[] {
  find(list, id, what);
  return list.map((r) => (r.id === id ? applyPatch(r, patch) : r));
}

export function applyPatch<T extends object>(record: T, patch: Partial<T>): T {
  const next = { ...record, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  if ('id' in record) next.id = (record as { id: unknown }).id; // ids never change
  return next as T;
}

/** Moves an item within a list to an index (clamped). */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** A record to add: the id is optional (a new one is made). Keeps known fields next to the open index signature. */
export type New<T extends { id: Id }> = { [K in keyof T as K extends 'id' ? never : K]: T[K] } & { id?: Id };
