import type { CareNetwork, ChildKind, Id, Person, Union } from '../../model/types.js';

/** A union as the genogram layout sees it: indices into the graph's people. */
export interface GraphUnion {
  id: Id;
  index: number;
  /** Partners in the layout (one or two person indices). */
  partners: number[];
  /** Children hanging from this union (those for whom it is the primary parent union). */
  children: number[];
  /** Date of the first history event (chronological order of partners); may be missing. */
  firstDate?: string;
}

/** The family as index-based arrays, the input of every later step. */
export interface FamilyGraph {
  ids: Id[];
  people: Person[];
  index: Map<Id, number>;
  unions: GraphUnion[];
  unionIndex: Map<Id, number>;
  /** The union each person hangs from as a child (−1: none). */
  parentUnion: Int32Array;
  /** Other unions that list the person as a child (adoptive and biological both, step). */
  otherParentUnions: number[][];
  /** Unions in which the person is a partner, in the person's chronological partner order. */
  partnerUnions: number[][];
  /** Rank of the person among the children of its parent union (oldest first, twins together). */
  sibRank: Float64Array;
}

/** Which parent union a child hangs from when several list it. */
const KIND_PRIORITY: Record<ChildKind, number> = { biological: 0, adopted: 1, foster: 2, step: 3 };

/** Compares partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); unknown dates sort last. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/**
 * Reads the family out of a network: people (by default everyone who is no organisation and no
 * professional), their unions, the primary parent union of each child and the orders the view
 * keeps (`children:<unionId>`, `partners:<personId>`).
 */
export function buildFamilyGraph(
  network: CareNetwork,
  order: Record<string, Id[]>,
  include: (person: Person) => boolean,
): FamilyGraph {
  const people = network.people.filter(include);
  const ids = people.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = people.length;
  const unions: GraphUnion[] = [];
  const unionIndex = new Map<Id, number>();
  const source: Union[] = [];
  for (const union of network.unions) {
    const partners = [...new Set(union.partners)].filter((id) => index.has(id)).map((id) => index.get(id)!);
    const hasChildren = union.children.some((c) => index.has(c.personId));
    if (partners.length === 0 && !hasChildren) continue;
    if (unionIndex.has(union.id)) continue;
    unionIndex.set(union.id, unions.length);
    unions.push({ id: union.id, index: unions.length, partners, children: [], firstDate: union.history?.[0]?.date });
    source.push(union);
  }

  // Primary parent union: biological before adopted before foster before step, then document order.
  const parentUnion = new Int32Array(n).fill(-1);
  const parentPriority = new Float64Array(n).fill(Infinity);
  const otherParentUnions: number[][] = Array.from({ length: n }, () => []);
  source.forEach((union, u) => {
    if (unions[u].partners.length === 0) return;
    for (const link of union.children) {
      const c = index.get(link.personId);
      if (c === undefined || unions[u].partners.includes(c)) continue;
      const priority = (KIND_PRIORITY[link.kind] ?? 4) * 1e6 + u;
      if (priority < parentPriority[c]) {
        if (parentUnion[c] >= 0) otherParentUnions[c].push(parentUnion[c]);
        parentUnion[c] = u;
        parentPriority[c] = priority;
      } else otherParentUnions[c].push(u);
    }
  });

  // Children per union, oldest first: explicit order, else birth date, twins kept together, else document order.
  const sibRank = new Float64Array(n);
  source.forEach((union, u) => {
    const explicit = order[`children:${union.id}`] ?? [];
    const links = union.children.filter((l) => parentUnion[index.get(l.personId) ?? -1] === u && index.has(l.personId));
    const twinBirth = new Map<string, string | undefined>();
    for (const l of links) {
      if (!l.twinGroup) continue;
      const birth = people[index.get(l.personId)!].birth;
      const seen = twinBirth.get(l.twinGroup);
      twinBirth.set(l.twinGroup, seen === undefined || compareDates(birth, seen) < 0 ? birth : seen);
    }
    const keyed = links.map((l, k) => {
      const p = index.get(l.personId)!;
      const at = explicit.indexOf(l.personId);
      const twin = l.twinGroup;
      return {
        p,
        k,
        explicit: at < 0 ? Infinity : at,
        birth: twin ? twinBirth.get(twin) : people[p].birth,
        group: twin ?? `\u0000${k}`,
        own: people[p].birth,
      };
    });
    keyed.sort(
      (a, b) =>
        a.explicit - b.explicit ||
        compareDates(a.birth, b.birth) ||
        // Twins: the group stays together, in order of birth then listing within it.
        (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
        compareDates(a.own, b.own) ||
        a.k - b.k,
    );
    keyed.forEach((entry, rank) => {
      sibRank[entry.p] = rank;
      unions[u].children.push(entry.p);
    });
  });

  // Partner unions per person in chronological order (explicit `partners:<id>` order first).
  const partnerUnions: number[][] = Array.from({ length: n }, () => []);
  unions.forEach((u) => {
    for (const p of u.partners) partnerUnions[p].push(u.index);
  });
  partnerUnions.forEach((list, p) => {
    const explicit = order[`partners:${ids[p]}`] ?? [];
    const rank = (u: number) => {
      const other = unions[u].partners.find((q) => q !== p);
      const at = other === undefined ? -1 : explicit.indexOf(ids[other]);
      return at < 0 ? Infinity : at;
    };
    list.sort((a, b) => rank(a) - rank(b) || compareDates(unions[a].firstDate, unions[b].firstDate) || a - b);
  });

  return { ids, people, index, unions, unionIndex, parentUnion, otherParentUnions, partnerUnions, sibRank };
}

/** Union–find over small integer ids. */
export class DisjointSet {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins two sets; false when they were joined already. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}
