import type {
  Agreement,
  AgreementStatus,
  CareNetwork,
  Condition,
  CoreTeam,
  Id,
  Meeting,
  OpResult,
  Plan,
  PlanQuestion,
} from '../types.js';
import { OperationError, applyPatch, change, find, idFor, moveInList, patchList, result, type New } from './shared.js';

const withPlan = (doc: CareNetwork, plan: Partial<Plan>): CareNetwork => ({ ...doc, plan: { ...doc.plan, ...plan } });

export function addQuestion(doc: CareNetwork, question: New<PlanQuestion>): OpResult {
  const id = idFor(doc, 'q', question.id);
  return result(
    withPlan(doc, { questions: [...doc.plan.questions, { ...question, id } as PlanQuestion] }),
    change('plan-question-add', [id], { label: question.text }),
  );
}

export function updateQuestion(doc: CareNetwork, id: Id, patch: Partial<PlanQuestion>): OpResult {
  return result(
    withPlan(doc, { questions: patchList(doc.plan.questions, id, patch, 'question') }),
    change('plan-question-update', [id]),
  );
}

export function moveQuestion(doc: CareNetwork, id: Id, toIndex: number): OpResult {
  const from = doc.plan.questions.findIndex((q) => q.id === id);
  if (from < 0) throw new OperationError(`No question with id "${id}".`, 'unknown-id');
  return result(
    withPlan(doc, { questions: moveInList(doc.plan.questions, from, toIndex) }),
    change('plan-question-move', [id]),
  );
}

/** Removes a question with its agreements; strategies lose the link to those agreements. */
export function removeQuestion(doc: CareNetwork, id: Id): OpResult {
  find(doc.plan.questions, id, 'question');
  const gone = new Set(doc.plan.agreements.filter((a) => a.questionId === id).map((a) => a.id));
  const strategies = doc.strategies.map((s) => (s.agreementId && gone.has(s.agreementId) ? unlink(s) : s));
  return result(
    {
      ...withPlan(doc, {
        questions: doc.plan.questions.filter((q) => q.id !== id),
        agreements: doc.plan.agreements.filter((a) => a.questionId !== id),
      }),
      strategies,
    },
    change('plan-question-remove', [id], { cascade: [...gone] }),
  );
}

function unlink<T extends { agreementId?: Id }>(record: T): T {
  const next = { ...record };
  delete next.agreementId;
  return next;
}

export function addAgreement(doc: CareNetwork, agreement: New<Agreement>): OpResult {
  find(doc.plan.questions, agreement.questionId, 'question');
  for (const who of agreement.who) find(doc.people, who, 'person');
  if (agreement.conditionId) find(doc.plan.conditions, agreement.conditionId, 'condition');
  const id = idFor(doc, 'a', agreement.id);
  return result(
    withPlan(doc, { agreements: [...doc.plan.agreements, { ...agreement, id } as Agreement] }),
    change('agreement-add', [id], { label: agreement.what }),
  );
}

export function updateAgreement(doc: CareNetwork, id: Id, patch: Partial<Agreement>): OpResult {
  if (patch.questionId) find(doc.plan.questions, patch.questionId, 'question');
  for (const who of patch.who ?? []) find(doc.people, who, 'person');
  if (patch.conditionId) find(doc.plan.conditions, patch.conditionId, 'condition');
  const agreements = patchList(doc.plan.agreements, id, patch, 'agreement');
  return result(
    withPlan(doc, { agreements }),
    change('agreement-update', [id], { label: agreements.find((a) => a.id === id)?.what }),
  );
}

/**
 * Moves an agreement to a question (and optionally a status) at a position among that
 * question's agreements. The board's drag and its "move to…" menu both end here. Without an
 * index it goes to the end of another question, or keeps its place in its own question (so a
 * status change alone does not reorder the list).
 */
export function moveAgreement(
  doc: CareNetwork,
  id: Id,
  to: { questionId?: Id; status?: AgreementStatus; index?: number },
): OpResult {
  const agreement = find(doc.plan.agreements, id, 'agreement');
  const questionId = to.questionId ?? agreement.questionId;
  find(doc.plan.questions, questionId, 'question');
  const moved = applyPatch(agreement, { questionId, ...(to.status ? { status: to.status } : {}) });
  const rest = doc.plan.agreements.filter((a) => a.id !== id);
  const siblings = rest.filter((a) => a.questionId === questionId);
  const stay = questionId === agreement.questionId ? doc.plan.agreements.filter((a) => a.questionId === questionId).indexOf(agreement) : -1;
  const index = Math.max(0, Math.min(to.index ?? (stay >= 0 ? stay : siblings.length), siblings.length));
  // Insert before the sibling now at `index`, or after the last sibling.
  const anchor = siblings[index];
  const at = anchor ? rest.indexOf(anchor) : siblings.length ? rest.indexOf(siblings[siblings.length - 1]) + 1 : rest.length;
  const agreements = [...rest.slice(0, at), moved, ...rest.slice(at)];
  return result(withPlan(doc, { agreements }), change('agreement-move', [id], { label: agreement.what }));
}

