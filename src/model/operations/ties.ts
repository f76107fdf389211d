import type { CareNetwork, EmotionalRelation, Id, OpResult, Tie } from '../types.js';
import { OperationError, change, find, idFor, patchList, result, type New } from './shared.js';

function requirePeople(doc: CareNetwork, ...ids: Id[]): void {
  for (const id of ids) find(doc.people, id, 'person');
}

export function addTie(doc: CareNetwork, tie: New<Tie>): OpResult {
  requirePeople(doc, tie.from, tie.to);
  if (tie.from === tie.to) throw new OperationError('A tie needs two different people.', 'self-tie');
  const id = idFor(doc, 't', tie.id);
  return result({ ...doc, ties: [...doc.ties, { ...tie, id } as Tie] }, change('tie-add', [id]));
}

export function updateTie(doc: CareNetwork, id: Id, patch: Partial<Tie>): OpResult {
  if (patch.from !== undefined || patch.to !== undefined) requirePeople(doc, patch.from ?? '', patch.to ?? '');
  return result({ ...doc, ties: patchList(doc.ties, id, patch, 'tie') }, change('tie-update', [id]));
}

/** Removes a tie; strategies aimed at it go with it (listed in `cascade`). */
export function removeTie(doc: CareNetwork, id: Id): OpResult {
  find(doc.ties, id, 'tie');
  const cascade = doc.strategies.filter((s) => s.tieId === id).map((s) => s.id);
  return result(
    {
      ...doc,
      ties: doc.ties.filter((t) => t.id !== id),
      strategies: doc.strategies.filter((s) => s.tieId !== id),
    },
    change('tie-remove', [id], { cascade }),
  );
}

export function addEmotionalRelation(doc: CareNetwork, relation: New<EmotionalRelation>): OpResult {
  requirePeople(doc, relation.from, relation.to);
  const id = idFor(doc, 'e', relation.id);
  return result(
    { ...doc, emotionalRelations: [...doc.emotionalRelations, { ...relation, id } as EmotionalRelation] },
    change('emotional-add', [id]),
  );
}

export function updateEmotionalRelation(doc: CareNetwork, id: Id, patch: Partial<EmotionalRelation>): OpResult {
  return result(
    { ...doc, emotionalRelations: patchList(doc.emotionalRelations, id, patch, 'emotional relation') },
    change('emotional-update', [id]),
  );
}

export function removeEmotionalRelation(doc: CareNetwork, id: Id): OpResult {
  find(doc.emotionalRelations, id, 'emotional relation');
  return result(
    { ...doc, emotionalRelations: doc.emotionalRelations.filter((r) => r.id !== id) },
    change('emotional-remove', [id]),
  );
}
