import type { CareNetwork } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import { checkNetwork } from '../model/validation/check.js';
import type { NetworkStore, StoreEvent } from '../store/network-store.js';
import type { CareElement } from './care-element.js';

/**
 * What a store's owner does for the host page: re-emit every edit, undo and redo as a
 * `care-network-change` event. Only the owner emits (the provider, or a standalone element
 * with its own store), so a host never receives one change twice.
 */
export function emitStoreChanges(owner: HTMLElement, store: NetworkStore): () => void {
  return store.subscribe((event: StoreEvent) => {
    if (event.source === 'replace') return; // the host set it; telling the host back would loop
    owner.dispatchEvent(
      new CustomEvent('care-network-change', {
        detail: { doc: event.doc, change: event.change, source: event.source },
        bubbles: true,
        composed: true,
      }),
    );
  });
}

export interface AcceptResult {
  ok: boolean;
  /** Always empty: a refused document's errors come to `onErrors` (see `acceptNetwork`). */
  errors: ValidationError[];
}

/** The latest hand-over per owner, so the errors of a document replaced since are not shown. */
const latest = new WeakMap<object, number>();
let handovers = 0;

/**
 * Hands a host's document to a store: valid → replaces the document; invalid → the store keeps
 * the last good document and `care-network-error` tells the host what is wrong.
 * A good document costs no words: the messages (English and Dutch) are loaded in a lazy chunk
 * only for a refused one. Then `onErrors` gets them (unless the owner was handed another
 * document meanwhile), and right after that `care-network-error` is dispatched.
 */
export function acceptNetwork(
  owner: CareElement | HTMLElement,
  store: NetworkStore,
  value: unknown,
  onErrors?: (errors: ValidationError[]) => void,
): AcceptResult {
  const handover = ++handovers;
  latest.set(owner, handover);
  // A controlled host often hands back a copy of the document it just received (a framework's
  // immutable state, a JSON round-trip). Equal content is not a replacement: the undo history
  // and a drag in progress stay.
  if (value === store.doc || sameJson(value, store.doc)) return { ok: true, errors: [] };
  const result = checkNetwork(value);
  if (result.ok && result.doc) {
    store.replace(result.doc);
    return { ok: true, errors: [] };
  }
  void import('../model/validation/format.js').then(({ formatProblems }) => {
    const errors = formatProblems(result.problems);
    if (latest.get(owner) === handover) onErrors?.(errors);
    owner.dispatchEvent(
      new CustomEvent('care-network-error', {
        detail: { errors, rejected: value },
        bubbles: true,
        composed: true,
      }),
    );
  });
  return { ok: false, errors: [] };
}

/** Deep equality of JSON values; object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameJson(item, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameJson(x[k], y[k]));
}

export type { CareNetwork };
