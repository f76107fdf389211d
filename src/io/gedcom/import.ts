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
import { type CareNetwork, type ChildLink, type Person, type Tie, type Union } from '../../model/types.js';
import { createEmptyNetwork } from '../../model/empty.js';
import { dateTo70 } from './dates.js';
import { decodeGedcom, type GedcomEncoding } from './decode.js';
import { personFields, readIndividual } from './individual.js';
import { parseLines, type ParsedNode } from './lines.js';
import {
  FLAT_FROM_LEVEL,
  child,
  readAssoKind,
  readChildKind,
  readHistory,
  type DocumentGedcom,
  type GedcomLine,
  type GedcomNode,
  type PersonGedcom,
  type UnionGedcom,
} from './nodes.js';
import { ProblemList, type GedcomProblem } from './problems.js';
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

interface FamcLink {
  unionXref: string;
  line: number;
  pedi?: string;
  phrase?: string;
  /** The PEDI structure as kept, for when the link has to be kept as text (a cycle). */
  pediNode?: GedcomNode;
  extras: GedcomNode[];
}

interface Pending {
  person: Person;
  ext: PersonGedcom;
  famc: FamcLink[];
  fams: Array<{ xref: string; line: number; extras: GedcomNode[] }>;
  asso: ParsedNode[];
  line: number;
  /** FAMC links by union id, filled when families are linked. */
  famcByUnion: Map<string, FamcLink>;
}

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
  const unions = new Map<string, { union: Union; ext: UnionGedcom; line: number; xref: string }>();
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

/** A parsed line as a kept structure: pointers as ids, 5.x dates in the 7.0 form. */
function stored(node: ParsedNode, xrefs: XrefTable, v7: boolean): GedcomNode {
  const out: GedcomNode = { tag: node.tag };
  if (node.value !== undefined) out.value = !v7 && node.tag === 'DATE' ? dateTo70(node.value) : node.value;
  if (node.pointer !== undefined) out.ref = xrefs.ref(node.pointer);
  if (!node.children.length) return out;
  if (node.level < FLAT_FROM_LEVEL) out.children = node.children.map((c) => stored(c, xrefs, v7));
  else {
    const below: GedcomLine[] = [];
    const walk = (n: ParsedNode) => {
      for (const c of n.children) {
        const line: GedcomLine = { level: c.level - node.level, tag: c.tag };
        if (c.value !== undefined) line.value = !v7 && c.tag === 'DATE' ? dateTo70(c.value) : c.value;
        if (c.pointer !== undefined) line.ref = xrefs.ref(c.pointer);
        below.push(line);
        walk(c);
      }
    };
    walk(node);
    out.below = below;
  }
  return out;
}

function readPerson(rec: ParsedNode, id: string, keep: (n: ParsedNode) => GedcomNode, problems: ProblemList): Pending {
  const p: Pending = { person: { id, kind: 'person', name: '' }, ext: { nodes: [] }, famc: [], fams: [], asso: [], line: rec.line, famcByUnion: new Map() };
  for (const c of rec.children) {
    if (c.tag === 'FAMC' && c.pointer) {
      const pedi = c.children.find((x) => x.tag === 'PEDI');
      const extras = c.children.filter((x) => x !== pedi).map(keep);
      const phrase = pedi?.children.find((x) => x.tag === 'PHRASE')?.value;
      p.famc.push({ unionXref: c.pointer, line: c.line, pedi: pedi?.value, phrase, pediNode: pedi && keep(pedi), extras });
    } else if (c.tag === 'FAMS' && c.pointer) p.fams.push({ xref: c.pointer, line: c.line, extras: c.children.map(keep) });
    else if (c.tag === 'ASSO' && c.pointer) p.asso.push(c);
    else p.ext.nodes.push(keep(c));
  }
  const fields = readIndividual(p.ext.nodes);
  const sex = fields.sexReading;
  if (sex?.odd) {
    const meaning = sex.sex ?? sex.gender ?? 'unknown';
    const nl: Record<string, string> = { male: 'man', female: 'vrouw', unknown: 'onbekend', nonbinary: 'non-binair', intersex: 'intersekse' };
    const line = rec.children.find((c) => c.tag === 'SEX')?.line;
    problems.add('odd-sex', line, { value: sex.value, meaning, meaningNl: nl[meaning] ?? meaning });
  }
  if (fields.datesConflict) problems.add('death-before-birth', rec.children.find((c) => c.tag === 'DEAT')?.line, { name: fields.name || id });
  Object.assign(p.person, personFields(fields));
  if (fields.dateText) p.ext.dateText = fields.dateText;
  return p;
}

