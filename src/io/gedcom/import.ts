/**
 * GEDCOM 5.5, 5.5.1, 5.5.5 and 7.0 → a care network document.
 *
 * - INDI → person (name, sex/gender, exact birth/death dates, deceased, first note);
 *   FAM → union (partners, children, history from MARR/ENGA/DIV/DIVF and typed EVEN).
 * - FAMC.PEDI / ADOP / vendor `_FREL` `_MREL` → the child link's kind.
 * - ASSO → a tie (a social relation with its RELA/ROLE as the tie's kind). Not an emotional
 *   relation: GEDCOM associations (godparent, neighbour, witness) say who someone is to a
 *   person, not how the relation feels, which is what the genogram's emotional lines record.
 * - Everything else is kept in `extensions.gedcom` and written back by the exporter.
 *
 * Never throws: limits and malformed lines become problems with line numbers, and the valid
 * part is imported. Problems of severity `error` mean the caller should ask the user.
 */
import type { CareNetwork, Person } from '../../model/types.js';
import { createEmptyNetwork } from '../../model/empty.js';
import { breakCycles } from './cycles.js';
import { decodeGedcom, type GedcomEncoding } from './decode.js';
import { linkFamilies, readFamily } from './families.js';
import { parseLines, type ParsedNode } from './lines.js';
import type { DocumentGedcom, GedcomNode } from './nodes.js';
import { ProblemList, type GedcomProblem } from './problems.js';
import { readPerson, readTies, stored, type Pending, type UnionEntry } from './records.js';
import { XrefTable } from './xrefs.js';

export interface GedcomImportOptions {
  /** Xref (`@I5@` or `I5`) of the person who becomes the client. Default: the first person. */
  egoXref?: string;
  /** Largest file accepted, in bytes (strings: characters). Default 50 MB. */
  maxBytes?: number;
  /** Most lines read. Default 2,000,000. */
  maxLines?: number;
  /** Longest line kept whole, in characters. Default 100,000. */
  maxLineLength?: number;
  /** Deepest level read. Default 99 (the GEDCOM maximum). */
  maxLevel?: number;
  /** Most people imported. Default 50,000. */
  maxPeople?: number;
}

export interface GedcomImportResult {
  network: CareNetwork;
  problems: GedcomProblem[];
  stats: {
    /** INDI records read. */
    individuals: number;
    /** FAM records read. */
    families: number;
    /** Unions made (families with partners or children). */
    unions: number;
    /** Ties made from ASSO. */
    ties: number;
  };
  source: { version?: string; encoding: GedcomEncoding | 'none'; charset?: string };
}

export const GEDCOM_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxLines: 2_000_000,
  maxLineLength: 100_000,
  maxLevel: 99,
  maxPeople: 50_000,
} as const;

/** Our own 5.5.1 export's submitter (5.5.1 requires one); dropped on import. */
export const GENERATED_SUBMITTER = 'SUBM_CNE';

const HEAD_DROPPED = new Set(['GEDC', 'CHAR', 'SOUR', 'DEST', 'DATE', 'FILE', '_ROOT']);

/** An unnamed client to start from; like other placeholders it is not exported until named. */
function placeholderClient(id: string): Person {
  return { id, kind: 'person', name: '', extensions: { gedcom: { nodes: [], placeholder: true } } };
}

function emptyNetwork(): CareNetwork {
  const network = createEmptyNetwork();
  network.people = [placeholderClient('CLIENT')];
  network.egoId = 'CLIENT';
  return network;
}

function emptyResult(problems: ProblemList): GedcomImportResult {
  return {
    network: emptyNetwork(),
    problems: problems.items,
    stats: { individuals: 0, families: 0, unions: 0, ties: 0 },
    source: { encoding: 'none' },
  };
}

/** Reads a GEDCOM file (text, or bytes in any of the supported character sets). Never throws. */
export function importGedcom(input: string | Uint8Array | ArrayBuffer, options: GedcomImportOptions = {}): GedcomImportResult {
  const problems = new ProblemList();
  try {
    return run(input, { ...GEDCOM_LIMITS, ...options }, options.egoXref, problems);
  } catch (error) {
    // A bug must not take the host page down: report it, return what is safe.
    problems.add('internal-error', undefined, { detail: String((error as Error)?.message ?? error).slice(0, 200) });
    return emptyResult(problems);
  }
}

/** Bytes from any typed array or ArrayBuffer (also from another realm, e.g. an iframe). */
function asInput(input: unknown): string | Uint8Array | undefined {
  if (typeof input === 'string') return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  return undefined;
}

