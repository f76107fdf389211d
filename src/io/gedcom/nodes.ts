/**
 * The GEDCOM structures the model cannot hold, stored in `extensions.gedcom` as plain JSON and
 * written back on export. Pointers are stored as document ids (`ref`), so they follow the
 * records they point to.
 */
import type { Gender, Sex, UnionEvent, UnionStatus, ChildKind } from '../../model/types.js';
import { parsePartialDate } from '../../model/validation/dates.js';
import { fromPartialDate, toPartialDate } from './dates.js';

export interface GedcomNode {
  tag: string;
  value?: string;
  /** Pointer payload: the id of the record pointed to (`VOID` for 7.0's null pointer). */
  ref?: string;
  children?: GedcomNode[];
  /**
   * The substructures as flat lines (level relative to this node), used instead of `children`
   * below {@link FLAT_FROM_LEVEL}: GEDCOM allows 99 levels, but documents keep JSON nesting
   * shallow (the model validator allows 64).
   */
  below?: GedcomLine[];
}

export interface GedcomLine {
  level: number;
  tag: string;
  value?: string;
  ref?: string;
}

/** GEDCOM level from which substructures are stored as flat lines. */
export const FLAT_FROM_LEVEL = 12;

/** A level-0 record the model has no place for (SOUR, NOTE, OBJE, REPO, SUBM, `_` records…). */
export interface GedcomRecord extends GedcomNode {
  id?: string;
}

/** `extensions.gedcom` on a person. */
export interface PersonGedcom {
  nodes: GedcomNode[];
  /** Substructures of FAMC (other than PEDI), per union id. */
  famc?: Record<string, GedcomNode[]>;
  /** Substructures of FAMS, per union id. */
  fams?: Record<string, GedcomNode[]>;
  /** The unnamed client made for a file without people; written only once it has a name. */
  placeholder?: boolean;
  /** Dates that are not exact (`ABT 1900`, `BET 1900 AND 1910`), as the file wrote them. */
  dateText?: { birth?: string; death?: string };
}

/** `extensions.gedcom` on a union. */
export interface UnionGedcom {
  nodes: GedcomNode[];
  /** Substructures of CHIL (e.g. `_FREL`, `_MREL`), per child id. */
  chil?: Record<string, GedcomNode[]>;
}

/** `extensions.gedcom` on the document. */
export interface DocumentGedcom {
  head: GedcomNode[];
  records: GedcomRecord[];
}

export function child(node: GedcomNode, tag: string): GedcomNode | undefined {
  return node.children?.find((c) => c.tag === tag);
}

/** `John /Smith/ Jr.` → `John Smith Jr.` */
export function displayName(value: string | undefined): string {
  return (value ?? '').replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
}

export interface SexReading {
  sex?: Sex;
  gender?: Gender;
  /** Set for values that are not M, F, U or X. */
  odd?: boolean;
}

/**
 * SEX → model. M/F/U are sex at birth. X (7.0: "does not fit the typical definition of only
 * Male or only Female") is read as lived gender `nonbinary` with sex left open, which draws the
 * 2020 nonbinary symbol. Lowercase and spelled-out values are accepted but flagged.
 */
export function readSex(value: string | undefined): SexReading {
  const v = (value ?? '').trim();
  switch (v) {
    case 'M':
      return { sex: 'male' };
    case 'F':
      return { sex: 'female' };
    case 'U':
    case '':
      return { sex: 'unknown' };
    case 'X':
      return { gender: 'nonbinary' };
  }
  const lower = v.toLowerCase();
  if (['m', 'male', 'man', 'man.', 'mannelijk'].includes(lower)) return { sex: 'male', odd: true };
  if (['f', 'female', 'woman', 'vrouw', 'v', 'vrouwelijk'].includes(lower)) return { sex: 'female', odd: true };
  if (['x', 'nonbinary', 'non-binary'].includes(lower)) return { gender: 'nonbinary', odd: true };
  if (['intersex', 'i'].includes(lower)) return { sex: 'intersex', odd: true };
  return { sex: 'unknown', odd: true };
}

/** Model → SEX payload (X only in 7.0). */
export function writeSex(sex: Sex | undefined, gender: Gender | undefined, v7: boolean): string | undefined {
  if (sex === 'male') return 'M';
  if (sex === 'female') return 'F';
  if (sex === 'intersex') return v7 ? 'X' : 'U';
  if (sex === 'unknown') return 'U';
  if (gender === 'man') return 'M';
  if (gender === 'woman') return 'F';
  if (gender === 'nonbinary') return v7 ? 'X' : 'U';
  return undefined;
}

/** The exact date of an event node, when it has one. */
export function eventDate(node: GedcomNode | undefined): string | undefined {
  return node ? toPartialDate(child(node, 'DATE')?.value) : undefined;
}

/** The DATE text of an event node when it is not an exact date. */
export function inexactDate(node: GedcomNode | undefined): string | undefined {
  const text = node && child(node, 'DATE')?.value?.trim();
  return text && !toPartialDate(text) ? text : undefined;
}

const EVEN_TYPES: Record<string, UnionStatus> = {
  separated: 'separated',
  separation: 'separated',
  cohabiting: 'cohabiting',
  cohabitation: 'cohabiting',
  relationship: 'relationship',
  widowed: 'widowed',
  engaged: 'engaged',
};

/** Which union status a FAM substructure records, if any. */
export function unionStatusOf(node: GedcomNode): UnionStatus | undefined {
  switch (node.tag) {
    case 'MARR':
      return 'married';
    case 'ENGA':
      return 'engaged';
    case 'DIV':
      return 'divorced';
    case 'DIVF':
    case '_SEPR':
    case '_SEP':
      return 'separated';
    case 'EVEN':
      return EVEN_TYPES[(child(node, 'TYPE')?.value ?? '').trim().toLowerCase()];
  }
  return undefined;
}