function readFamily(
  rec: ParsedNode,
  id: string,
  xrefs: XrefTable,
  people: Map<string, Pending>,
  keep: (n: ParsedNode) => GedcomNode,
  problems: ProblemList,
): { union: Union; ext: UnionGedcom } | undefined {
  const partners: string[] = [];
  const children: ChildLink[] = [];
  const ext: UnionGedcom = { nodes: [] };
  const person = (c: ParsedNode) => {
    const target = xrefs.resolve(c.pointer!, c.line, problems);
    if (target === undefined || !people.has(target)) {
      problems.add('dangling-pointer', c.line, { tag: c.tag, xref: `@${c.pointer}@` });
      return undefined;
    }
    return target;
  };
  for (const c of rec.children) {
    if ((c.tag === 'HUSB' || c.tag === 'WIFE') && c.pointer && c.pointer !== 'VOID') {
      const pid = person(c);
      if (pid === undefined) continue;
      if (partners.includes(pid)) problems.add('self-partner', c.line, { xref: `@${rec.xref ?? id}@` });
      else if (partners.length === 2) {
        problems.add('extra-partner', c.line, { xref: `@${rec.xref ?? id}@` });
        ext.nodes.push(keep(c));
      } else partners.push(pid);
    } else if (c.tag === 'CHIL' && c.pointer && c.pointer !== 'VOID') {
      const pid = person(c);
      if (pid === undefined || children.some((k) => k.personId === pid)) continue;
      children.push({ personId: pid, kind: 'biological' });
      if (c.children.length) (ext.chil ??= {})[pid] = c.children.map(keep);
    } else ext.nodes.push(keep(c));
  }
  if (!partners.length && !children.length) return undefined;
  const union: Union = { id, partners, history: readHistory(ext.nodes), children };
  if (ext.nodes.length || ext.chil) union.extensions = { gedcom: ext };
  return { union, ext };
}

/** Two-way links: FAMC/FAMS complete FAM's lists; PEDI, ADOP and vendor tags set child kinds. */
function linkFamilies(
  pending: Pending[],
  unions: Map<string, { union: Union; ext: UnionGedcom }>,
  xrefs: XrefTable,
  problems: ProblemList,
): void {
  for (const p of pending) {
    const adoptedIn = new Set<string>();
    for (const node of p.ext.nodes) {
      if (node.tag !== 'ADOP') continue;
      const famc = child(node, 'FAMC');
      if (famc?.ref) adoptedIn.add(famc.ref);
    }
    for (const link of p.famc) {
      const uid = xrefs.resolve(link.unionXref, link.line, problems);
      const entry = uid === undefined ? undefined : unions.get(uid);
      if (!entry) {
        if (uid === undefined) problems.add('dangling-pointer', link.line, { tag: 'FAMC', xref: `@${link.unionXref}@` });
        else p.ext.nodes.push({ tag: 'FAMC', ref: uid, ...(link.extras.length ? { children: link.extras } : {}) });
        continue;
      }
      if (link.extras.length) (p.ext.famc ??= {})[uid!] = link.extras;
      p.famcByUnion.set(uid!, link);
      let childLink = entry.union.children.find((c) => c.personId === p.person.id);
      if (!childLink) {
        childLink = { personId: p.person.id, kind: 'biological' };
        entry.union.children.push(childLink);
      }
      const vendor = [...link.extras, ...(entry.ext.chil?.[p.person.id] ?? [])]
        .filter((n) => n.tag === '_FREL' || n.tag === '_MREL' || n.tag === '_PEDI')
        .map((n) => n.value ?? '');
      childLink.kind = readChildKind(link.pedi, link.phrase, adoptedIn.has(uid!), vendor);
    }
    for (const link of p.fams) {
      const uid = xrefs.resolve(link.xref, link.line, problems);
      const entry = uid === undefined ? undefined : unions.get(uid);
      if (!entry) {
        if (uid === undefined) problems.add('dangling-pointer', link.line, { tag: 'FAMS', xref: `@${link.xref}@` });
        else p.ext.nodes.push({ tag: 'FAMS', ref: uid, ...(link.extras.length ? { children: link.extras } : {}) });
        continue;
      }
      if (link.extras.length) (p.ext.fams ??= {})[uid!] = link.extras;
      const partners = entry.union.partners;
      if (!partners.includes(p.person.id) && partners.length < 2) partners.push(p.person.id);
    }
  }
  // Children named only in CHIL may still have vendor tags there.
  for (const { union, ext } of unions.values()) {
    for (const link of union.children) {
      const tags = (ext.chil?.[link.personId] ?? []).filter((n) => n.tag === '_FREL' || n.tag === '_MREL' || n.tag === '_PEDI');
      if (link.kind === 'biological' && tags.length) link.kind = readChildKind(undefined, undefined, false, tags.map((n) => n.value ?? ''));
    }
  }
  for (const p of pending) p.person.extensions = { gedcom: p.ext };
}

