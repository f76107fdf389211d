import type { CareNetwork, OpResult } from '../types.js';
import { applyPatch, change, result } from './shared.js';

/** Document-level fields (title, extensions); the record lists have their own operations. */
export function updateDocument(doc: CareNetwork, patch: Partial<Pick<CareNetwork, 'title' | 'extensions'>>): OpResult {
  return result(applyPatch<CareNetwork>(doc, patch as Partial<CareNetwork>), change('document-update', []));
}
