/**
 * A care network document → GEDCOM 7.0 (default) or 5.5.1 text, UTF-8. Output is stable: the
 * same document always gives the same text (no export date, records in document order).
 *
 * Written: people (kind `person`) as INDI, unions as FAM with their history (MARR, ENGA, DIV;
 * other statuses as `EVEN` + `TYPE`), child kinds as FAMC.PEDI, ties between people as ASSO,
 * the client as `HEAD._ROOT`, and every structure kept in `extensions.gedcom` at import.
 * Not written (GEDCOM has no place for them): organisations, emotional relations, households,
 * the plan and the RADIO strategies, layout hints, and the person fields role, sector, category,
 * health markers and pregnancy.
 */
import type { CareNetwork, ChildKind, Person, Tie, Union, UnionEvent } from '../../model/types.js';
import { dateTo551 } from './dates.js';
import { GENERATED_SUBMITTER } from './import.js';
import { writeIndividual } from './individual.js';
import {
  assoRoleNode,
  eventDate,
  historyNode,
  readHistory,
  unionStatusOf,
  withDate,
  type DocumentGedcom,
  type GedcomLine,
  type GedcomNode,
  type PersonGedcom,
  type UnionGedcom,
} from './nodes.js';

export interface GedcomExportOptions {
  /** GEDCOM version written. Default `7.0`. */
  version?: '7.0' | '5.5.1';
}

const TAG = /^[A-Za-z0-9_]+$/;
const MAX_LEVEL = 99;
/** 5.5.1 lines stay under 255 characters: long values are cut into CONC pieces of this size. */
const CONC_PIECE = 200;