/**
 * The union history a FAM's substructures describe: file order, except that dated events are
 * put in date order among themselves (the model keeps history chronological; undated events
 * keep their place).
 */
export function readHistory(nodes: GedcomNode[]): UnionEvent[] {
  const history: UnionEvent[] = [];
  for (const node of nodes) {
    const status = unionStatusOf(node);
    if (!status) continue;
    const date = eventDate(node);
    history.push(date ? { status, date } : { status });
  }
  if (!history.length) return [{ status: 'relationship' }];
  const slots = history.map((e, i) => (e.date ? i : -1)).filter((i) => i >= 0);
  const dated = slots.map((i) => history[i]).sort((a, b) => firstDay(a.date!) - firstDay(b.date!));
  slots.forEach((slot, k) => (history[slot] = dated[k]));
  return history;
}

function firstDay(date: string): number {
  const r = parsePartialDate(date);
  return r.ok ? r.range.first : 0;
}

/** A new FAM substructure for a history event. */
export function historyNode(event: UnionEvent): GedcomNode {
  const tags: Partial<Record<UnionStatus, string>> = { married: 'MARR', engaged: 'ENGA', divorced: 'DIV' };
  const tag = tags[event.status];
  const node: GedcomNode = tag ? { tag } : { tag: 'EVEN', children: [{ tag: 'TYPE', value: event.status }] };
  return withDate(node, event.date);
}

/** The node with its DATE set to a partial date (or its DATE removed). */
export function withDate(node: GedcomNode, date: string | undefined): GedcomNode {
  const others = (node.children ?? []).filter((c) => c.tag !== 'DATE');
  const old = child(node, 'DATE');
  const text = fromPartialDate(date);
  const children = text ? [{ ...old, tag: 'DATE', value: text }, ...others] : others;
  const out: GedcomNode = { ...node, children };
  if (!children.length) delete out.children;
  return out;
}

/**
 * The kind of a child link, from PEDI (5.5.1 lowercase, 7.0 uppercase + PHRASE), an ADOP event
 * for the family, or the vendor tags `_FREL`/`_MREL`/`_PEDI` (Family Tree Maker, Family
 * Historian): adopted beats step beats foster ("Guardian" is read as foster).
 */
export function readChildKind(pedi: string | undefined, phrase: string | undefined, adopted: boolean, vendor: string[]): ChildKind {
  const p = (pedi ?? '').trim().toLowerCase();
  if (p === 'adopted') return 'adopted';
  if (p === 'foster') return 'foster';
  if (p === 'step' || (p === 'other' && /step|stief/i.test(phrase ?? ''))) return 'step';
  if (p === 'birth' || p === 'sealing') return 'biological';
  if (adopted) return 'adopted';
  const words = vendor.join(' ').toLowerCase();
  if (words.includes('adopt')) return 'adopted';
  if (words.includes('step')) return 'step';
  if (words.includes('foster') || words.includes('guardian')) return 'foster';
  return 'biological';
}

/** 7.0 ROLE enumeration values and the plain word each stands for. */
export const ROLE_WORDS: Record<string, string> = {
  CHIL: 'child',
  CLERGY: 'clergy',
  FATH: 'father',
  FRIEND: 'friend',
  GODP: 'godparent',
  HUSB: 'husband',
  MOTH: 'mother',
  MULTIPLE: 'multiple',
  NGHBR: 'neighbour',
  OFFICIATOR: 'officiator',
  PARENT: 'parent',
  SPOU: 'spouse',
  WIFE: 'wife',
  WITN: 'witness',
};

const ROLE_SYNONYMS: Record<string, string> = {
  neighbor: 'NGHBR',
  godfather: 'GODP',
  godmother: 'GODP',
  peetoom: 'GODP',
  peettante: 'GODP',
  buurman: 'NGHBR',
  buurvrouw: 'NGHBR',
  vriend: 'FRIEND',
  vriendin: 'FRIEND',
  getuige: 'WITN',
};

/** The tie kind an ASSO holds: its 7.0 PHRASE, ROLE word or 5.5.1 RELA text. */
export function readAssoKind(asso: GedcomNode): string | undefined {
  const role = child(asso, 'ROLE');
  if (role) {
    const phrase = child(role, 'PHRASE')?.value?.trim();
    if (phrase) return phrase;
    const word = (role.value ?? '').trim().toUpperCase();
    return word === 'OTHER' || !word ? undefined : (ROLE_WORDS[word] ?? role.value?.trim());
  }
  return child(asso, 'RELA')?.value?.trim() || undefined;
}

/** The ROLE (7.0) or RELA (5.5.1) structure for a tie kind. */
export function assoRoleNode(kind: string | undefined, v7: boolean): GedcomNode | undefined {
  if (!v7) return kind ? { tag: 'RELA', value: kind } : undefined;
  if (!kind) return { tag: 'ROLE', value: 'OTHER' };
  const lower = kind.toLowerCase();
  const exact = Object.keys(ROLE_WORDS).find((k) => ROLE_WORDS[k] === kind);
  if (exact) return { tag: 'ROLE', value: exact };
  const near = Object.keys(ROLE_WORDS).find((k) => ROLE_WORDS[k] === lower) ?? ROLE_SYNONYMS[lower];
  return { tag: 'ROLE', value: near ?? 'OTHER', children: [{ tag: 'PHRASE', value: kind }] };
}
