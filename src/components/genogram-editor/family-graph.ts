import type { CareNetwork, ChildLink, Id, Person, Union, UnionStatus } from '../../model/types.js';

/**
 * Who is whose parent, partner, child and sibling, looked up once per document. The genogram
 * reads the family many times per render (labels, keyboard walk, kinship words), so the
 * unions are indexed by person instead of searched each time.
 */
export interface FamilyIndex {
  doc: CareNetwork;
  people: Map<Id, Person>;
  /** Unions in which the person is a child, with the child link. */
  childOf: Map<Id, Array<{ union: Union; link: ChildLink }>>;
  /** Unions in which the person is a partner, in document order (chronological by convention). */
  partnerIn: Map<Id, Union[]>;
}

export function indexFamily(doc: CareNetwork): FamilyIndex {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const childOf = new Map<Id, Array<{ union: Union; link: ChildLink }>>();
  const partnerIn = new Map<Id, Union[]>();
  for (const union of doc.unions) {
    for (const p of union.partners) push(partnerIn, p, union);
    for (const link of union.children) push(childOf, link.personId, { union, link });
  }
  return { doc, people, childOf, partnerIn };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const unique = (ids: Id[]): Id[] => [...new Set(ids)];

/** The union a person is a child of, preferring the biological one. */
export function parentUnion(index: FamilyIndex, id: Id): Union | undefined {
  const links = index.childOf.get(id) ?? [];
  return (links.find((l) => l.link.kind === 'biological') ?? links[0])?.union;
}

export function parentsOf(index: FamilyIndex, id: Id): Id[] {
  return unique((index.childOf.get(id) ?? []).flatMap((l) => l.union.partners));
}

export function partnersOf(index: FamilyIndex, id: Id): Id[] {
  return unique((index.partnerIn.get(id) ?? []).flatMap((u) => u.partners.filter((p) => p !== id)));
}

export function childrenOf(index: FamilyIndex, id: Id): Id[] {
  return unique((index.partnerIn.get(id) ?? []).flatMap((u) => u.children.map((c) => c.personId)));
}

/** Siblings share at least one parent; `half` when they share only one. */
export function siblingsOf(index: FamilyIndex, id: Id): Array<{ id: Id; half: boolean }> {
  const mine = new Set(parentsOf(index, id));
  const result = new Map<Id, { id: Id; half: boolean }>();
  for (const { union } of index.childOf.get(id) ?? []) {
    for (const c of union.children) if (c.personId !== id) result.set(c.personId, { id: c.personId, half: false });
  }
  for (const parent of mine) {
    for (const sib of childrenOf(index, parent)) {
      if (sib === id || result.has(sib)) continue;
      const theirs = parentsOf(index, sib);
      const shared = theirs.filter((p) => mine.has(p)).length;
      result.set(sib, { id: sib, half: shared < Math.max(mine.size, theirs.length) });
    }
  }
  return [...result.values()];
}

/** The current status of a partnership: its last event. */
export function currentStatus(union: Union): UnionStatus {
  return union.history[union.history.length - 1]?.status ?? 'relationship';
}

/** The union of exactly these two partners, if any. */
export function unionOf(index: FamilyIndex, a: Id, b: Id): Union | undefined {
  return (index.partnerIn.get(a) ?? []).find((u) => u.partners.includes(b));
}

/** Which way a person is drawn and spoken of: from lived gender first, else sex. */
export type GenderForm = 'f' | 'm' | 'n';
export function genderForm(person: Person | undefined): GenderForm {
  if (!person) return 'n';
  if (person.gender === 'woman') return 'f';
  if (person.gender === 'man') return 'm';
  if (person.gender === 'nonbinary') return 'n';
  if (person.sex === 'female') return 'f';
  if (person.sex === 'male') return 'm';
  return 'n';
}

/** Year part of a partial date (`1948-03` → 1948). */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return Number.isFinite(year) ? year : undefined;
}

/**
 * Age in whole years from partial dates: at death for the deceased, else on `today`.
 * Undefined when the birth year is unknown or the person is deceased without a date.
 */
export function ageOf(person: Person, today: Date = new Date()): number | undefined {
  if (!person.birth || person.pregnancy) return undefined;
  const [by, bm = 1, bd = 1] = person.birth.split('-').map(Number);
  let end: [number, number, number];
  if (person.death) {
    const [dy, dm = 12, dd = 31] = person.death.split('-').map(Number);
    end = [dy, dm, dd];
  } else if (person.deceased) return undefined;
  else end = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  if (![by, bm, bd, ...end].every(Number.isFinite)) return undefined;
  let age = end[0] - by;
  if (end[1] < bm || (end[1] === bm && end[2] < bd)) age -= 1;
  return age >= 0 && age < 130 ? age : undefined;
}

export const isDeceased = (person: Person): boolean => Boolean(person.deceased || person.death);

/** Sort key: birth date where known, so the oldest child stands left. */
export function birthKey(person: Person | undefined): string {
  return person?.birth ?? '9999';
}

/**
 * Who belongs in the genogram: the client, everyone in a partnership or a parent–child link,
 * family members, and anyone with an emotional relation to one of them. Friends and
 * professionals of the network (other views) stay out unless linked that way.
 */
export function genogramMembers(doc: CareNetwork): Set<Id> {
  const members = new Set<Id>([doc.egoId]);
  for (const u of doc.unions) {
    for (const p of u.partners) members.add(p);
    for (const c of u.children) members.add(c.personId);
  }
  for (const p of doc.people) if (p.kind === 'person' && p.sector === 'family') members.add(p.id);
  const linked = new Set<Id>();
  for (const r of doc.emotionalRelations) {
    if (members.has(r.from)) linked.add(r.to);
    if (members.has(r.to)) linked.add(r.from);
  }
  for (const id of linked) members.add(id);
  const persons = new Set(doc.people.filter((p) => p.kind === 'person').map((p) => p.id));
  return new Set([...members].filter((id) => persons.has(id)));
}

/** The document with only the genogram's people (for the layout and the table). */
export function genogramView(doc: CareNetwork): CareNetwork {
  const members = genogramMembers(doc);
  return members.size === doc.people.length ? doc : { ...doc, people: doc.people.filter((p) => members.has(p.id)) };
}

/**
 * The people of a focus window: the focus person's line `generations` up and down, everyone's
 * partners, and the brothers and sisters along the line (aunts, uncles, siblings). Cousins and
 * in-laws' families stay out, so the window stays small in any family.
 */
export function focusWindow(index: FamilyIndex, focusId: Id, generations: number): Set<Id> {
  const line = new Set<Id>([focusId]);
  const up = new Set<Id>();
  let frontier = [focusId];
  for (let g = 0; g < generations; g++) {
    frontier = frontier.flatMap((id) => parentsOf(index, id)).filter((id) => !line.has(id));
    for (const id of frontier) {
      line.add(id);
      up.add(id);
    }
  }
  frontier = [focusId];
  for (let g = 0; g < generations; g++) {
    frontier = frontier.flatMap((id) => childrenOf(index, id)).filter((id) => !line.has(id));
    for (const id of frontier) line.add(id);
  }
  const window = new Set(line);
  for (const id of line) for (const p of partnersOf(index, id)) window.add(p);
  // Brothers and sisters along the line up: the children of the ancestors' unions.
  for (const id of [focusId, ...up]) for (const c of childrenOf(index, id)) if (id !== focusId) window.add(c);
  return window;
}
