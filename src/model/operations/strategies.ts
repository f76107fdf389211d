import type { Agreement, CareNetwork, Id, OpResult, PartialDate, Strategy } from '../types.js';
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

export interface RemoveStrategyOptions {
  /**
   * Also remove the plan agreement that carries the strategy out. Other strategies linked to
   * the same agreement lose the link (listed in `cascade`). Default: keep the agreement.
   */
  withAgreement?: boolean;
}

/** Removes a strategy; its agreement stays in the plan unless `withAgreement`. */
export function removeStrategy(doc: CareNetwork, id: Id, options: RemoveStrategyOptions = {}): OpResult {
  const strategy = find(doc.strategies, id, 'strategy');
  const agreementId = options.withAgreement ? strategy.agreementId : undefined;
  if (!agreementId || !doc.plan.agreements.some((a) => a.id === agreementId)) {
    return result({ ...doc, strategies: doc.strategies.filter((s) => s.id !== id) }, change('strategy-remove', [id]));
  }
  const cascade: Id[] = [agreementId];
  const strategies = doc.strategies
    .filter((s) => s.id !== id)
    .map((s) => {
      if (s.agreementId !== agreementId) return s;
      cascade.push(s.id);
      return unlinkAgreement(s);
    });
  const plan = { ...doc.plan, agreements: doc.plan.agreements.filter((a) => a.id !== agreementId) };
  return result({ ...doc, plan, strategies }, change('strategy-remove', [id], { cascade }));
}

/** A copy of a strategy without its agreement link. */
export function unlinkAgreement(strategy: Strategy): Strategy {
  const next = { ...strategy };
  delete next.agreementId;
  return next;
}

/** The strategies an agreement carries out: the other direction of `strategy.agreementId`. */
export function strategiesForAgreement(doc: CareNetwork, agreementId: Id): Strategy[] {
  return doc.strategies.filter((s) => s.agreementId === agreementId);
}

/** The agreement that carries a strategy out, if it is linked and still in the plan. */
export function agreementForStrategy(doc: CareNetwork, strategy: Strategy): Agreement | undefined {
  return strategy.agreementId ? doc.plan.agreements.find((a) => a.id === strategy.agreementId) : undefined;
}

/** Remembers that a suggestion was dismissed, so it stays away for everyone who opens the document. */
export function dismissSuggestion(doc: CareNetwork, key: string, date?: PartialDate): OpResult {
  const current = doc.dismissedSuggestions ?? [];
  if (current.some((d) => d.key === key)) return result(doc, change('suggestion-dismiss', [key]));
  const entry = date ? { key, date } : { key };
  return result({ ...doc, dismissedSuggestions: [...current, entry] }, change('suggestion-dismiss', [key]));
}

/** Brings a dismissed suggestion back. */
export function restoreSuggestion(doc: CareNetwork, key: string): OpResult {
  const current = doc.dismissedSuggestions ?? [];
  if (!current.some((d) => d.key === key)) return result(doc, change('suggestion-restore', [key]));
  return result(
    { ...doc, dismissedSuggestions: current.filter((d) => d.key !== key) },
    change('suggestion-restore', [key]),
  );
}
