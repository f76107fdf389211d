import { validateNetwork } from '../../src/model/validate.js';
import { parseNetwork, serializeNetwork } from '../../src/model/json.js';
import { addPerson, addTie, removePerson, updatePerson } from '../../src/model/operations/index.js';
import type { CareNetwork, Person } from '../../src/model/types.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import schemaValidate from '../model/generated/schema-validator.js';
import { round, type BenchReport } from './harness.js';

/**
 * Median and minimum wall time of `fn` in ms. The machines running this are shared and
 * often loaded; the minimum is the steadier figure of what the code itself costs.
 */
async function timeMs(fn: () => unknown, { warmup = 3, repeats = 15 } = {}): Promise<{ median: number; min: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

/**
 * Model throughput at 1,000 and 5,000 people.
 * - validation: validateNetwork (structure + references, dates, cycles) against ajv's compiled
 *   validator for schema/care-network.schema.json (structure only) as the peer;
 * - parse: parseNetwork(text) against JSON.parse + ajv; serialize: serializeNetwork against
 *   JSON.stringify(doc, null, 2) (no stable key order);
 * - operations: ops/s of addPerson/updatePerson/removePerson/addTie, against the smallest
 *   hand-written immutable update doing the same edit (the floor any pure operation pays).
 */
export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const notes: string[] = [];
  for (const n of [1000, 5000]) {
    const doc = generateNetwork({ people: n, seed: 42 });
    const text = serializeNetwork(doc);
    if (!validateNetwork(doc).ok || !schemaValidate(doc)) throw new Error('generated network is not valid');

    const compare = async (name: string, ours: () => unknown, peer: string, theirs: () => unknown, repeats = 25) => {
      const a = await timeMs(ours, { warmup: 5, repeats });
      const b = await timeMs(theirs, { warmup: 5, repeats });
      rows.push({
        case: name,
        n,
        ours_ms: round(a.median),
        peer,
        peer_ms: round(b.median),
        ratio: round(a.median / b.median),
        ours_min_ms: round(a.min),
        peer_min_ms: round(b.min),
        ratio_min: round(a.min / b.min),
      });
      return round(a.min);
    };
    const validateMs = await compare('validate', () => validateNetwork(doc), 'ajv-schema', () => schemaValidate(doc));
    await compare('parse+validate', () => parseNetwork(text), 'JSON.parse+ajv', () => schemaValidate(JSON.parse(text)), 15);
    await compare('serialize', () => serializeNetwork(doc), 'JSON.stringify', () => JSON.stringify(doc, null, 2), 15);
    if (n === 1000) notes.push(`validateNetwork on 1,000 people: ${validateMs} ms at best (goal: well under 10 ms).`);

    const ids = doc.people.map((p) => p.id);
    const count = 200;
    const ops: Array<[string, (d: CareNetwork, i: number) => CareNetwork, (d: CareNetwork, i: number) => CareNetwork]> = [
      [
        'addPerson',
        (d, i) => addPerson(d, { id: `new${i}`, kind: 'person', name: `Nieuw ${i}` }).doc,
        (d, i) => ({ ...d, people: [...d.people, { id: `new${i}`, kind: 'person', name: `Nieuw ${i}` }] }),
      ],
      [
        'updatePerson',
        (d, i) => updatePerson(d, ids[1 + (i % (n - 1))], { notes: `notitie ${i}` }).doc,
        (d, i) => {
          const id = ids[1 + (i % (n - 1))];
          return { ...d, people: d.people.map((p): Person => (p.id === id ? { ...p, notes: `notitie ${i}` } : p)) };
        },
      ],
      [
        'removePerson',
        (d, i) => removePerson(d, ids[n - 1 - i]).doc,
        (d, i) => {
          const id = ids[n - 1 - i];
          return { ...d, people: d.people.filter((p) => p.id !== id), ties: d.ties.filter((t) => t.from !== id && t.to !== id) };
        },
      ],
      [
        'addTie',
        (d, i) => addTie(d, { id: `nt${i}`, from: ids[1 + (i % (n - 1))], to: ids[1 + ((i * 7 + 3) % (n - 1))] === ids[1 + (i % (n - 1))] ? ids[0] : ids[1 + ((i * 7 + 3) % (n - 1))], quality: 'normal' }).doc,
        (d, i) => ({ ...d, ties: [...d.ties, { id: `nt${i}`, from: ids[1 + (i % (n - 1))], to: ids[0], quality: 'normal' }] }),
      ],
    ];
    for (const [name, op, floor] of ops) {
      const chain = (f: (d: CareNetwork, i: number) => CareNetwork) => () => {
        let d = doc;
        for (let i = 0; i < count; i++) d = f(d, i);
        return d;
      };
      const a = await timeMs(chain(op), { warmup: 2, repeats: 7 });
      const b = await timeMs(chain(floor), { warmup: 2, repeats: 7 });
      rows.push({
        case: `op:${name}`,
        n,
        ours_ms: round(a.median / count, 4),
        peer: 'minimal-spread',
        peer_ms: round(b.median / count, 4),
        ratio: round(a.median / b.median),
        ours_min_ms: round(a.min / count, 4),
        peer_min_ms: round(b.min / count, 4),
        ratio_min: round(a.min / b.min),
        ops_per_s: Math.round((count * 1000) / a.median),
        ops_per_s_best: Math.round((count * 1000) / a.min),
      });
    }
  }
  notes.push('ours_ms/peer_ms: median per call (op:* rows: per operation, chains of 200 edits); *_min_ms: fastest run. ratio = ours / peer.');
  notes.push('ajv checks structure only; validateNetwork also checks ids, references, dates, cycles and JSON safety.');
  return { name: 'model', rows, notes };
}
