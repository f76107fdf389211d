import { createContext } from '@lit/context';
import type { NetworkStore } from '../store/network-store.js';
import type { ValidationError } from '../model/validate.js';

/**
 * What `<care-network>` shares with the elements inside it: the store (one live document,
 * one undo history) and the problems of the last document the host handed it, if it was
 * refused, so every element can show them while it keeps working on the last good document.
 */
export interface SharedNetwork {
  store: NetworkStore;
  errors: readonly ValidationError[];
}

/** The context key through which `<care-network>` shares its store. */
export const networkStoreContext = createContext<SharedNetwork>(Symbol.for('care-network-elements/store'));