export interface RemoveAgreementOptions {
  /** Also remove the strategies it carries out (listed in `cascade`). Default: keep them and unlink. */
  withStrategies?: boolean;
}

/**
 * Removes an agreement. The strategies it carried out lose the link, or are removed too with
 * `withStrategies`; either way their ids are listed in `cascade`.
 */
export function removeAgreement(doc: CareNetwork, id: Id, options: RemoveAgreementOptions = {}): OpResult {
  const agreement = find(doc.plan.agreements, id, 'agreement');
  const cascade = doc.strategies.filter((s) => s.agreementId === id).map((s) => s.id);
  const strategies = options.withStrategies
    ? doc.strategies.filter((s) => s.agreementId !== id)
    : doc.strategies.map((s) => (s.agreementId === id ? unlink(s) : s));
  return result(
    {
      ...withPlan(doc, { agreements: doc.plan.agreements.filter((a) => a.id !== id) }),
      strategies,
    },
    change('agreement-remove', [id], { cascade, label: agreement.what }),
  );
}

export function addCondition(doc: CareNetwork, condition: New<Condition>): OpResult {
  const id = idFor(doc, 'c', condition.id);
  return result(
    withPlan(doc, { conditions: [...doc.plan.conditions, { ...condition, id } as Condition] }),
    change('condition-add', [id], { label: condition.text }),
  );
}

export function updateCondition(doc: CareNetwork, id: Id, patch: Partial<Condition>): OpResult {
  return result(
    withPlan(doc, { conditions: patchList(doc.plan.conditions, id, patch, 'condition') }),
    change('condition-update', [id]),
  );
}

/** Removes a condition; agreements that answered it lose the link (listed in `cascade`). */
export function removeCondition(doc: CareNetwork, id: Id): OpResult {
  find(doc.plan.conditions, id, 'condition');
  const cascade: Id[] = [];
  const agreements = doc.plan.agreements.map((a) => {
    if (a.conditionId !== id) return a;
    cascade.push(a.id);
    const next = { ...a };
    delete next.conditionId;
    return next;
  });
  return result(
    withPlan(doc, { conditions: doc.plan.conditions.filter((c) => c.id !== id), agreements }),
    change('condition-remove', [id], { cascade }),
  );
}

export function setCoreTeam(doc: CareNetwork, coreTeam: CoreTeam): OpResult {
  for (const m of coreTeam.members) find(doc.people, m, 'person');
  if (coreTeam.chairId && !coreTeam.members.includes(coreTeam.chairId))
    throw new OperationError('The chair must be a member of the core team.', 'chair-not-member');
  return result(withPlan(doc, { coreTeam }), change('core-team-set', [...coreTeam.members]));
}

export function addMeeting(doc: CareNetwork, meeting: New<Meeting>): OpResult {
  const id = idFor(doc, 'm', meeting.id);
  return result(withPlan(doc, { meetings: [...doc.plan.meetings, { ...meeting, id } as Meeting] }), change('meeting-add', [id]));
}

export function updateMeeting(doc: CareNetwork, id: Id, patch: Partial<Meeting>): OpResult {
  return result(withPlan(doc, { meetings: patchList(doc.plan.meetings, id, patch, 'meeting') }), change('meeting-update', [id]));
}

export function removeMeeting(doc: CareNetwork, id: Id): OpResult {
  find(doc.plan.meetings, id, 'meeting');
  return result(withPlan(doc, { meetings: doc.plan.meetings.filter((m) => m.id !== id) }), change('meeting-remove', [id]));
}

/** Plan-level fields such as the next review date. */
export function updatePlan(doc: CareNetwork, patch: Partial<Pick<Plan, 'reviewDate'>> & Record<string, unknown>): OpResult {
  const { questions: _q, agreements: _a, conditions: _c, coreTeam: _t, meetings: _m, ...rest } = patch;
  return result({ ...doc, plan: applyPatch(doc.plan, rest as Partial<Plan>) }, change('document-update', []));
}
