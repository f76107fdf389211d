import type { CareNetwork, Id, OpResult, Strategy } from '../types.js';
import { change, find, idFor, patchList, result, type New } from './shared.js';

function checkTargets(doc: CareNetwork, s: Partial<Strategy>): void {
  if (s.personId) find(doc.people, s.personId, 'person');
  if (s.tieId) find(doc.ties, s.tieId, 'tie');
  if (s.agreementId) find(doc.plan.agreements, s.agreementId, 'agreement');
}

export function addStrategy(doc: CareNetwork, strategy: New<Strategy>): OpResult {
  checkTargets(doc, strategy);
  const id = idFor(doc, 's', strategy.id);
  return result({ ...doc, strategies: [...doc.strategies, { ...strategy, id } as Strategy] }, change('strategy-add', [id]));
}

export function updateStrategy(doc: CareNetwork, id: Id, patch: Partial<Strategy>): OpResult {
  checkTargets(doc, patch);
  return result({ ...doc, strategies: patchList(doc.strategies, id, patch, 'strategy') }, change('strategy-update', [id]));
}

export function removeStrategy(doc: CareNetwork, id: Id): OpResult {
  find(doc.strategies, id, 'strategy');
  return result({ ...doc, strategies: doc.strategies.filter((s) => s.id !== id) }, change('strategy-remove', [id]));
}
