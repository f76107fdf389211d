/**
 * `care-network-elements/io`: DOM-free import and export. Runs in browsers, workers and Node.
 */
export { importGedcom, GEDCOM_LIMITS } from './gedcom/import.js';
export type { GedcomImportOptions, GedcomImportResult } from './gedcom/import.js';
export { exportGedcom } from './gedcom/export.js';
export type { GedcomExportOptions } from './gedcom/export.js';
export type { GedcomProblem, ProblemSeverity } from './gedcom/problems.js';
export type { GedcomNode, GedcomRecord, PersonGedcom, UnionGedcom, DocumentGedcom } from './gedcom/nodes.js';
export type { GedcomEncoding } from './gedcom/decode.js';
