import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseNetwork, serializeNetwork } from '../../src/model/json.js';
import { validateNetwork } from '../../src/model/validate.js';
import { careCase } from '../fixtures/care-case.js';

const good = serializeNetwork(careCase);

/** A mutation of a valid document's text: cut, flipped character, deleted or doubled line. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '0', ' ', '\u0000', '\u2028') }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double-line' as const), at: fc.nat() }),
);

function mutate(text: string, steps: Array<{ kind: string; at: number; char?: string }>): string {
  let out = text;
  for (const s of steps) {
    const lines = out.split('\n');
    const i = s.at % Math.max(1, out.length);
    const l = s.at % Math.max(1, lines.length);
    if (s.kind === 'cut') out = out.slice(0, i);
    else if (s.kind === 'flip') out = out.slice(0, i) + s.char + out.slice(i + 1);
    else if (s.kind === 'delete-line') out = [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
    else out = [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
  }
  return out;
}

/** Every answer is a valid document or errors that say where; never a throw, never a hang. */
function checkAnswer(text: string): void {
  const t0 = performance.now();
  const result = parseNetwork(text);
  const ms = performance.now() - t0;
  if (ms > 2000) throw new Error(`parseNetwork took ${Math.round(ms)} ms`);
  if (result.ok) {
    if (!result.doc || !validateNetwork(result.doc).ok) throw new Error('ok without a valid document');
    return;
  }
  if (!result.errors.length) throw new Error('not ok, but no errors');
  for (const e of result.errors) {
    if (!e.messages.en || !e.messages.nl) throw new Error('an error without its messages');
    if (e.code === 'json-syntax' && !(e.line! >= 1 && e.column! >= 1)) throw new Error(`syntax error without a location: ${JSON.stringify(e)}`);
  }
}

describe('JSON import under random and mutated input (fast-check)', () => {
  it('random text and random JSON values: never throws, bounded, ends in a document or located errors', function () {
    this.timeout(120_000);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 6 }), fc.string({ unit: 'grapheme', maxLength: 100 })), checkAnswer), { numRuns: 2000, seed: 7 });
  });

  it('mutated documents (cuts, flips, deleted and doubled lines): same promises, and syntax errors point at a line', function () {
    this.timeout(180_000);
    let located = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => {
        const text = mutate(good, steps);
        checkAnswer(text);
        const r = parseNetwork(text);
        if (!r.ok && r.errors[0].line) located++;
      }),
      { numRuns: 1500, seed: 11 },
    );
    expect(located).to.be.greaterThan(500);
  });

});
