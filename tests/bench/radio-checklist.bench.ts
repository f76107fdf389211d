import '../../src/radio-checklist.js';
import type { RadioChecklist } from '../../src/radio-checklist.js';
import { suggestStrategies } from '../../src/model/strategy-suggestions.js';
import { summarizeStrategies } from '../../src/model/network-summary.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import { frames, medianMs, round, type BenchReport } from './harness.js';

/**
 * <radio-checklist> on generated networks of 30, 300 and 1000 people: the model rules
 * (suggestions + summary), the first render, and one toggle (choose a strategy → store edit →
 * re-render of the changed row, summary and suggestions).
 * Peer in the same run: the same number of labelled native checkboxes built with plain DOM
 * calls (the least any checklist must do), so the ratio shows what the element adds.
 */
export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const notes: string[] = [];
  for (const n of [30, 300, 1000]) {
    const doc = generateNetwork({ people: n, seed: 7 });
    const modelMs = await medianMs(() => {
      suggestStrategies(doc);
      summarizeStrategies(doc);
    });
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.appendChild(host);
    const renderMs = await medianMs(
      async () => {
        host.replaceChildren();
        const el = document.createElement('radio-checklist') as RadioChecklist;
        el.network = doc;
        host.appendChild(el);
        await el.updateComplete;
        el.getBoundingClientRect(); // layout
      },
      { warmup: 1, repeats: 5 },
    );
    const el = host.querySelector('radio-checklist') as RadioChecklist;
    const members = doc.people.filter((p) => p.id !== doc.egoId);
    let i = 0;
    const toggleMs = await medianMs(
      async () => {
        const person = members[i++ % members.length];
        el.chooseStrategy(i % 2 ? 'onderhouden' : 'activeren', person.id); // the user's path: one store edit
        await el.updateComplete;
        await frames(1);
      },
      { warmup: 1, repeats: 7 },
    );
    const boxes = el.shadowRoot!.querySelectorAll('input[type=checkbox]').length;
    const peerMs = await medianMs(
      () => {
        host.replaceChildren();
        const list = document.createElement('ul');
        for (let b = 0; b < boxes; b++) {
          const li = document.createElement('li');
          const label = document.createElement('label');
          const input = document.createElement('input');
          input.type = 'checkbox';
          label.append(input, `Strategie ${b}`);
          li.append(label);
          list.append(li);
        }
        host.append(list);
        host.getBoundingClientRect();
      },
      { warmup: 1, repeats: 5 },
    );
    host.remove();
    rows.push({
      case: `radio-${n}`,
      people: n,
      checkboxes: boxes,
      model_ms: modelMs,
      first_render_ms: renderMs,
      toggle_ms: toggleMs,
      peer_plain_dom_ms: peerMs,
      render_vs_peer: round(renderMs / Math.max(peerMs, 0.01), 1),
    });
  }
  const big = rows[rows.length - 1];
  notes.push(
    `1000 people: first render ${big.first_render_ms} ms (${big.render_vs_peer}× the plain-DOM checkboxes), one toggle ${big.toggle_ms} ms, rules ${big.model_ms} ms.`,
  );
  return { name: 'radio-checklist', rows, notes };
}
