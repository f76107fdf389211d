import type { CareNetwork, Change, Id, Person } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';

export interface CareNetworkChangeDetail {
  /** The new document (an immutable snapshot). */
  doc: CareNetwork;
  /** What changed. */
  change: Change;
  /** A new edit, an undo or a redo. */
  source: 'edit' | 'undo' | 'redo';
}

export interface CareNetworkErrorDetail {
  /** What is wrong, each with a path into the document and a plain-language message. */
  errors: ValidationError[];
  /** The document that was refused; the element keeps showing the last valid one. */
  rejected: unknown;
}

export interface PersonSelectDetail {
  personId: Id | null;
  person: Person | null;
}

/**
 * Every event the library emits, with its detail type. Elements add their own events to this
 * map with module augmentation (`declare module '../../base/events.js'`), so `emit()` accepts
 * only declared events with the right detail.
 */
export interface CareEventMap {
  'care-network-change': CareNetworkChangeDetail;
  'care-network-error': CareNetworkErrorDetail;
  'person-select': PersonSelectDetail;
}

declare global {
  interface HTMLElementEventMap {
    'care-network-change': CustomEvent<CareNetworkChangeDetail>;
    'care-network-error': CustomEvent<CareNetworkErrorDetail>;
    'person-select': CustomEvent<PersonSelectDetail>;
  }
}
