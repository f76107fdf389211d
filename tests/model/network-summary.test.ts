import { expect } from '@open-wc/testing';
import { summarizeStrategies } from '../../src/model/network-summary.js';
import { addStrategy } from '../../src/model/operations/index.js';
import type { CareNetwork } from '../../src/model/types.js';
import type { New } from '../../src/model/operations/shared.js';
import type { Strategy } from '../../src/model/types.js';
import { radioDoc } from './radio-doc.js';

function withStrategies(doc: CareNetwork, list: Array<New<Strategy>>): CareNetwork {
  return list.reduce<CareNetwork>((d, s) => addStrategy(d, s).doc, doc);
}

describe('network summary (model)', () => {
  const base = radioDoc(
    [
      { id: 'mama', sector: 'family' },
      { id: 'oma', sector: 'family' },
      { id: 'lotte', sector: 'friends' },
      { id: 'ggz', professional: true },
      { id: 'opa', sector: 'family', deceased: true },
    ],
    [{ to: 'oma' }],
  );

  it('counts people per strategy and status, and the informal/professional balance', () => {
    const doc = withStrategies(base, [
      { kind: 'reanimeren', personId: 'oma', status: 'planned' },
      { kind: 'reanimeren', tieId: 't1', status: 'idea' }, // oma again, through her tie
      { kind: 'reanimeren', personId: 'lotte', status: 'done' },
      { kind: 'onderhouden', personId: 'mama', status: 'in-progress' },
    ]);
    const s = summarizeStrategies(doc);
    const r = s.kinds.find((k) => k.kind === 'reanimeren')!;
    expect(r.strategies).to.equal(3);
    expect(r.people).to.equal(2);
    expect(r.byStatus).to.deep.equal({ idea: 1, planned: 1, 'in-progress': 0, done: 1 });
    expect(s.kinds.map((k) => k.kind)).to.deep.equal(['reanimeren', 'activeren', 'deblokkeren', 'intensiveren', 'onderhouden', 'uitbreiden']);
    expect(s.byStatus).to.deep.equal({ idea: 1, planned: 1, 'in-progress': 1, done: 1 });
    expect(s.peopleWithStrategy).to.equal(3);
    expect(s.members).to.equal(4); // opa is deceased
    expect(s.informal).to.equal(3);
    expect(s.professional).to.equal(1);
  });

  it('lists the sectors without any strategy, also the empty ones', () => {
    const doc = withStrategies(base, [{ kind: 'onderhouden', personId: 'mama', status: 'idea' }]);
    const s = summarizeStrategies(doc);
    expect(s.sectorsWithoutStrategy).to.deep.equal(['friends', 'society', 'professionals']);
    expect(s.sectors.find((x) => x.sector === 'family')).to.deep.equal({ sector: 'family', members: 2, withStrategy: 1 });
    expect(s.sectors.find((x) => x.sector === 'society')!.members).to.equal(0);
  });

  it('tells whether the network is being extended', () => {
    expect(summarizeStrategies(base).extending).to.equal(false);
    const planned = withStrategies(base, [{ kind: 'uitbreiden', status: 'planned' }]);
    const s = summarizeStrategies(planned);
    expect(s.extending).to.equal(true);
    expect(s.kinds.find((k) => k.kind === 'uitbreiden')!.network).to.equal(true);
    const done = withStrategies(base, [{ kind: 'uitbreiden', status: 'done' }]);
    expect(summarizeStrategies(done).extending).to.equal(false);
    expect(summarizeStrategies(done).extendingByStatus.done).to.equal(1);
  });

  it('counts strategies carried out by an agreement', () => {
    let doc: CareNetwork = {
      ...base,
      plan: { ...base.plan, questions: [{ id: 'q1', text: 'Meer contact' }], agreements: [{ id: 'a1', questionId: 'q1', what: 'Bellen', who: ['oma'], status: 'not-started' }] },
    };
    doc = withStrategies(doc, [{ kind: 'reanimeren', personId: 'oma', status: 'planned', agreementId: 'a1' }]);
    expect(summarizeStrategies(doc).kinds[0].linked).to.equal(1);
  });
});
