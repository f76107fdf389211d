import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NetworkStore } from '../../src/store/network-store.js';
import { validateNetwork } from '../../src/model/validate.js';
import { parseNetwork, serializeNetwork } from '../../src/model/json.js';
import * as ops from '../../src/model/operations/index.js';
import { OperationError } from '../../src/model/operations/index.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import type { CareNetwork, OpResult } from '../../src/model/types.js';
import { STRATEGY_KINDS, TIE_QUALITIES, UNION_STATUSES, AGREEMENT_STATUSES } from '../../src/model/types.js';

/** Text a user could type, hostile text included: markup, scripts, RTL, combining marks, very long. */
const userText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'مريم العلي', 'Zoë', 'e\u0301\u0301\u0301', '\u202eevil', 'x'.repeat(5000)),
);

/** One random edit, as numbers that pick targets in whatever the document holds at that moment. */
const step = fc.record({ kind: fc.nat(19), a: fc.nat(), b: fc.nat(), c: fc.nat(), text: userText });
type Step = { kind: number; a: number; b: number; c: number; text: string };

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Turns a step into an operation on the current document, or undefined when it does not apply. */
function operationFor(doc: CareNetwork, s: Step): ((d: CareNetwork) => OpResult) | undefined {
  const person = pick(doc.people, s.a);
  const other = pick(doc.people, s.b);
  const nonEgo = pick(doc.people.filter((p) => p.id !== doc.egoId), s.a);
  const tie = pick(doc.ties, s.a);
  const union = pick(doc.unions, s.a);
  const question = pick(doc.plan.questions, s.a);
  const agreement = pick(doc.plan.agreements, s.b);
  const strategy = pick(doc.strategies, s.c);
  switch (s.kind) {
    case 0: return (d) => ops.addPerson(d, { kind: s.c % 5 ? 'person' : 'organisation', name: s.text, sector: pick(['family', 'friends', 'society', 'professionals'], s.b) });
    case 1: return person && ((d) => ops.updatePerson(d, person.id, { name: s.text, notes: s.text }));
    case 2: return nonEgo && ((d) => ops.removePerson(d, nonEgo.id));
    case 3: return person && other && person.id !== other.id ? (d) => ops.addTie(d, { from: person.id, to: other.id, quality: pick(TIE_QUALITIES, s.c), closeness: 1 + (s.c % 3) }) : undefined;
    case 4: return tie && ((d) => ops.updateTie(d, tie.id, { quality: pick(TIE_QUALITIES, s.b), note: s.text }));
    case 5: return tie && ((d) => ops.removeTie(d, tie.id));
    case 6: return person && other ? (d) => ops.addUnion(d, { partners: person.id === other.id ? [person.id] : [person.id, other.id], history: [{ status: pick(UNION_STATUSES, s.c)! }], children: [] }) : undefined;
    case 7: return union && other ? (d) => ops.addChild(d, union.id, { personId: other.id, kind: 'biological' }) : undefined;
    case 8: return union && ((d) => ops.addUnionEvent(d, union.id, { status: pick(UNION_STATUSES, s.b)! }));
    case 9: return union && ((d) => ops.removeUnion(d, union.id));
    case 10: return (d) => ops.addQuestion(d, { text: s.text });
    case 11: return question && person ? (d) => ops.addAgreement(d, { questionId: question.id, what: s.text, who: [person.id], status: pick(AGREEMENT_STATUSES, s.c)! }) : undefined;
    case 12: return agreement && question ? (d) => ops.moveAgreement(d, agreement.id, { questionId: question.id, status: pick(AGREEMENT_STATUSES, s.c), index: s.a % 4 }) : undefined;
    case 13: return agreement && ((d) => ops.removeAgreement(d, agreement.id));
    case 14: return question && ((d) => ops.removeQuestion(d, question.id));
    case 15: return person && ((d) => ops.addStrategy(d, { kind: pick(STRATEGY_KINDS, s.b)!, personId: person.id, status: 'idea', agreementId: agreement?.id }));
    case 16: return strategy && ((d) => ops.removeStrategy(d, strategy.id));
    case 17: return person && ((d) => ops.setNodeHint(d, 'network-circles', person.id, { ring: s.b % 3, sector: 'family', angle: s.c % 360 }));
    case 18: return (d) => ops.addCondition(d, { text: s.text, agency: 'Jeugdbescherming' });
    default: return person && other ? (d) => ops.addEmotionalRelation(d, { from: person.id, to: other.id, kind: 'close' }) : undefined;
  }
}

describe('model and store under random edit sequences (fast-check)', () => {
  it('10,000 sequences: always valid, undo gives the exact start, redo the exact end, JSON round-trips byte for byte', function () {
    this.timeout(240_000); // ~25 s on a busy 2-core machine; a property run, not a speed goal
    const t0 = performance.now();
    let applied = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 12 }), fc.array(step, { maxLength: 8 }), (seed, size, steps) => {
        const start = generateNetwork({ people: size, seed });
        const store = new NetworkStore(start);
        for (const s of steps) {
          const op = operationFor(store.doc, s);
          if (!op) continue;
          try {
            store.apply(op);
            applied++;
          } catch (error) {
            // Impossible edits (e.g. a cycle, a duplicate child) are refused, never half-applied.
            if (!(error instanceof OperationError)) throw error;
            refused++;
          }
        }
        const end = store.doc;
        const check = validateNetwork(end);
        if (!check.ok) throw new Error(`invalid after edits: ${JSON.stringify(check.errors.slice(0, 2))}`);
        const text = serializeNetwork(end);
        const again = parseNetwork(text);
        if (!again.ok || serializeNetwork(again.doc!) !== text) throw new Error('JSON does not round-trip');
        while (store.undo());
        if (store.doc !== start || serializeNetwork(store.doc) !== serializeNetwork(start)) throw new Error('undo did not restore the start');
        while (store.redo());
        if (store.doc !== end) throw new Error('redo did not restore the end');
      }),
      { numRuns: 10_000, seed: 20261122 },
    );
    console.log(`property runs took ${Math.round(performance.now() - t0)} ms, applied ${applied}, refused ${refused}`);
    // The generator must reach the interesting cases, not only refusals.
    expect(applied).to.be.greaterThan(20_000);
    expect(refused).to.be.lessThan(applied);
  });
});