function readTies(
  pending: Pending[],
  xrefs: XrefTable,
  people: Map<string, Pending>,
  keep: (n: ParsedNode) => GedcomNode,
  problems: ProblemList,
): Tie[] {
  const ties: Tie[] = [];
  for (const p of pending) {
    for (const asso of p.asso) {
      const target = xrefs.resolve(asso.pointer!, asso.line, problems);
      if (target === undefined) {
        problems.add('dangling-pointer', asso.line, { tag: 'ASSO', xref: `@${asso.pointer}@` });
        continue;
      }
      const kept = keep(asso);
      if (target === p.person.id || !people.has(target)) {
        if (target === p.person.id) problems.add('self-association', asso.line);
        p.ext.nodes.push(kept);
        continue;
      }
      const tie: Tie = { id: xrefs.unique(`${p.person.id}_ASSO`), from: p.person.id, to: target };
      const kind = readAssoKind(kept);
      if (kind) tie.kind = kind;
      const rest = (kept.children ?? []).filter((c) => c.tag !== 'RELA' && c.tag !== 'ROLE');
      if (rest.length) tie.extensions = { gedcom: { nodes: rest } };
      ties.push(tie);
    }
  }
  return ties;
}

type UnionEntry = { union: Union; ext: UnionGedcom; line: number };

/**
 * Keeps the family tree a tree: a person listed as child of their own partnership, or a child
 * link that would make someone their own ancestor, is taken out of the model and kept as text
 * (the CHIL and FAMC lines stay in `extensions.gedcom` and are written back), with a problem.
 * The depth-first search is iterative and visits people and families in file order, so the
 * same file always loses the same links.
 */
function breakCycles(pending: Pending[], unions: Map<string, UnionEntry>, problems: ProblemList): void {
  const byId = new Map(pending.map((p) => [p.person.id, p]));
  const drop = (entry: UnionEntry, childId: string) => {
    const { union, ext } = entry;
    union.children = union.children.filter((c) => c.personId !== childId);
    const extras = ext.chil?.[childId];
    if (ext.chil) {
      delete ext.chil[childId];
      if (!Object.keys(ext.chil).length) delete ext.chil;
    }
    ext.nodes.push({ tag: 'CHIL', ref: childId, ...(extras?.length ? { children: extras } : {}) });
    union.extensions = { gedcom: ext };
    const p = byId.get(childId);
    const link = p?.famcByUnion.get(union.id);
    if (!p || !link) return;
    if (p.ext.famc) {
      delete p.ext.famc[union.id];
      if (!Object.keys(p.ext.famc).length) delete p.ext.famc;
    }
    const children = [...(link.pediNode ? [link.pediNode] : []), ...link.extras];
    p.ext.nodes.push({ tag: 'FAMC', ref: union.id, ...(children.length ? { children } : {}) });
  };
  const nameOf = (id: string) => byId.get(id)?.person.name || id;

  for (const entry of unions.values()) {
    for (const c of [...entry.union.children]) {
      if (!entry.union.partners.includes(c.personId)) continue;
      problems.add('partner-and-child', entry.line, { name: nameOf(c.personId) });
      drop(entry, c.personId);
    }
  }

  const parents = new Map<string, Array<{ parent: string; entry: UnionEntry }>>();
  for (const entry of unions.values())
    for (const c of entry.union.children)
      for (const parent of entry.union.partners) {
        const list = parents.get(c.personId);
        if (list) list.push({ parent, entry });
        else parents.set(c.personId, [{ parent, entry }]);
      }
  const dropped = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  for (const p of pending) {
    const start = p.person.id;
    if (state.has(start)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const edges = parents.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const { parent, entry } = edges[top.next++];
      const key = `${entry.union.id}\u0000${top.id}`;
      if (dropped.has(key)) continue;
      const s = state.get(parent);
      if (s === 1) {
        dropped.add(key);
        drop(entry, top.id);
        problems.add('own-ancestor', byId.get(top.id)?.line, { name: nameOf(top.id), family: entry.union.id });
      } else if (s === undefined) {
        state.set(parent, 1);
        stack.push({ id: parent, next: 0 });
      }
    }
  }
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
