/**
 * Edits of the network circles that touch several records at once, as single operations: the
 * host gets one `care-network-change` with a consistent document, and undo takes one step.
 */
import { setNodeHint, updatePerson, updateTie } from '../../model/operations/index.js';
import type { CareNetwork, Change, Id, OpResult } from '../../model/types.js';
import { VIEW } from './circles-model.js';

type Step = (doc: CareNetwork) => OpResult;

/** Runs steps one after another as one `batch` change. */
export function batch(doc: CareNetwork, label: string | undefined, steps: Step[]): OpResult {
  const changes: Change[] = [];
  let current = doc;
  for (const step of steps) {
    const r = step(current);
    current = r.doc;
    changes.push(r.change);
  }
  if (changes.length === 1) return { doc: current, change: { ...changes[0], label: changes[0].label ?? label } };
  return { doc: current, change: { type: 'batch', ids: [...new Set(changes.flatMap((c) => c.ids))], changes, label } };
}

/**
 * Puts a person in a ring (1-based) and sector: the view's hint (with the angle when dropped
 * by hand, pinned), the person's sector and the closeness of their ties with the client agree.
 */
export function placePerson(doc: CareNetwork, id: Id, ring: number, sector: string, angle?: number): OpResult {
  const person = doc.people.find((p) => p.id === id);
  const steps: Step[] = [
    // Hints hold the 0-based ring index, as the layout engine reads them.
    (d) => setNodeHint(d, VIEW, id, { ring: ring - 1, sector, angle, pinned: angle !== undefined ? true : undefined }),
  ];
  if (person && person.sector !== sector) steps.push((d) => updatePerson(d, id, { sector }));
  for (const tie of doc.ties) {
    const withClient = (tie.from === doc.egoId && tie.to === id) || (tie.to === doc.egoId && tie.from === id);
    if (withClient && tie.closeness !== ring) steps.push((d) => updateTie(d, tie.id, { closeness: ring }));
  }
  return batch(doc, person?.name, steps);
}
