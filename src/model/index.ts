export * from './types.js';
export { validateNetwork } from './validate.js';
export type { ValidationError, ValidationResult, ValidateOptions } from './validate.js';
export { parseNetwork, serializeNetwork } from './json.js';
export type { ParseError, ParseResult } from './json.js';
export { MIGRATIONS, migrateNetwork, compareSchemaVersion, parseSchemaVersion } from './migrations.js';
export type { Migration, MigrationResult, VersionStatus } from './migrations.js';
export { createEmptyNetwork } from './empty.js';
export * from './operations/index.js';