function gedcomExt<T>(record: object | undefined): Partial<T> {
  const ext = (record as { extensions?: unknown } | undefined)?.extensions;
  const value = ext && typeof ext === 'object' ? (ext as Record<string, unknown>).gedcom : undefined;
  return value && typeof value === 'object' ? (value as Partial<T>) : {};
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

class Writer {
  readonly lines: string[] = [];
  private readonly xrefs = new Map<string, string>();
  private readonly used = new Set<string>();
  private counter = 0;

  constructor(
    readonly v7: boolean,
    ids: string[],
  ) {
    for (const id of ids) if (this.validXref(id)) this.used.add(id);
  }

  private validXref(id: string): boolean {
    return /^[A-Z0-9_]+$/.test(id) && id !== 'VOID';
  }

  /** The xref for a document id: the id itself when GEDCOM allows it, else a new one. */
  xref(id: string, prefix = 'X'): string {
    if (id === 'VOID') return 'VOID';
    let x = this.xrefs.get(id);
    if (x) return x;
    if (this.validXref(id)) x = id;
    else {
      do x = `${prefix}${++this.counter}`;
      while (this.used.has(x));
      this.used.add(x);
    }
    this.xrefs.set(id, x);
    return x;
  }

  line(level: number, tag: string, payload?: string, xref?: string): void {
    this.lines.push(`${level}${xref ? ` @${xref}@` : ''} ${tag}${payload !== undefined && payload !== '' ? ` ${payload}` : ''}`);
  }

  escape(text: string, tag: string): string {
    if (this.v7) return text.startsWith('@') ? `@${text}` : text;
    return tag === 'DATE' ? text : text.replace(/@/g, '@@');
  }

  /** A text payload: newlines become CONT lines; in 5.5.1 long lines are cut with CONC. */
  text(level: number, tag: string, value: string, xref?: string): void {
    const clean = value.replace(/\r\n?/g, '\n');
    const pieces = (tag === 'DATE' && !this.v7 ? dateTo551(clean) : clean).split('\n');
    pieces.forEach((piece, i) => {
      const chunks = this.v7 ? [piece] : cut(piece);
      chunks.forEach((chunk, j) => {
        const t = i === 0 && j === 0 ? tag : j === 0 ? 'CONT' : 'CONC';
        this.line(i === 0 && j === 0 ? level : level + 1, t, this.escape(chunk, tag), i === 0 && j === 0 ? xref : undefined);
      });
    });
  }

  node(level: number, n: GedcomNode, xref?: string): void {
    if (!n || typeof n.tag !== 'string' || !TAG.test(n.tag) || level > MAX_LEVEL) return;
    if (typeof n.ref === 'string') this.line(level, n.tag, `@${this.xref(n.ref)}@`, xref);
    else if (typeof n.value === 'string') this.text(level, n.tag, n.value, xref);
    else this.line(level, n.tag, undefined, xref);
    for (const c of list<GedcomNode>(n.children)) this.node(level + 1, c);
    for (const l of list<GedcomLine>(n.below)) {
      const at = level + (Number.isInteger(l?.level) && l.level > 0 ? l.level : 1);
      if (!l || typeof l.tag !== 'string' || !TAG.test(l.tag) || at > MAX_LEVEL) continue;
      if (typeof l.ref === 'string') this.line(at, l.tag, `@${this.xref(l.ref)}@`);
      else if (typeof l.value === 'string') this.text(at, l.tag, l.value);
      else this.line(at, l.tag);
    }
  }
}

/** Cuts a long 5.5.1 value where neither side is a space and no surrogate pair is split. */
function cut(text: string): string[] {
  if (text.length <= CONC_PIECE + 40) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > CONC_PIECE + 40) {
    let at = CONC_PIECE;
    const ok = (i: number) => rest[i - 1] !== ' ' && rest[i] !== ' ' && !/[\uD800-\uDBFF]/.test(rest[i - 1]);
    while (at < CONC_PIECE + 40 && !ok(at)) at++;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

const PEDI_7: Record<ChildKind, GedcomNode | undefined> = {
  biological: undefined,
  adopted: { tag: 'PEDI', value: 'ADOPTED' },
  foster: { tag: 'PEDI', value: 'FOSTER' },
  step: { tag: 'PEDI', value: 'OTHER', children: [{ tag: 'PHRASE', value: 'step' }] },
};

/** 5.5.1 has no step value; `step` is written as it is and read back by this importer. */
const PEDI_551: Record<ChildKind, GedcomNode | undefined> = {
  biological: undefined,
  adopted: { tag: 'PEDI', value: 'adopted' },
  foster: { tag: 'PEDI', value: 'foster' },
  step: { tag: 'PEDI', value: 'step' },
};

function sameHistory(a: UnionEvent[], b: UnionEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e.status === b[i].status && e.date === b[i].date);
}

/** The FAM event structures for a union's history, reusing kept ones (with their places, sources). */
function writeHistory(history: UnionEvent[], kept: GedcomNode[]): GedcomNode[] {
  if (sameHistory(readHistory(kept), history)) return kept;
  const out = kept.filter((n) => !unionStatusOf(n));
  const onlyDefault = history.length === 1 && history[0].status === 'relationship' && !history[0].date;
  if (onlyDefault) return out;
  // Kept event structures per status, in file order, reused one by one (linear).
  const byStatus = new Map<string, GedcomNode[]>();
  for (const n of kept) {
    const status = unionStatusOf(n);
    if (!status) continue;
    const bucket = byStatus.get(status);
    if (bucket) bucket.push(n);
    else byStatus.set(status, [n]);
  }
  const taken = new Map<string, number>();
  for (const event of history) {
    const index = taken.get(event.status) ?? 0;
    const match = byStatus.get(event.status)?.[index];
    taken.set(event.status, index + 1);
    if (match) out.push(eventDate(match) === event.date ? match : withDate(match, event.date));
    else out.push(historyNode(event));
  }
  return out;
}

export function exportGedcom(network: CareNetwork, options: GedcomExportOptions = {}): string {
  const v7 = options.version !== '5.5.1';
  const docExt = gedcomExt<DocumentGedcom>(network);
  const head = list<GedcomNode>(docExt.head);
  const records = list<GedcomNode & { id?: string }>(docExt.records);
  // Placeholders (unknown parents, the empty client) are written once the user names them.
  const people = list<Person>(network.people).filter(
    (p) => p && p.kind !== 'organisation' && !(gedcomExt<PersonGedcom>(p).placeholder && !p.name),
  );
  const exported = new Set(people.map((p) => p.id));
  const unions = list<Union>(network.unions);
  const ties = list<Tie>(network.ties);
  const w = new Writer(v7, [...people.map((p) => p.id), ...unions.map((u) => u.id), ...records.map((r) => r.id ?? '')]);

  w.line(0, 'HEAD');
  if (v7) {
    w.line(1, 'GEDC');
    w.line(2, 'VERS', '7.0');
  }
  w.line(1, 'SOUR', 'CARE_NETWORK_ELEMENTS');
  w.line(2, 'NAME', 'care-network-elements');
  if (!v7) {
    w.line(1, 'GEDC');
    w.line(2, 'VERS', '5.5.1');
    w.line(2, 'FORM', 'LINEAGE-LINKED');
    w.line(1, 'CHAR', 'UTF-8');
    if (!head.some((n) => n.tag === 'SUBM')) w.line(1, 'SUBM', `@${GENERATED_SUBMITTER}@`);
  }
  if (exported.has(network.egoId)) w.line(1, '_ROOT', `@${w.xref(network.egoId, 'I')}@`);
  for (const n of head) w.node(1, n);
  if (!v7 && !head.some((n) => n.tag === 'SUBM')) {
    w.line(0, 'SUBM', undefined, GENERATED_SUBMITTER);
    w.line(1, 'NAME', 'care-network-elements');
  }

  for (const u of unions) w.xref(u.id, 'F');
  // Indexes so each person's links are found without scanning every union (linear export).
  const childIn = new Map<string, Array<{ union: Union; kind: ChildKind }>>();
  const partnerIn = new Map<string, Union[]>();
  const tiesFrom = new Map<string, Tie[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const bucket = map.get(key);
    if (bucket) bucket.push(value);
    else map.set(key, [value]);
  };
  for (const u of unions) {
    for (const c of list<{ personId: string; kind: ChildKind }>(u.children)) push(childIn, c.personId, { union: u, kind: c.kind });
    for (const id of new Set(list<string>(u.partners))) push(partnerIn, id, u);
  }
  for (const tie of ties) if (tie && exported.has(tie.to) && tie.to !== tie.from) push(tiesFrom, tie.from, tie);

  for (const person of people) {
    const ext = gedcomExt<PersonGedcom>(person);
    w.line(0, 'INDI', undefined, w.xref(person.id, 'I'));
    for (const n of writeIndividual(person, list<GedcomNode>(ext.nodes), v7)) w.node(1, n);
    const seenAsChild = new Set<Union>();
    for (const { union: u, kind } of childIn.get(person.id) ?? []) {
      if (seenAsChild.has(u)) continue;
      seenAsChild.add(u);
      w.line(1, 'FAMC', `@${w.xref(u.id, 'F')}@`);
      const pedi = (v7 ? PEDI_7 : PEDI_551)[kind];
      if (pedi) w.node(2, pedi);
      for (const n of list<GedcomNode>(ext.famc?.[u.id])) w.node(2, n);
    }
    for (const u of partnerIn.get(person.id) ?? []) {
      w.line(1, 'FAMS', `@${w.xref(u.id, 'F')}@`);
      for (const n of list<GedcomNode>(ext.fams?.[u.id])) w.node(2, n);
    }
    for (const tie of tiesFrom.get(person.id) ?? []) {
      w.line(1, 'ASSO', `@${w.xref(tie.to, 'I')}@`);
      const role = assoRoleNode(tie.kind, v7);
      if (role) w.node(2, role);
      for (const n of list<GedcomNode>(gedcomExt<{ nodes: GedcomNode[] }>(tie).nodes)) w.node(2, n);
    }
  }

  for (const u of unions) {
    const ext = gedcomExt<UnionGedcom>(u);
    w.line(0, 'FAM', undefined, w.xref(u.id, 'F'));
    const partners = list<string>(u.partners).filter((id) => exported.has(id));
    partners.slice(0, 2).forEach((id, i) => w.line(1, i === 0 ? 'HUSB' : 'WIFE', `@${w.xref(id, 'I')}@`));
    for (const c of list<{ personId: string }>(u.children)) {
      if (!exported.has(c.personId)) continue;
      w.line(1, 'CHIL', `@${w.xref(c.personId, 'I')}@`);
      for (const n of list<GedcomNode>(ext.chil?.[c.personId])) w.node(2, n);
    }
    for (const n of writeHistory(list<UnionEvent>(u.history), list<GedcomNode>(ext.nodes))) w.node(1, n);
  }

  for (const r of records) {
    if (!r || r.tag === 'HEAD' || r.tag === 'TRLR') continue;
    w.node(0, r, r.id ? w.xref(r.id) : undefined);
  }
  w.line(0, 'TRLR');
  return w.lines.join('\n') + '\n';
}
