import '../../src/genogram-editor.js';
import type { GenogramEditor } from '../../src/genogram-editor.js';
import { computeLayout } from '../../src/components/genogram-editor/genogram-layout.js';
import { genogramView } from '../../src/components/genogram-editor/family-graph.js';
import { generateFamily } from '../components/genogram-editor/generate-family.js';
import { careCase } from '../fixtures/care-case.js';
import { longestTask, medianMs, type BenchReport } from './harness.js';

/**
 * <genogram-editor>: layout alone and layout + render of the whole family (no focus window) for
 * 25, 100 and 500 people and the care-case fixture, with the layout's quality report. The peer
 * in the same run is the layout alone: render cost is reported as a ratio to it.
 */
export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const cases = [
    { name: 'care-case', doc: careCase },
    ...[25, 100, 500].map((n) => ({ name: `family-${n}`, doc: generateFamily(n) })),
  ];
  for (const { name, doc } of cases) {
    const view = genogramView(doc);
    const layout = computeLayout(view, {});
    const layoutMs = await medianMs(() => computeLayout(view, {}), { warmup: 2, repeats: 7 });
    let el: GenogramEditor | undefined;
    const renderMs = await medianMs(
      async () => {
        el?.remove();
        el = document.createElement('genogram-editor');
        el.largeFamily = 100000;
        el.network = doc;
        document.body.append(el);
        await el.updateComplete;
      },
      { warmup: 1, repeats: 5 },
    );
    const longest = await longestTask(async () => {
      el?.remove();
      el = document.createElement('genogram-editor');
      el.largeFamily = 100000;
      el.network = doc;
      document.body.append(el);
      await el.updateComplete;
    });
    el?.remove();
    rows.push({
      case: name,
      n: view.people.length,
      layout_ms: layoutMs,
      layout_render_ms: renderMs,
      render_vs_layout: Math.round((renderMs / Math.max(0.01, layoutMs)) * 10) / 10,
      longest_task_ms: longest,
      overlaps: layout.quality.overlaps,
      off_row: layout.quality.offRow,
      couples_adjacent: Math.round(layout.quality.couplesAdjacent * 100) / 100,
      crossings: layout.quality.crossings,
      sibship_offset: Math.round(layout.quality.meanSibshipOffset),
      compromises: layout.compromises.length,
    });
  }
  // A large imported family opens as a focus window (default: from 120 people on).
  for (const n of [2000]) {
    const doc = generateFamily(n);
    let el: GenogramEditor | undefined;
    const mount = async () => {
      el?.remove();
      el = document.createElement('genogram-editor');
      el.network = doc;
      document.body.append(el);
      await el.updateComplete;
    };
    const renderMs = await medianMs(mount, { warmup: 1, repeats: 5 });
    const longest = await longestTask(mount);
    const shown = el!.shadowRoot!.querySelectorAll('svg[part="drawing"] [data-person]').length;
    el?.remove();
    rows.push({ case: `family-${n}-focus-window`, n, shown, layout_render_ms: renderMs, longest_task_ms: longest });
  }
  return {
    name: 'genogram-editor',
    rows,
    notes: [
      'layout_render_ms: set network → first render complete; family-N rows draw the whole family (no focus window).',
      'family-2000-focus-window: the default focus window (2 generations around the client); shown = people drawn.',
    ],
  };
}
