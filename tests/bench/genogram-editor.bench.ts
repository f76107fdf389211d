import '../../src/genogram-editor.js';
import type { GenogramEditor } from '../../src/genogram-editor.js';
import { computeLayout } from '../../src/components/genogram-editor/genogram-layout.js';
import { genogramView } from '../../src/components/genogram-editor/family-graph.js';
import { importGedcom } from '../../src/io/index.js';
import type { CareNetwork } from '../../src/model/types.js';
import { generateFamily } from '../components/genogram-editor/generate-family.js';
import { careCase } from '../fixtures/care-case.js';
import { fetchSharedFixture } from './shared-fixtures.js';
import { frames, longestTask, medianMs, round, type BenchReport } from './harness.js';

/** The public GEDCOM families (../shared/fixtures/gedcom), read through the bench server. */
const GEDCOM_FILES = [
  'gedcom/gedcom-go/555SAMPLE.GED',
  'gedcom/samples/bronte.ged',
  'gedcom/samples/shakespeare.ged',
  'gedcom/samples/kennedy.ged',
  'gedcom/samples/washington.ged',
  'gedcom/samples/royal92.ged',
];

let el: GenogramEditor | undefined;

/**
 * Set network → the drawing is complete on screen: the element's update, every slice of a
 * progressive drawing (`drawn`), and the frame that paints it.
 */
async function mount(doc: CareNetwork, options: { all?: boolean } = {}): Promise<void> {
  el?.remove();
  el = document.createElement('genogram-editor');
  if (options.all) el.largeFamily = 100000;
  el.network = doc;
  document.body.append(el);
  await el.updateComplete;
  await el.drawn;
  await frames(1);
}

function shownPeople(): number {
  return el!.shadowRoot!.querySelectorAll('svg[part="drawing"] [data-person]').length;
}

function quality(layout: GenogramEditor['layout']) {
  return {
    overlaps: layout.quality.overlaps,
    off_row: layout.quality.offRow,
    couples_adjacent: round(layout.quality.couplesAdjacent),
    crossings: layout.quality.crossings,
    sibship_offset: Math.round(layout.quality.meanSibshipOffset),
    compromises: layout.compromises.length,
  };
}

/**
 * <genogram-editor>: layout alone and layout + render for the care case, generated families of
 * 25, 100, 500 and 1000 people drawn whole, a 2000-person family in the default focus window,
 * and the public GEDCOM families as a user would open them (default focus window from 120
 * people on), each with the layout's quality report and the longest main-thread task. The peer
 * in the same run is the layout alone: render cost is reported as a ratio to it.
 */
export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const cases = [
    { name: 'care-case', doc: careCase },
    ...[25, 100, 500, 1000].map((n) => ({ name: `family-${n}`, doc: generateFamily(n) })),
  ];
  for (const { name, doc } of cases) {
    const view = genogramView(doc);
    const layout = computeLayout(view, {});
    const layoutMs = await medianMs(() => computeLayout(view, {}), { warmup: 1, repeats: 5 });
    const renderMs = await medianMs(() => mount(doc, { all: true }), { warmup: 1, repeats: 5 });
    const longest = await longestTask(() => mount(doc, { all: true }));
    rows.push({
      case: name,
      n: view.people.length,
      shown: shownPeople(),
      layout_ms: layoutMs,
      layout_render_ms: renderMs,
      render_vs_layout: round(renderMs / Math.max(0.01, layoutMs), 1),
      longest_task_ms: longest,
      ...quality(layout),
    });
  }
  // A large family opens as a focus window (default: from 120 people on).
  for (const n of [2000]) {
    const doc = generateFamily(n);
    const renderMs = await medianMs(() => mount(doc), { warmup: 1, repeats: 5 });
    const longest = await longestTask(() => mount(doc));
    rows.push({ case: `family-${n}-focus-window`, n, shown: shownPeople(), layout_render_ms: renderMs, longest_task_ms: longest, ...quality(el!.layout) });
  }
  // The public GEDCOM families, opened the way a user opens them.
  const notes: string[] = [];
  for (const path of GEDCOM_FILES) {
    let bytes: Uint8Array;
    try {
      bytes = await fetchSharedFixture(path);
    } catch (error) {
      notes.push(`${path}: not readable (${String(error)}); skipped.`);
      continue;
    }
    const { network } = importGedcom(bytes);
    const importMs = await medianMs(() => importGedcom(bytes), { warmup: 1, repeats: 5 });
    const importLongest = await longestTask(async () => {
      const probe = document.createElement('genogram-editor');
      document.body.append(probe);
      await probe.reviewGedcom(bytes, path);
      probe.acceptGedcom();
      await probe.updateComplete;
      await probe.drawn;
      probe.remove();
    });
    const renderMs = await medianMs(() => mount(network), { warmup: 1, repeats: 5 });
    const longest = await longestTask(() => mount(network));
    rows.push({
      case: path.split('/').pop(),
      n: genogramView(network).people.length,
      shown: shownPeople(),
      import_ms: importMs,
      import_longest_task_ms: importLongest,
      layout_render_ms: renderMs,
      longest_task_ms: longest,
      ...quality(el!.layout),
    });
  }
  el?.remove();
  return {
    name: 'genogram-editor',
    rows,
    notes: [
      'layout_render_ms: set network → drawing complete and painted (every slice of a progressive drawing); family-N rows draw the whole family (no focus window).',
      'longest_task_ms: the longest main-thread task (Long Tasks API, ≥ 50 ms, else 0) from setting network to the painted frame; goal ≤ 50 ms up to 1000 people.',
      'family-2000-focus-window and the GEDCOM rows with n ≥ 120: the default focus window (2 generations around the client or first person); shown = people drawn.',
      'import_ms: importGedcom on the main thread (bytes → document); import_longest_task_ms: the element\'s own path (reviewGedcom, which parses off the main thread, then accept and draw).',
      ...notes,
    ],
  };
}
