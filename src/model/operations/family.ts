import type { CareNetwork, ChildLink, Household, Id, OpResult, Union, UnionEvent } from '../types.js';
import { wouldCreateCycle } from '../kinship.js';
import { OperationError, change, find, idFor, patchList, result, type New } from './shared.js';

/** Refuses parent–child links that would make someone their own ancestor. */
function requireNoCycle(doc: CareNetwork, parents: readonly Id[], children: readonly Id[]): void {
  for (const child of children)
    if (wouldCreateCycle(doc, parents, child))
      throw new OperationError('This would make someone their own ancestor.', 'parent-cycle');
}

function requirePeople(doc: CareNetwork, ids: readonly Id[]): void {
  for (const id of ids) find(doc.people, id, 'person');
}

export function addUnion(doc: CareNetwork, union: New<Union>): OpResult {
  requirePeople(doc, union.partners);
  requirePeople(doc, union.children.map((c) => c.personId));
  if (union.partners.length < 1 || union.partners.length > 2)
    throw new OperationError('A union has one or two partners.', 'union-partners');
  if (union.history.length === 0) throw new OperationError('A union needs at least one event.', 'union-history');
  requireNoCycle(doc, union.partners, union.children.map((c) => c.personId));
  const id = idFor(doc, 'u', union.id);
  return result({ ...doc, unions: [...doc.unions, { ...union, id } as Union] }, change('union-add', [id]));
}

export function updateUnion(doc: CareNetwork, id: Id, patch: Partial<Union>): OpResult {
  if (patch.partners) {
    requirePeople(doc, patch.partners);
    if (patch.partners.length < 1 || patch.partners.length > 2)
      throw new OperationError('A union has one or two partners.', 'union-partners');
  }
  if (patch.children) requirePeople(doc, patch.children.map((c) => c.personId));
  if (patch.history && patch.history.length === 0) throw new OperationError('A union needs at least one event.', 'union-history');
  if (patch.partners || patch.children) {
    const current = find(doc.unions, id, 'union');
    const others = { unions: doc.unions.filter((u) => u.id !== id) };
    const children = (patch.children ?? current.children).map((c) => c.personId);
    requireNoCycle(others as CareNetwork, patch.partners ?? current.partners, children);
  }
  return result({ ...doc, unions: patchList(doc.unions, id, patch, 'union') }, change('union-update', [id]));
}

/** Adds a step to a partnership's history (married → separated → divorced). */
export function addUnionEvent(doc: CareNetwork, id: Id, event: UnionEvent): OpResult {
  const union = find(doc.unions, id, 'union');
  return updateUnion(doc, id, { history: [...union.history, event] });
}

/** Removes a union; its children stay in the document (they only lose this parent link). */
export function removeUnion(doc: CareNetwork, id: Id): OpResult {
  find(doc.unions, id, 'union');
  return result({ ...doc, unions: doc.unions.filter((u) => u.id !== id) }, change('union-remove', [id]));
}

export function addChild(doc: CareNetwork, unionId: Id, link: ChildLink): OpResult {
  const union = find(doc.unions, unionId, 'union');
  requirePeople(doc, [link.personId]);
  if (union.children.some((c) => c.personId === link.personId))
    throw new OperationError('This person is already a child of this union.', 'duplicate-child');
  requireNoCycle(doc, union.partners, [link.personId]);
  const unions = doc.unions.map((u) => (u.id === unionId ? { ...u, children: [...u.children, link] } : u));
  return result({ ...doc, unions }, change('child-add', [unionId, link.personId]));
}


export function updateChild(doc: CareNetwork, unionId: Id, personId: Id, patch: Partial<ChildLink>): OpResult {
  find(doc.unions, unionId, 'union');
  const unions = doc.unions.map((u) =>
    u.id === unionId
      ? { ...u, children: u.children.map((c) => (c.personId === personId ? { ...c, ...patch, personId } : c)) }
      : u,
  );
  return result({ ...doc, unions }, change('child-add', [unionId, personId]));
}

export function removeChild(doc: CareNetwork, unionId: Id, personId: Id): OpResult {
  find(doc.unions, unionId, 'union');
  const unions = doc.unions.map((u) =>
    u.id === unionId ? { ...u, children: u.children.filter((c) => c.personId !== personId) } : u,
  );
  return result({ ...doc, unions }, change('child-remove', [unionId, personId]));
}

/** Adds or replaces a household (by id). */
export function setHousehold(doc: CareNetwork, household: New<Household>): OpResult {
  requirePeople(doc, household.members);
  const exists = household.id !== undefined && doc.households.some((h) => h.id === household.id);
  const id = exists ? (household.id as Id) : idFor(doc, 'h', household.id);
  const record = { ...household, id } as Household;
  const households = exists ? doc.households.map((h) => (h.id === id ? record : h)) : [...doc.households, record];
  return result({ ...doc, households }, change('household-set', [id]));
}

export function removeHousehold(doc: CareNetwork, id: Id): OpResult {
  find(doc.households, id, 'household');
  return result({ ...doc, households: doc.households.filter((h) => h.id !== id) }, change('household-set', [id]));
}


