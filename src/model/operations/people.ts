import type { CareNetwork, Id, OpResult, Person, ViewLayout } from '../types.js';
import { OperationError, change, find, idFor, patchList, result, type New } from './shared.js';

export function addPerson(doc: CareNetwork, person: New<Person>): OpResult {
  const id = idFor(doc, 'p', person.id);
  const record = { ...person, id } as Person;
  return result({ ...doc, people: [...doc.people, record] }, change('person-add', [id], { label: record.name }));
}

export function updatePerson(doc: CareNetwork, id: Id, patch: Partial<Person>): OpResult {
  const people = patchList(doc.people, id, patch, 'person');
  const label = people.find((p) => p.id === id)?.name;
  return result({ ...doc, people }, change('person-update', [id], { label }));
}

/**
 * Removes a person and everything that only made sense with them: their ties, emotional
 * relations, strategies and layout hints; they leave unions, households, agreements and the
 * core team. `change.cascade` lists every record removed or updated because of it.
 * The client cannot be removed.
 */
export function removePerson(doc: CareNetwork, id: Id): OpResult {
  const person = find(doc.people, id, 'person');
  if (id === doc.egoId) throw new OperationError('The client cannot be removed.', 'remove-client');
  const cascade: Id[] = [];
  const keep = <T extends { id: Id }>(list: T[], drop: (r: T) => boolean): T[] =>
    list.filter((r) => (drop(r) ? (cascade.push(r.id), false) : true));

  // Collected while filtering: looking each tie up in the kept list was quadratic (20 ms per
  // removal at 5,000 people).
  const removedTies = new Set<Id>();
  const ties = keep(doc.ties, (t) => (t.from === id || t.to === id ? (removedTies.add(t.id), true) : false));
  const emotionalRelations = keep(doc.emotionalRelations, (r) => r.from === id || r.to === id);
  const strategies = keep(doc.strategies, (s) => s.personId === id || (s.tieId !== undefined && removedTies.has(s.tieId)));

  const unions = doc.unions.flatMap((u) => {
    const partners = u.partners.filter((p) => p !== id);
    const children = u.children.filter((c) => c.personId !== id);
    if (partners.length === u.partners.length && children.length === u.children.length) return [u];
    cascade.push(u.id);
    return partners.length === 0 && children.length === 0 ? [] : [{ ...u, partners, children }];
  });
  const households = doc.households.map((h) =>
    h.members.includes(id) ? (cascade.push(h.id), { ...h, members: h.members.filter((m) => m !== id) }) : h,
  );
  const agreements = doc.plan.agreements.map((a) =>
    a.who.includes(id) ? (cascade.push(a.id), { ...a, who: a.who.filter((w) => w !== id) }) : a,
  );
  const coreTeam = { ...doc.plan.coreTeam, members: doc.plan.coreTeam.members.filter((m) => m !== id) };
  if (coreTeam.chairId === id) delete coreTeam.chairId;

  const layout: CareNetwork['layout'] = {};
  for (const [view, viewLayout] of Object.entries(doc.layout)) {
    if (!viewLayout) continue;
    const nodes = { ...viewLayout.nodes };
    delete nodes[id];
    const order: ViewLayout['order'] = {};
    for (const [key, ids] of Object.entries(viewLayout.order)) order[key] = ids.filter((x) => x !== id);
    layout[view] = { ...viewLayout, nodes, order };
  }

  const next: CareNetwork = {
    ...doc,
    people: doc.people.filter((p) => p.id !== id),
    ties,
    emotionalRelations,
    unions,
    households,
    strategies,
    plan: { ...doc.plan, agreements, coreTeam },
    layout,
  };
  return result(next, change('person-remove', [id], { cascade, label: person.name }));
}
