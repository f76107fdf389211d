import type { CareNetwork, Id } from './types.js';

/** Parents of a person: the partners of every union that has them as a child. */
export function parentsOf(doc: Pick<CareNetwork, 'unions'>, id: Id): Id[] {
  const parents: Id[] = [];
  for (const union of doc.unions)
    if (union.children.some((c) => c.personId === id)) for (const p of union.partners) if (!parents.includes(p)) parents.push(p);
  return parents;
}

/** Everyone a person descends from (not including themselves). Safe on malformed cyclic data. */
export function ancestorsOf(doc: Pick<CareNetwork, 'unions'>, id: Id): Set<Id> {
  const childToParents = new Map<Id, Id[]>();
  for (const union of doc.unions)
    for (const child of union.children) {
      const list = childToParents.get(child.personId) ?? [];
      list.push(...union.partners);
      childToParents.set(child.personId, list);
    }
  const seen = new Set<Id>();
  const stack = [...(childToParents.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(childToParents.get(next) ?? []));
  }
  return seen;
}

/** True when making `child` a child of `parents` would make someone their own ancestor. */
export function wouldCreateCycle(doc: Pick<CareNetwork, 'unions'>, parents: readonly Id[], child: Id): boolean {
  if (parents.includes(child)) return true;
  for (const parent of parents) if (parent === child || ancestorsOf(doc, parent).has(child)) return true;
  return false;
}
