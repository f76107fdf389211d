export * from './types.js';
export { validateNetwork } from './validate.js';
export type { ValidationError, ValidationResult } from './validate.js';
export { createEmptyNetwork } from './empty.js';
export * from './operations/index.js';
export { parentsOf, ancestorsOf, wouldCreateCycle } from './kinship.js';
