import { createEmptyNetwork } from '../src/model/empty.js';
import type { CareNetwork } from '../src/model/types.js';

/** The example case shown on first visit (a fictional Dutch client and network). */
export function exampleNetwork(): CareNetwork {
  return createEmptyNetwork({ name: 'Sanne de Vries' });
}

export function emptyNetwork(): CareNetwork {
  return createEmptyNetwork({ name: '' });
}
