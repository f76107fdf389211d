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
 * "ex-partner"). Walks the family from the client outward; the first (closest) match wins.
 * People reached by no known path are `relative`.
 */
export function kinship(index: FamilyIndex, egoId: Id, id: Id): KinKey {
  const g = genderForm(index.people.get(id));
  return `${kinBase(index, egoId, id)}_${g}`;
}

function kinBase(index: FamilyIndex, ego: Id, id: Id): KinBase {
  if (id === ego) return 'self';
  const parents = parentsOf(index, ego);
  if (parents.includes(id)) {
    const link = (index.childOf.get(ego) ?? []).find((l) => l.union.partners.includes(id))?.link;
    if (link?.kind === 'adopted') return 'adoptiveParent';
    if (link?.kind === 'foster') return 'fosterParent';
    if (link?.kind === 'step') return 'stepParent';
    return 'parent';
  }
  const children = childrenOf(index, ego);
  if (children.includes(id)) {
    const link = (index.childOf.get(id) ?? []).find((l) => l.union.partners.includes(ego))?.link;
    if (link?.kind === 'adopted') return 'adoptedChild';
    if (link?.kind === 'foster') return 'fosterChild';
    if (link?.kind === 'step') return 'stepChild';
    return 'child';
  }
  const partners = partnersOf(index, ego);
  if (partners.includes(id)) {
    const union = unionOf(index, ego, id);
    const status = union ? currentStatus(union) : 'relationship';
    return status === 'divorced' || status === 'separated' ? 'exPartner' : 'partner';
  }
  const sibling = siblingsOf(index, ego).find((s) => s.id === id);
  if (sibling) return sibling.half ? 'halfSibling' : 'sibling';

  const grandparents = parents.flatMap((p) => parentsOf(index, p));
  if (grandparents.includes(id)) return 'grandparent';
  const greatGrandparents = grandparents.flatMap((p) => parentsOf(index, p));
  if (greatGrandparents.includes(id)) return 'greatGrandparent';
  if (isAncestor(index, greatGrandparents, id)) return 'ancestor';

  const grandchildren = children.flatMap((c) => childrenOf(index, c));
  if (grandchildren.includes(id)) return 'grandchild';
  const greatGrandchildren = grandchildren.flatMap((c) => childrenOf(index, c));
  if (greatGrandchildren.includes(id)) return 'greatGrandchild';
  if (isDescendant(index, greatGrandchildren, id)) return 'descendant';

  if (parents.flatMap((p) => partnersOf(index, p)).includes(id)) return 'stepParent';
  if (partners.flatMap((p) => childrenOf(index, p)).includes(id)) return 'stepChild';
  if (partners.flatMap((p) => parentsOf(index, p)).includes(id)) return 'parentInLaw';
  if (children.flatMap((c) => partnersOf(index, c)).includes(id)) return 'childInLaw';

  const siblings = siblingsOf(index, ego).map((s) => s.id);
  if (siblings.flatMap((s) => partnersOf(index, s)).includes(id)) return 'siblingInLaw';
  if (partners.flatMap((p) => siblingsOf(index, p).map((s) => s.id)).includes(id)) return 'siblingInLaw';
  if (siblings.flatMap((s) => childrenOf(index, s)).includes(id)) return 'nieceNephew';

  const stepParents = parents.flatMap((p) => partnersOf(index, p)).filter((p) => !parents.includes(p));
  if (stepParents.flatMap((p) => childrenOf(index, p)).includes(id)) return 'stepSibling';

  const auntsUncles = parents.flatMap((p) => siblingsOf(index, p).map((s) => s.id));
  if (auntsUncles.includes(id)) return 'auntUncle';
  if (auntsUncles.flatMap((a) => partnersOf(index, a)).includes(id)) return 'auntUncle';
  if (auntsUncles.flatMap((a) => childrenOf(index, a)).includes(id)) return 'cousin';
  if (grandparents.flatMap((p) => siblingsOf(index, p).map((s) => s.id)).includes(id)) return 'greatAuntUncle';
  return 'relative';
}

function isAncestor(index: FamilyIndex, from: Id[], id: Id): boolean {
  const seen = new Set<Id>();
  let frontier = from;
  while (frontier.length) {
    const next: Id[] = [];
    for (const p of frontier) {
      for (const q of parentsOf(index, p)) {
        if (q === id) return true;
        if (!seen.has(q)) {
          seen.add(q);
          next.push(q);
        }
      }
    }
    frontier = next;
  }
  return false;
}

function isDescendant(index: FamilyIndex, from: Id[], id: Id): boolean {
  const seen = new Set<Id>();
  let frontier = from;
  while (frontier.length) {
    const next: Id[] = [];
    for (const p of frontier) {
      for (const q of childrenOf(index, p)) {
        if (q === id) return true;
        if (!seen.has(q)) {
          seen.add(q);
          next.push(q);
        }
      }
    }
    frontier = next;
  }
  return false;
}
