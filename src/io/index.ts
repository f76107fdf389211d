/**
 * `care-network-elements/io`: DOM-free import and export. Runs in browsers, workers and Node.
 *
 * ## GEDCOM
 *
 * `importGedcom(textOrBytes, options?)` reads GEDCOM 5.5, 5.5.1, 5.5.5 and 7.0 and returns
 * `{ network, problems, stats, source }`. It never throws and never hangs: limits and malformed
 * lines become `problems` (with 1-based `line` numbers and messages in English and Dutch), and
 * the valid part is imported. A problem of severity `error` means data was skipped or set aside:
 * ask the user before using the result. `warning`s are informative.
 *
 * What becomes what:
 * - INDI → person: the first NAME (slashes dropped: `Jan /de Vries/` → "Jan de Vries"); SEX
 *   M/F/U → `sex`, X → `gender: 'nonbinary'`, other values are read leniently with a warning;
 *   BIRT/DEAT DATE → `birth`/`death` when exact (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, Gregorian),
 *   otherwise the text is kept (`extensions.gedcom.dateText`); DEAT → `deceased`; the first
 *   inline NOTE → `notes`. A death before the birth keeps only the birth (warning).
 * - FAM → union: HUSB/WIFE → `partners` (file order), CHIL → `children`, MARR/ENGA/DIV/DIVF and
 *   `EVEN` + `TYPE separated|cohabiting|…` → `history` (dated events in date order). A family
 *   that names only children stays a union without partners (no parent is invented).
 * - FAMC.PEDI (5.5.1 lower case, 7.0 upper case + PHRASE), an ADOP event for the family, or
 *   the vendor tags `_FREL`/`_MREL`/`_PEDI` → the child link's kind (biological, adopted,
 *   foster, step).
 * - ASSO → a tie from the person to the associate, its RELA (5.5.1) or ROLE/PHRASE (7.0) as the
 *   tie's `kind`. ASSO records who someone is to a person (godparent, neighbour, witness), which
 *   is a social tie; emotional relations are the clinician's judgement of how a relation feels
 *   and GEDCOM has no such data.
 * - The client (`egoId`) is `options.egoXref`, else the file's `HEAD._ROOT` (written by our
 *   export), else the first person; the `ego-chosen` warning says which.
 * - Everything else — places, sources, notes records, media, vendor `_` tags, the header's
 *   NOTE/COPR/LANG/SCHMA, links that would make someone their own ancestor — is kept in
 *   `extensions.gedcom` on the person, union, tie or document (see {@link PersonGedcom},
 *   {@link UnionGedcom}, {@link DocumentGedcom}) and written back by `exportGedcom`, so
 *   import → export → import gives the same document (7.0 and 5.5.1).
 * - Record ids are the xrefs, upper-cased to 7.0's `A–Z 0–9 _` (`@I12@` → `I12`).
 *
 * Character sets: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or found by its zero
 * bytes), ASCII, ANSEL (with its combining diacritics moved after the letter and NFC-composed),
 * Windows-1252 (`ANSI`, `LATIN1`) and code page 437 (`IBMPC`). A file whose label does not match
 * its bytes (UTF-8 labelled ANSEL, a common mistake) is read as what it is, with a warning.
 * CONC/CONT, `@@` (per version), leading whitespace and CR/LF/CRLF are handled.
 *
 * Limits ({@link GEDCOM_LIMITS}, each can be changed in the options): 50 MB per file (larger
 * files are refused: nothing imported), 2,000,000 lines, 100,000 characters per line, level 99,
 * 50,000 people. Everything is linear in the file size.
 *
 * `exportGedcom(network, { version: '7.0' | '5.5.1' })` writes UTF-8 text (7.0 by default),
 * stable for the same document (no export date). Organisations, emotional relations,
 * households, the plan, strategies, layout hints and the person fields role, sector, category,
 * health markers and pregnancy have no GEDCOM form and are not written.
 */
export { importGedcom, GEDCOM_LIMITS } from './gedcom/import.js';
export type { GedcomImportOptions, GedcomImportResult } from './gedcom/import.js';
export { exportGedcom } from './gedcom/export.js';
export type { GedcomExportOptions } from './gedcom/export.js';
export type { GedcomProblem, ProblemSeverity } from './gedcom/problems.js';
export type { GedcomNode, GedcomLine, GedcomRecord, PersonGedcom, UnionGedcom, DocumentGedcom } from './gedcom/nodes.js';
export type { GedcomEncoding } from './gedcom/decode.js';
