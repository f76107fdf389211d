import { createEmptyNetwork } from '../src/model/empty.js';
import type { CareNetwork } from '../src/model/types.js';
import { careCase } from '../tests/fixtures/care-case.js';

/** The example case shown on first visit: the fictional client of the test fixture. */
export function exampleNetwork(): CareNetwork {
  return structuredClone(careCase);
}

/** A new network with only an unnamed client: the friendly start. */
export function emptyNetwork(): CareNetwork {
  return createEmptyNetwork({ name: '' });
}
