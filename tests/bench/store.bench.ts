import { NetworkStore } from '../../src/store/network-store.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson, updatePerson } from '../../src/model/operations/index.js';
import { medianMs, type BenchReport } from './harness.js';

/** Store undo/redo: 200 edits, then undo all and redo all, against building the same edits. */
export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  for (const n of [200, 1000]) {
    const base = createEmptyNetwork({ name: 'Client' });
    const store = new NetworkStore(base, { historyLimit: n });
    const editMs = await medianMs(
      () => {
        store.replace(base);
        for (let i = 0; i < n; i++) store.apply((d) => (i % 2 ? updatePerson(d, d.egoId, { name: `c${i}` }) : addPerson(d, { kind: 'person', name: `p${i}` })));
      },
      { warmup: 1, repeats: 5 },
    );
    const undoRedoMs = await medianMs(
      () => {
        while (store.undo());
        while (store.redo());
      },
      { warmup: 1, repeats: 5 },
    );
    rows.push({ case: `store-${n}-edits`, n, edit_ms: editMs, undo_redo_all_ms: undoRedoMs, per_step_us: Math.round((undoRedoMs / (2 * n)) * 1000) });
  }
  return { name: 'store', rows };
}