function run(raw: unknown, limits: Required<Omit<GedcomImportOptions, 'egoXref'>>, egoXref: string | undefined, problems: ProblemList): GedcomImportResult {
  const input = asInput(raw);
  if (input === undefined) {
    problems.add('not-gedcom', undefined);
    return emptyResult(problems);
  }
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes) {
    problems.add('file-too-large', undefined, { size: (size / 1048576).toFixed(1), limit: (limits.maxBytes / 1048576).toFixed(1) });
    return emptyResult(problems);
  }
  const decoded = decodeGedcom(input, problems);
  const parsed = parseLines(decoded.text, limits, problems);
  const v7 = /^7(\.|$)/.test(parsed.version ?? '');
  const source = { version: parsed.version, encoding: decoded.encoding, charset: decoded.label };
  if (parsed.goodLines === 0) {
    problems.add('not-gedcom', 1);
    return { ...emptyResult(problems), source };
  }
  if (!parsed.hasHeader) problems.add('missing-header', 1);
  if (!parsed.hasTrailer) problems.add('missing-trailer');

  const xrefs = new XrefTable();
  // Pass 1: ids for every record, so pointers can be resolved in any order.
  const ids = new Map<ParsedNode, string>();
  let individuals = 0;
  for (const rec of parsed.records) {
    if (rec.tag === 'HEAD' || (rec.tag === 'SUBM' && rec.xref === GENERATED_SUBMITTER)) continue;
    if (rec.tag === 'INDI' && ++individuals > limits.maxPeople) continue;
    ids.set(rec, xrefs.add(rec.xref, rec.line, problems));
  }
  if (individuals > limits.maxPeople) problems.add('too-many-people', undefined, { limit: limits.maxPeople });

  const keep = (node: ParsedNode): GedcomNode => stored(node, xrefs, v7);
  const docExt: DocumentGedcom = { head: [], records: [] };
  let rootXref: string | undefined;
  const pending: Pending[] = [];
  const famRecords: Array<{ rec: ParsedNode; id: string }> = [];
  let families = 0;

  for (const rec of parsed.records) {
    if (rec.tag === 'HEAD') {
      for (const c of rec.children) {
        if (c.tag === '_ROOT' && c.pointer) rootXref = c.pointer;
        else if (c.tag === 'SUBM' && c.pointer === GENERATED_SUBMITTER) continue;
        else if (!HEAD_DROPPED.has(c.tag)) docExt.head.push(keep(c));
      }
      continue;
    }
    const id = ids.get(rec);
    if (id === undefined) continue; // over the people limit, or our generated submitter
    if (rec.tag === 'INDI') pending.push(readPerson(rec, id, keep, problems));
    else if (rec.tag === 'FAM') {
      families++;
      famRecords.push({ rec, id });
    } else docExt.records.push({ id, ...keep(rec) });
  }

  const people = new Map<string, Pending>(pending.map((p) => [p.person.id, p]));
  const unions = new Map<string, UnionEntry & { xref: string }>();
  for (const { rec, id } of famRecords) {
    const made = readFamily(rec, id, xrefs, people, keep, problems);
    if (made) unions.set(id, { ...made, line: rec.line, xref: rec.xref ?? id });
    else {
      problems.add('empty-family', rec.line, { xref: `@${rec.xref ?? id}@` });
      docExt.records.push({ id, ...keep(rec) });
    }
  }

  linkFamilies(pending, unions, xrefs, problems);
  // A family that names only children stays a partnership without partners: the children
  // remain siblings, and no parent is invented.
  for (const { union, xref, line } of unions.values())
    if (!union.partners.length) problems.add('family-without-partners', line, { xref: `@${xref}@` });
  const ties = readTies(pending, xrefs, people, keep, problems);
  breakCycles(pending, unions, problems);

  const network = createEmptyNetwork();
  network.people = pending.map((p) => p.person);
  network.unions = [...unions.values()].map((u) => u.union);
  network.ties = ties;
  if (docExt.head.length || docExt.records.length) network.extensions = { gedcom: docExt };
  chooseEgo(network, pending, xrefs, egoXref, rootXref, problems);
  problems.summarise();
  return {
    network,
    problems: problems.items,
    stats: { individuals, families, unions: unions.size, ties: ties.length },
    source,
  };
}

function chooseEgo(
  network: CareNetwork,
  pending: Pending[],
  xrefs: XrefTable,
  egoXref: string | undefined,
  rootXref: string | undefined,
  problems: ProblemList,
): void {
  if (!pending.length) {
    problems.add('no-individuals');
    network.people.unshift(placeholderClient(xrefs.unique('CLIENT')));
    network.egoId = network.people[0].id;
    return;
  }
  const find = (xref: string | undefined) => {
    if (!xref) return undefined;
    const id = xrefs.resolve(xref.replace(/^@|@$/g, ''), undefined, undefined);
    return pending.find((p) => p.person.id === id || p.person.id === xref);
  };
  let ego = find(egoXref);
  if (egoXref && !ego) problems.add('ego-not-found', undefined, { xref: egoXref });
  if (ego) {
    network.egoId = ego.person.id;
    return;
  }
  ego = find(rootXref);
  const fromRoot = Boolean(ego);
  ego ??= pending[0];
  network.egoId = ego.person.id;
  problems.add('ego-chosen', ego.line, {
    name: ego.person.name || ego.person.id,
    why: fromRoot ? 'the file marks this person as its main person' : 'the first person in the file',
    whyNl: fromRoot ? 'het bestand noemt deze persoon als hoofdpersoon' : 'de eerste persoon in het bestand',
  });
}
