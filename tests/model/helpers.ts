import { careCase } from '../fixtures/care-case.js';
import type { CareNetwork } from '../../src/model/types.js';

/** Freezes a value and everything in it, so any mutation by an operation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A fresh, deep-frozen copy of the fixture. */
export const frozenCase = (): CareNetwork => deepFreeze(structuredClone(careCase));

/** A fresh, mutable copy of the fixture (for building bad documents). */
export const copyCase = (): CareNetwork & Record<string, unknown> => structuredClone(careCase) as CareNetwork & Record<string, unknown>;
