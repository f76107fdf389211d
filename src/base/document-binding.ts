import type { CareNetwork } from '../model/types.js';
import { validateNetwork, type ValidationError } from '../model/validate.js';
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
  errors: ValidationError[];
}

/**
 * Hands a host's document to a store: valid → replaces the document; invalid → the store keeps
 * the last good document and `care-network-error` tells the host what is wrong.
 */
export function acceptNetwork(owner: CareElement | HTMLElement, store: NetworkStore, value: unknown): AcceptResult {
  if (value === store.doc) return { ok: true, errors: [] };
  const result = validateNetwork(value);
  if (result.ok && result.doc) {
    store.replace(result.doc);
    return { ok: true, errors: [] };
  }
  owner.dispatchEvent(
    new CustomEvent('care-network-error', {
      detail: { errors: result.errors, rejected: value },
      bubbles: true,
      composed: true,
    }),
  );
  return { ok: false, errors: result.errors };
}

export type { CareNetwork };
