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

/** Both ends must be known people and differ; checked on the patched record (a patch may move one end). */
function requireEnds(doc: CareNetwork, record: { from: Id; to: Id }, what: string): void {
  requirePeople(doc, record.from, record.to);
  if (record.from === record.to) throw new OperationError(`${what} needs two different people.`, 'self-tie');
}

export function updateTie(doc: CareNetwork, id: Id, patch: Partial<Tie>): OpResult {
  const ties = patchList(doc.ties, id, patch, 'tie');
  if (patch.from !== undefined || patch.to !== undefined) requireEnds(doc, ties.find((t) => t.id === id) as Tie, 'A tie');
  return result({ ...doc, ties }, change('tie-update', [id]));
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
  requireEnds(doc, relation, 'An emotional relation');
  const id = idFor(doc, 'e', relation.id);
  return result(
    { ...doc, emotionalRelations: [...doc.emotionalRelations, { ...relation, id } as EmotionalRelation] },
    change('emotional-add', [id]),
  );
}

export function updateEmotionalRelation(doc: CareNetwork, id: Id, patch: Partial<EmotionalRelation>): OpResult {
  const emotionalRelations = patchList(doc.emotionalRelations, id, patch, 'emotional relation');
  if (patch.from !== undefined || patch.to !== undefined)
    requireEnds(doc, emotionalRelations.find((r) => r.id === id) as EmotionalRelation, 'An emotional relation');
  return result({ ...doc, emotionalRelations }, change('emotional-update', [id]));
}

export function removeEmotionalRelation(doc: CareNetwork, id: Id): OpResult {
  find(doc.emotionalRelations, id, 'emotional relation');
  return result(
    { ...doc, emotionalRelations: doc.emotionalRelations.filter((r) => r.id !== id) },
    change('emotional-remove', [id]),
  );
}
