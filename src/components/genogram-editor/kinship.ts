import type { Id } from '../../model/types.js';
import {
  childrenOf,
  currentStatus,
  genderForm,
  parentsOf,
  partnersOf,
  siblingsOf,
  unionOf,
  type FamilyIndex,
  type GenderForm,
} from './family-graph.js';

/** Kinship words the genogram can say, before gender is applied. */
export const KIN_BASES = [
  'self',
  'parent',
  'adoptiveParent',
  'fosterParent',
  'stepParent',
  'grandparent',
  'greatGrandparent',
  'ancestor',
  'child',
  'adoptedChild',
  'fosterChild',
  'stepChild',
  'grandchild',
  'greatGrandchild',
  'descendant',
  'sibling',
  'halfSibling',
  'stepSibling',
  'fosterSibling',
  'partner',
  'exPartner',
  'parentInLaw',
  'siblingInLaw',
  'childInLaw',
  'auntUncle',
  'greatAuntUncle',
  'nieceNephew',
  'cousin',
  'relative',
] as const;
export type KinBase = (typeof KIN_BASES)[number];

/** A catalog key: the kin word and the person's gender form, e.g. `parent_f` (mother). */
export type KinKey = `${KinBase}_${GenderForm}`;

/**
 * How a person is related to the client, as a catalog key ("grootmoeder", "halfbroer",
 * "ex-partner"). The whole family is classified once per document and client (linear in the
 * family's size), so labelling hundreds of people stays fast. People reached by no known path
 * are `relative`.
 */
export function kinship(index: FamilyIndex, egoId: Id, id: Id): KinKey {
  const g = genderForm(index.people.get(id));
  return `${kinTable(index, egoId).get(id) ?? 'relative'}_${g}`;
}

const tables = new WeakMap<FamilyIndex, { ego: Id; table: Map<Id, KinBase> }>();

function kinTable(index: FamilyIndex, ego: Id): Map<Id, KinBase> {
  const cached = tables.get(index);
  if (cached?.ego === ego) return cached.table;
  const table = buildKinTable(index, ego);
  tables.set(index, { ego, table });
  return table;
}

/** Classifies everyone from the client outward; the first (closest) relation found wins. */
function buildKinTable(index: FamilyIndex, ego: Id): Map<Id, KinBase> {
  const table = new Map<Id, KinBase>([[ego, 'self']]);
  const mark = (ids: Iterable<Id>, base: KinBase | ((id: Id) => KinBase)) => {
    for (const id of ids) if (!table.has(id)) table.set(id, typeof base === 'function' ? base(id) : base);
  };
  const flat = (ids: Id[], f: (id: Id) => Id[]) => [...new Set(ids.flatMap(f))];
  const parents = parentsOf(index, ego);
  mark(parents, (id) => {
    const kind = (index.childOf.get(ego) ?? []).find((l) => l.union.partners.includes(id))?.link.kind;
    return kind === 'adopted' ? 'adoptiveParent' : kind === 'foster' ? 'fosterParent' : kind === 'step' ? 'stepParent' : 'parent';
  });
  const children = childrenOf(index, ego);
  mark(children, (id) => {
    const kind = (index.childOf.get(id) ?? []).find((l) => l.union.partners.includes(ego))?.link.kind;
    return kind === 'adopted' ? 'adoptedChild' : kind === 'foster' ? 'fosterChild' : kind === 'step' ? 'stepChild' : 'child';
  });
  const partners = partnersOf(index, ego);
  mark(partners, (id) => {
    const union = unionOf(index, ego, id);
    const status = union ? currentStatus(union) : 'relationship';
    return status === 'divorced' || status === 'separated' ? 'exPartner' : 'partner';
  });
  const siblingLinks = siblingsOf(index, ego);
  // A foster child of a parent is a foster brother or sister, not a half-sibling.
  const fostered = (id: Id) => (index.childOf.get(id) ?? []).every((l) => l.link.kind === 'foster');
  mark(siblingLinks.map((s) => s.id), (id) =>
    fostered(id) ? 'fosterSibling' : siblingLinks.find((s) => s.id === id)!.half ? 'halfSibling' : 'sibling',
  );
  const siblings = siblingLinks.map((s) => s.id);

  const grandparents = flat(parents, (p) => parentsOf(index, p));
  mark(grandparents, 'grandparent');
  const greatGrandparents = flat(grandparents, (p) => parentsOf(index, p));
  mark(greatGrandparents, 'greatGrandparent');
  mark(walk(index, greatGrandparents, parentsOf), 'ancestor');
  const grandchildren = flat(children, (c) => childrenOf(index, c));
  mark(grandchildren, 'grandchild');
  const greatGrandchildren = flat(grandchildren, (c) => childrenOf(index, c));
  mark(greatGrandchildren, 'greatGrandchild');
  mark(walk(index, greatGrandchildren, childrenOf), 'descendant');

  mark(flat(parents, (p) => partnersOf(index, p)), 'stepParent');
  mark(flat(partners, (p) => childrenOf(index, p)), 'stepChild');
  mark(flat(partners, (p) => parentsOf(index, p)), 'parentInLaw');
  mark(flat(children, (c) => partnersOf(index, c)), 'childInLaw');
  mark(flat(siblings, (s) => partnersOf(index, s)), 'siblingInLaw');
  mark(flat(partners, (p) => siblingsOf(index, p).map((s) => s.id)), 'siblingInLaw');
  mark(flat(siblings, (s) => childrenOf(index, s)), 'nieceNephew');
  const stepParents = flat(parents, (p) => partnersOf(index, p)).filter((p) => !parents.includes(p));
  mark(flat(stepParents, (p) => childrenOf(index, p)), 'stepSibling');
  const auntsUncles = flat(parents, (p) => siblingsOf(index, p).map((s) => s.id));
  mark(auntsUncles, 'auntUncle');
  mark(flat(auntsUncles, (a) => partnersOf(index, a)), 'auntUncle');
  mark(flat(auntsUncles, (a) => childrenOf(index, a)), 'cousin');
  mark(flat(grandparents, (p) => siblingsOf(index, p).map((s) => s.id)), 'greatAuntUncle');
  return table;
}

/** Everyone reached from `from` by repeating `step` (ancestors or descendants); cycle-safe. */
function walk(index: FamilyIndex, from: Id[], step: (index: FamilyIndex, id: Id) => Id[]): Set<Id> {
  const seen = new Set<Id>();
  let frontier = from;
  while (frontier.length) {
    const next: Id[] = [];
    for (const p of frontier)
      for (const q of step(index, p)) {
        if (seen.has(q)) continue;
        seen.add(q);
        next.push(q);
      }
    frontier = next;
  }
  return seen;
}
