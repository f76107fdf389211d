import { validateNetwork } from '../../src/model/validate.js';
import { parseNetwork, serializeNetwork } from '../../src/model/json.js';
import { addPerson, addTie, removePerson, updatePerson } from '../../src/model/operations/index.js';
import type { CareNetwork, Person } from '../../src/model/types.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import schemaValidate from '../model/generated/schema-validator.js';
import { medianMs, round, type BenchReport } from './harness.js';

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
      const ours_ms = await medianMs(ours, { warmup: 5, repeats });
      const peer_ms = await medianMs(theirs, { warmup: 5, repeats });
      rows.push({ case: name, n, ours_ms, peer, peer_ms, ratio: round(ours_ms / peer_ms) });
      return ours_ms;
    };
    const validateMs = await compare('validate', () => validateNetwork(doc), 'ajv-schema', () => schemaValidate(doc));
    await compare('parse+validate', () => parseNetwork(text), 'JSON.parse+ajv', () => schemaValidate(JSON.parse(text)), 15);
    await compare('serialize', () => serializeNetwork(doc), 'JSON.stringify', () => JSON.stringify(doc, null, 2), 15);
    if (n === 1000) notes.push(`validateNetwork on 1,000 people: ${validateMs} ms (goal: well under 10 ms).`);

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
      const ours = await medianMs(chain(op), { warmup: 2, repeats: 7 });
      const peer = await medianMs(chain(floor), { warmup: 2, repeats: 7 });
      rows.push({
        case: `op:${name}`,
        n,
        ours_ms: round(ours / count, 4),
        ops_per_s: Math.round((count * 1000) / ours),
        peer: 'minimal-spread',
        peer_ms: round(peer / count, 4),
        ratio: round(ours / peer),
      });
    }
  }
  notes.push('ours_ms/peer_ms per call; for op:* rows, per operation (chains of 200 edits). ratio = ours / peer.');
  notes.push('ajv checks structure only; validateNetwork also checks ids, references, dates, cycles and JSON safety.');
  return { name: 'model', rows, notes };
}
