import { expect } from '@open-wc/testing';
import {
  countByStatus,
  filterAgreements,
  isFullDate,
  loadPerPerson,
  nextReview,
  planPeople,
  todayIso,
} from '../../src/model/plan-figures.js';
import type { Agreement, CareNetwork } from '../../src/model/types.js';
import { samplePlan } from '../../stories/plan-board.fixtures.js';

const withAgreements = (doc: CareNetwork, agreements: Agreement[]): CareNetwork => ({ ...doc, plan: { ...doc.plan, agreements } });

describe('plan figures', () => {
  it('counts open agreements per person; done, stopped and paused do not weigh', () => {
    const doc = samplePlan();
    const loads = new Map(loadPerPerson(doc).map((l) => [l.personId, l]));
    // Oma Joke: wake-up calls (in progress), cooking (done), free afternoon (paused), calling (not started).
    expect(loads.get('joke')).to.include({ open: 2, total: 4 });
    expect(loads.get('kim')).to.include({ open: 0, total: 1 });
    expect(loads.get('daan')).to.include({ open: 3, total: 3 });
    // Heaviest first.
    const opens = loadPerPerson(doc).map((l) => l.open);
    expect(opens).to.deep.equal([...opens].sort((a, b) => b - a));
  });

  it('gives a gentle signal only when one person carries far more than the others', () => {
    const doc = samplePlan();
    const base = doc.plan.agreements[0];
    const many = Array.from({ length: 5 }, (_, i): Agreement => ({ ...base, id: `h${i}`, who: ['ahmed'], status: 'in-progress' }));
    const heavy = loadPerPerson(withAgreements(doc, [...many, { ...base, id: 'x', who: ['kim'] }]));
    expect(heavy.find((l) => l.personId === 'ahmed')!.heavy).to.equal(true);
    expect(heavy.find((l) => l.personId === 'kim')!.heavy).to.equal(false);
    // Evenly shared: nobody is singled out.
    const even = ['ahmed', 'kim', 'joke'].flatMap((w) =>
      [0, 1, 2].map((i): Agreement => ({ ...base, id: `${w}${i}`, who: [w], status: 'not-started' })),
    );
    expect(loadPerPerson(withAgreements(doc, even)).some((l) => l.heavy)).to.equal(false);
    // The client's own part is never signalled.
    const client = Array.from({ length: 6 }, (_, i): Agreement => ({ ...base, id: `c${i}`, who: ['daan'], status: 'in-progress' }));
    expect(loadPerPerson(withAgreements(doc, client)).find((l) => l.personId === 'daan')).to.include({ open: 6, heavy: false });
    // Alone in the plan there is no one to compare with.
    const alone = { ...withAgreements(doc, many), plan: { ...doc.plan, agreements: many, coreTeam: { members: [] } } };
    expect(loadPerPerson(alone).map((l) => l.heavy)).to.deep.equal([false]);
  });

  it('lists the plan people with the client first', () => {
    const people = planPeople(samplePlan()).map((p) => p.id);
    expect(people[0]).to.equal('daan');
    expect(people).to.include.members(['joke', 'mentor', 'jb', 'ahmed']);
  });

  it('filters by person, status and question together', () => {
    const { plan } = samplePlan();
    expect(filterAgreements(plan.agreements, { personId: 'joke' }).map((a) => a.id)).to.deep.equal(['a-wake', 'a-cook', 'a-break', 'a-call']);
    expect(filterAgreements(plan.agreements, { personId: 'joke', statuses: ['in-progress'] }).map((a) => a.id)).to.deep.equal(['a-wake']);
    expect(filterAgreements(plan.agreements, { questionId: 'q-papa' })).to.have.length(2);
    expect(filterAgreements(plan.agreements, {})).to.have.length(plan.agreements.length);
    expect(countByStatus(plan.agreements)).to.deep.equal({ 'not-started': 3, 'in-progress': 3, done: 1, paused: 1, stopped: 0 });
  });

  it('finds the next review among the plan and unfinished agreements', () => {
    const doc = samplePlan();
    expect(nextReview(doc, '2026-12-01')).to.deep.equal({ date: '2026-12-12', agreementId: 'a-visit' });
    expect(nextReview(doc, '2026-12-13')!.date).to.equal('2026-12-15');
    // A month-only date counts for the whole month.
    expect(nextReview(doc, '2027-01-21')!.date).to.equal('2027-01');
    expect(nextReview(doc, '2027-02-02')).to.equal(undefined);
  });

  it('knows full dates from partial and impossible ones', () => {
    expect(isFullDate('2026-02-28')).to.equal(true);
    expect(isFullDate('2026-02-30')).to.equal(false);
    expect(isFullDate('2026-02')).to.equal(false);
    expect(isFullDate(undefined)).to.equal(false);
    expect(todayIso(new Date(2026, 0, 5))).to.equal('2026-01-05');
  });
});
