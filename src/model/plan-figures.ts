/**
 * Figures and filters of the network's plan: who carries how many agreements, which
 * agreements a filter shows, when the next review is. Pure functions of the document, so the
 * board, the print view and the text exports agree on every number.
 */
import type { Agreement, AgreementStatus, CareNetwork, Id, PartialDate, Person } from './types.js';

/**
 * Statuses that still weigh on the people who carry them. Done and stopped agreements are
 * finished; paused ones are on hold and do not count as today's load.
 */
export const OPEN_STATUSES: readonly AgreementStatus[] = ['not-started', 'in-progress'];

export const isOpen = (agreement: Agreement): boolean => OPEN_STATUSES.includes(agreement.status);

/** Someone carries "far more" when they have at least this many open agreements… */
export const HEAVY_MIN = 3;
/** …and at least this many times the average open load of the other carers in the plan. */
export const HEAVY_RATIO = 2;

export interface PersonLoad {
  personId: Id;
  /** Open agreements this person carries (alone or with others). */
  open: number;
  /** All agreements this person is named in, whatever their status. */
  total: number;
  /** Average open load of the people in the plan apart from the client (the same for every row). */
  average: number;
  /** A gentle signal: this person carries far more than the others. */
  heavy: boolean;
}

/**
 * The people who take part in the plan: everyone named in an agreement and the core team,
 * in the order of the network (the client first).
 */
export function planPeople(doc: CareNetwork): Person[] {
  const ids = new Set<Id>(doc.plan.coreTeam.members);
  for (const a of doc.plan.agreements) for (const w of a.who) ids.add(w);
  const people = doc.people.filter((p) => ids.has(p.id));
  return people.sort((a, b) => (a.id === doc.egoId ? -1 : b.id === doc.egoId ? 1 : 0));
}

/**
 * Open and total agreements per person of the plan, heaviest first (ties keep network order).
 * `heavy` marks someone with at least {@link HEAVY_MIN} open agreements and at least
 * {@link HEAVY_RATIO} times the average of the people in the plan (a few people sharing the work
 * evenly are not singled out). The client's own part is counted and shown but never signalled:
 * taking part in one's own plan is the point, and the signal is there to protect the carers.
 * With fewer than two carers there is nobody to compare, and nobody is heavy.
 */
export function loadPerPerson(doc: CareNetwork): PersonLoad[] {
  const people = planPeople(doc);
  const open = new Map<Id, number>();
  const total = new Map<Id, number>();
  for (const a of doc.plan.agreements) {
    for (const w of new Set(a.who)) {
      total.set(w, (total.get(w) ?? 0) + 1);
      if (isOpen(a)) open.set(w, (open.get(w) ?? 0) + 1);
    }
  }
  const carers = people.filter((p) => p.id !== doc.egoId);
  const sum = carers.reduce((s, p) => s + (open.get(p.id) ?? 0), 0);
  const average = carers.length ? sum / carers.length : 0;
  const loads = people.map((p): PersonLoad => {
    const mine = open.get(p.id) ?? 0;
    const heavy = p.id !== doc.egoId && carers.length > 1 && mine >= HEAVY_MIN && mine >= HEAVY_RATIO * average;
    return { personId: p.id, open: mine, total: total.get(p.id) ?? 0, average, heavy };
  });
  return loads.sort((a, b) => b.open - a.open);
}

export interface AgreementFilter {
  /** Only agreements this person carries ("what have I agreed to?"). */
  personId?: Id;
  /** Only agreements with one of these statuses. */
  statuses?: readonly AgreementStatus[];
  /** Only agreements under this question. */
  questionId?: Id;
}

/** True when no filter narrows the view. */
export const isEmptyFilter = (f: AgreementFilter): boolean => !f.personId && !f.statuses?.length && !f.questionId;

export function matchesFilter(agreement: Agreement, filter: AgreementFilter): boolean {
  if (filter.personId && !agreement.who.includes(filter.personId)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(agreement.status)) return false;
  if (filter.questionId && agreement.questionId !== filter.questionId) return false;
  return true;
}

/** The agreements a filter shows, in plan order. */
export function filterAgreements(agreements: readonly Agreement[], filter: AgreementFilter): Agreement[] {
  return agreements.filter((a) => matchesFilter(a, filter));
}

/** Number of agreements per status (every status present, zero when none). */
export function countByStatus(agreements: readonly Agreement[]): Record<AgreementStatus, number> {
  const counts: Record<AgreementStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0, paused: 0, stopped: 0 };
  for (const a of agreements) if (a.status in counts) counts[a.status]++;
  return counts;
}

/** True for a full calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isFullDate(date: PartialDate | undefined): date is string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ReviewMoment {
  date: PartialDate;
  /** The agreement reviewed then; absent for the review of the whole plan. */
  agreementId?: Id;
}

/**
 * The next review on or after `today`: the plan's review date or the review date of an
 * agreement that is not finished, whichever comes first. Partial dates compare by their
 * known part (`2026-03` is "in March 2026").
 */
export function nextReview(doc: CareNetwork, today: string = todayIso()): ReviewMoment | undefined {
  const moments: ReviewMoment[] = [];
  if (doc.plan.reviewDate) moments.push({ date: doc.plan.reviewDate });
  for (const a of doc.plan.agreements)
    if (a.reviewDate && a.status !== 'done' && a.status !== 'stopped') moments.push({ date: a.reviewDate, agreementId: a.id });
  const upcoming = moments.filter((m) => m.date >= today.slice(0, m.date.length));
  upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return upcoming[0];
}
