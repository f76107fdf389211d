import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/eco-gram.js';
import '../../../src/care-network.js';
import type { EcoGram } from '../../../src/components/eco-gram/eco-gram.component.js';
import type { CareNetworkProvider } from '../../../src/components/care-network/care-network.component.js';
import type { CareNetworkChangeDetail, CareNetworkErrorDetail, PersonSelectDetail } from '../../../src/base/events.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork, Tie } from '../../../src/model/types.js';
import { crowdedStressedEcomap, generatedEcomap, householdEcomap, stressedFamilyEcomap } from './eco-data.js';
import { careCase } from '../../fixtures/care-case.js';
import { createPrintFrame } from '../../../src/base/print-frame.js';

/** One system per line style, all from the client, plus a line between two systems. */
function everyStyle(): CareNetwork {
  const doc = createEmptyNetwork({ id: 'c', name: 'Client', gender: 'woman' });
  const styles: Array<[string, Partial<Tie>]> = [
    ['strong', { quality: 'strong' }],
    ['normal', { quality: 'normal' }],
    ['tenuous', { quality: 'tenuous' }],
    ['broken', { quality: 'broken' }],
    ['stressful', { quality: 'stressful' }],
    ['out', { quality: 'normal', flow: 'to' }],
    ['in', { quality: 'normal', flow: 'from' }],
    ['both', { quality: 'normal', flow: 'both' }],
  ];
  return {
    ...doc,
    people: [...doc.people, ...styles.map(([id]) => ({ id, kind: 'organisation' as const, name: id, category: 'services' }))],
    ties: [
      ...styles.map(([id, t]) => ({ id: `t-${id}`, from: 'c', to: id, ...t })),
      { id: 't-between', from: 'strong', to: 'normal', quality: 'tenuous', stress: true },
    ],
  };
}

const root = (el: EcoGram) => el.shadowRoot!;
const lineGroup = (el: EcoGram, tieId: string) => root(el).querySelector<SVGGElement>(`g.line-group[data-tie-id="${tieId}"]`)!;
const strokeOf = (el: EcoGram, tieId: string) => lineGroup(el, tieId).querySelector<SVGPathElement>('path.stroke')!;
const tie = (doc: CareNetwork, id: string) => doc.ties.find((t) => t.id === id)!;
/** The element's current document (the store's snapshot; `network` is only what the host handed in). */
const docOf = (el: EcoGram) => el.store.doc;
const focusedKey = (el: EcoGram) => (root(el).activeElement as Element | null)?.getAttribute('data-focus-key');

async function render(doc: CareNetwork, attrs = ''): Promise<EcoGram> {
  const el = await fixture<EcoGram>(
    attrs === 'readonly' ? html`<eco-gram readonly .network=${doc}></eco-gram>` : html`<eco-gram .network=${doc}></eco-gram>`,
  );
  await el.updateComplete;
  return el;
}

/** Centre of an element on screen, for real pointer input. */
function centreOf(target: Element): [number, number] {
  const r = target.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('<eco-gram> rendering', () => {
  it('draws every line style by shape: width, dash, cut, hatch and arrowheads', async () => {
    const el = await render(everyStyle());
    expect(strokeOf(el, 't-strong').getAttribute('stroke-width')).to.equal('5');
    expect(strokeOf(el, 't-normal').getAttribute('stroke-width')).to.equal('2');
    expect(strokeOf(el, 't-strong').getAttribute('stroke-dasharray')).to.equal('none');
    expect(strokeOf(el, 't-tenuous').getAttribute('stroke-dasharray')).to.equal('7 6');
    // Broken: two pieces and two bars across the cut.
    expect(strokeOf(el, 't-broken').getAttribute('d')!.match(/M/g)).to.have.length(4);
    expect(strokeOf(el, 't-normal').getAttribute('d')!.match(/M/g)).to.have.length(1);
    // Stress: hatch marks on top of the line, only on stressful lines.
    const hatch = lineGroup(el, 't-stressful').querySelector('path.hatch')!;
    expect(Number(hatch.getAttribute('data-marks'))).to.be.greaterThan(3);
    expect(hatch.getAttribute('d')!.match(/M/g)!.length).to.equal(Number(hatch.getAttribute('data-marks')));
    expect(lineGroup(el, 't-normal').querySelector('path.hatch')).to.equal(null);
    expect(lineGroup(el, 't-stressful').querySelector('path.stroke')).to.exist;
    // Arrowheads: at the system end, at the client end, at both.
    const marker = (id: string, end: 'start' | 'end') => strokeOf(el, id).getAttribute(`marker-${end}`);
    expect(marker('t-out', 'end')).to.match(/^url\(#.+-arrow\)$/);
    expect(marker('t-out', 'start')).to.equal(null);
    expect(marker('t-in', 'start')).to.match(/-arrow\)$/);
    expect(marker('t-in', 'end')).to.equal(null);
    expect(marker('t-both', 'start')).to.match(/-arrow\)$/);
    expect(marker('t-both', 'end')).to.match(/-arrow\)$/);
    expect(marker('t-normal', 'start')).to.equal(null);
    const markerId = marker('t-out', 'end')!.slice(5, -1);
    expect(root(el).getElementById(markerId)?.tagName.toLowerCase()).to.equal('marker');
    // The line ends at the system's circle, not inside it.
    const out = strokeOf(el, 't-out').getTotalLength();
    expect(out).to.be.greaterThan(40);
    // A line between two systems: curved, tenuous and stressful.
    const between = lineGroup(el, 't-between');
    expect(between.querySelector('path.stroke')!.getAttribute('d')).to.contain('Q');
    expect(between.querySelector('path.hatch')).to.exist;
    expect(between.getAttribute('aria-label')).to.contain('strong').and.contain('normal');
  });

  it('draws two ties between the same pair side by side', async () => {
    const doc = everyStyle();
    doc.ties.push({ id: 't-normal-2', from: 'c', to: 'normal', quality: 'strong', kind: 'werkgever' });
    const el = await render(doc);
    const start = (id: string) => strokeOf(el, id).getPointAtLength(0);
    const a = start('t-normal');
    const b = start('t-normal-2');
    expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.closeTo(10, 0.5);
    expect(Math.hypot(start('t-strong').x - a.x, start('t-strong').y - a.y)).to.be.greaterThan(0);
  });

  it('shows the household as genogram symbols inside the centre, and a legend for every line', async () => {
    const el = await render(householdEcomap());
    const members = root(el).querySelectorAll('[part="member"]');
    expect([...members].map((m) => m.getAttribute('data-person-id'))).to.have.members(['sanne', 'daan', 'lotte']);
    expect(root(el).querySelector('[data-person-id="daan"] rect.symbol')).to.exist; // a man: square
    expect(root(el).querySelector('[data-person-id="lotte"] circle.symbol')).to.exist; // a woman: circle
    expect(root(el).querySelector('[data-person-id="sanne"] .symbol-ring')).to.exist; // the client: double outline
    const legend = root(el).querySelectorAll('[part="legend"] li');
    expect(legend).to.have.length(8);
    expect(root(el).querySelectorAll('[part="legend"] path.hatch')).to.have.length(1);
    expect(root(el).querySelectorAll('[part="system"]')).to.have.length(11);
  });

  it('draws many stressful lines each with its own hatch', async () => {
    const doc = stressedFamilyEcomap();
    const el = await render(doc);
    const stressful = doc.ties.filter((t) => t.stress || t.quality === 'stressful' || t.quality === 'conflict').length;
    expect(root(el).querySelectorAll('g.line-group path.hatch')).to.have.length(stressful);
  });

  it('speaks Dutch inside lang="nl"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl"><eco-gram .network=${householdEcomap()}></eco-gram></div>`);
    const el = wrap.querySelector('eco-gram')!;
    await el.updateComplete;
    expect(root(el).querySelector('.toolbar button.primary')!.textContent).to.contain('Systeem toevoegen');
    expect(lineGroup(el, 't-oma').getAttribute('aria-label')).to.contain('Sterk');
  });
});

describe('<eco-gram> editing', () => {
  it('changes a line through its menu: strength, stress and direction land in the document', async () => {
    const el = await render(householdEcomap());
    // GP → Sanne with flow "to": energy flows from the GP to Sanne.
    const group = lineGroup(el, 't-gp');
    group.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const menu = root(el).querySelector<HTMLElement>('[part="menu"]')!;
    expect(menu).to.exist;
    expect(menu.querySelector('[data-direction="in"]')!.getAttribute('aria-pressed')).to.equal('true');

    const changed = oneEvent(el, 'care-network-change');
    menu.querySelector<HTMLButtonElement>('[data-strength="tenuous"]')!.click();
    const detail = ((await changed) as CustomEvent<CareNetworkChangeDetail>).detail;
    expect(detail.change.type).to.equal('tie-update');
    expect(tie(detail.doc, 't-gp').quality).to.equal('tenuous');
    await el.updateComplete;
    expect(strokeOf(el, 't-gp').getAttribute('stroke-dasharray')).to.equal('7 6');

    root(el).querySelector<HTMLButtonElement>('[part="menu"] [data-stress]')!.click();
    await el.updateComplete;
    expect(tie(docOf(el), 't-gp')).to.include({ quality: 'tenuous', stress: true });
    expect(lineGroup(el, 't-gp').querySelector('path.hatch')).to.exist;

    // "To the GP": the tie runs GP → Sanne, so the flow becomes `from`.
    root(el).querySelector<HTMLButtonElement>('[part="menu"] [data-direction="out"]')!.click();
    await el.updateComplete;
    expect(tie(docOf(el), 't-gp').flow).to.equal('from');
    expect(strokeOf(el, 't-gp').getAttribute('marker-end')).to.match(/arrow/);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.not.equal(null);
  });

  it('adds a system with its line as one undo step, and removes it again', async () => {
    const el = await render(householdEcomap());
    root(el).querySelector<HTMLButtonElement>('.toolbar button.primary')!.click();
    await el.updateComplete;
    const form = root(el).querySelector<HTMLFormElement>('[part="menu"] form')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Bibliotheek';
    form.querySelector<HTMLSelectElement>('select[name="category"]')!.value = 'clubs';
    form.querySelector<HTMLSelectElement>('select[name="from"]')!.value = 'lotte';
    form.querySelector<HTMLSelectElement>('select[name="strength"]')!.value = 'strong';
    form.requestSubmit();
    await el.updateComplete;
    const added = docOf(el).people.find((p) => p.name === 'Bibliotheek')!;
    expect(added.category).to.equal('clubs');
    expect(docOf(el).ties.find((t) => t.to === added.id)).to.include({ from: 'lotte', quality: 'strong' });
    expect(root(el).querySelector(`[part="system"][data-person-id="${added.id}"]`)).to.exist;
    expect(focusedKey(el)).to.equal(`system:${added.id}`);
    el.undo();
    await el.updateComplete;
    expect(docOf(el).people.some((p) => p.name === 'Bibliotheek')).to.equal(false);
  });

  it('undo restores the exact earlier document after menu edits, and redo brings them back', async () => {
    const start = householdEcomap();
    const el = await render(start);
    const before = docOf(el);
    lineGroup(el, 't-ayse').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="menu"] [data-strength="broken"]')!.click();
    root(el).querySelector<HTMLButtonElement>('[part="menu"] [data-direction="none"]')!.click();
    await el.updateComplete;
    expect(tie(docOf(el), 't-ayse')).to.include({ quality: 'broken', flow: 'none' });
    el.undo();
    el.undo();
    await el.updateComplete;
    expect(docOf(el)).to.equal(before);
    expect(strokeOf(el, 't-ayse').getAttribute('stroke-width')).to.equal('5');
    el.redo();
    await el.updateComplete;
    expect(tie(docOf(el), 't-ayse').quality).to.equal('broken');
  });

  it('drags a system around the centre: a pinned angle hint, one undo step', async () => {
    const el = await render(householdEcomap());
    const system = root(el).querySelector('[part="system"][data-person-id="ayse"] circle.system-disc')!;
    const [x, y] = centreOf(system);
    const svgRect = root(el).querySelector('svg.diagram')!.getBoundingClientRect();
    const cx = svgRect.left + svgRect.width / 2;
    const cy = svgRect.top + svgRect.height / 2;
    const depth = () => (el as unknown as { store: { undoDepth: number } }).store.undoDepth;
    const steps = depth();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // Move in a few steps to below the centre (180°).
    await sendMouse({ type: 'move', position: [Math.round((x + cx) / 2), Math.round(y + 30)] });
    await sendMouse({ type: 'move', position: [Math.round(cx + 5), Math.round(cy + 150)] });
    await sendMouse({ type: 'move', position: [Math.round(cx), Math.round(cy + 160)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const hint = docOf(el).layout['eco-gram']!.nodes.ayse;
    expect(hint.pinned).to.equal(true);
    expect(hint.angle).to.be.within(170, 190);
    expect(depth()).to.equal(steps + 1);
    // Drawn below the centre now (systems are moved into place as a group).
    const moved = root(el).querySelector('[part="system"][data-person-id="ayse"] circle.system-disc')!;
    expect(centreOf(moved)[1]).to.be.greaterThan(cy);
    el.undo();
    await el.updateComplete;
    expect(docOf(el).layout['eco-gram']?.nodes.ayse).to.equal(undefined);
  });

  it('draws a line between two systems from the system menu, drawn curved', async () => {
    const el = await render(householdEcomap());
    root(el).querySelector<SVGGElement>('[data-focus-key="system:gp"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const picker = [...root(el).querySelectorAll<HTMLSelectElement>('[part="menu"] select')].find((s) => s.querySelector('option[value="youth"]'))!;
    picker.value = 'youth';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const added = docOf(el).ties.find((t) => t.from === 'gp' && t.to === 'youth')!;
    expect(added).to.exist;
    expect(strokeOf(el, added.id).getAttribute('d')).to.contain('Q');
  });

  it('moves a line to another household member from its menu, keeping the flow', async () => {
    const el = await render(householdEcomap());
    lineGroup(el, 't-gp').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const select = root(el).querySelector<HTMLSelectElement>('[part="menu"] select[data-col="from"]')!;
    select.value = 'lotte';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The tie ran GP → Sanne: now GP → Lotte, energy still flows to the household member.
    expect(tie(docOf(el), 't-gp')).to.include({ from: 'gp', to: 'lotte', flow: 'to' });
    expect(lineGroup(el, 't-gp').getAttribute('aria-label')).to.contain('Lotte');
  });

  it('tells the host which person was chosen', async () => {
    const el = await render(householdEcomap());
    const chosen = oneEvent(el, 'person-select');
    const [x, y] = centreOf(root(el).querySelector('[part="system"][data-person-id="gp"] circle.system-disc')!);
    await sendMouse({ type: 'click', position: [x, y] });
    const detail = ((await chosen) as CustomEvent<PersonSelectDetail>).detail;
    expect(detail.personId).to.equal('gp');
    expect(detail.person!.name).to.equal('Huisarts De Vries');
  });

  it('readonly: no editing controls, no menu, no edits by keys', async () => {
    const el = await render(householdEcomap(), 'readonly');
    expect(root(el).querySelector('.toolbar button.primary')).to.equal(null);
    const before = docOf(el);
    const first = root(el).querySelector<SVGGElement>('[data-focus-key="centre"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="menu"]')).to.equal(null);
    expect(docOf(el)).to.equal(before);
  });
});

describe('<eco-gram> lazy table', () => {
  it('starting in the table view, paints the toolbar and the table together (no flash while its part loads)', async () => {
    const el = document.createElement('eco-gram') as EcoGram;
    el.view = 'table';
    el.network = householdEcomap();
    const firstPaint: Array<{ toolbar: boolean; table: boolean }> = [];
    document.body.append(el);
    const observer = new MutationObserver(() => {
      const toolbar = Boolean(root(el).querySelector('.toolbar'));
      if (toolbar && !firstPaint.length) firstPaint.push({ toolbar, table: Boolean(root(el).querySelector('table.systems')) });
    });
    observer.observe(root(el), { childList: true, subtree: true });
    try {
      await el.updateComplete;
      expect(firstPaint).to.deep.equal([{ toolbar: true, table: true }]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

describe('<eco-gram> keyboard', () => {
  it('opens a menu from the keyboard with focus in it, also before its lazy part has loaded', async () => {
    // The menus are a lazy part: a fresh element has not loaded them when Enter is pressed at once.
    const el = await render(householdEcomap());
    const system = root(el).querySelector<SVGGElement>('[data-focus-key^="system:"]')!;
    system.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const menu = root(el).querySelector('[part="menu"]')!;
    expect(menu, 'menu').to.exist;
    expect(root(el).activeElement).to.equal(menu.querySelector('input[name="system-name"]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(system.getAttribute('data-focus-key'));
  });

  it('walks centre → system → its lines with arrows, changes a line in the menu, and returns focus', async () => {
    const el = await render(householdEcomap());
    root(el).querySelector<SVGGElement>('[data-focus-key="centre"]')!.focus();
    expect(focusedKey(el)).to.equal('centre');
    await sendKeys({ press: 'ArrowRight' });
    const first = focusedKey(el)!;
    expect(first).to.match(/^system:/);
    await sendKeys({ press: 'ArrowRight' });
    const lineKey = focusedKey(el)!;
    expect(lineKey).to.match(/^line:/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedKey(el)).to.equal(first);
    await sendKeys({ press: 'ArrowRight' });
    // Exactly one item is in the tab order (roving tabindex).
    expect(root(el).querySelectorAll('svg [tabindex="0"]')).to.have.length(1);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const menu = root(el).querySelector('[part="menu"]')!;
    expect(menu.contains(root(el).activeElement)).to.equal(true);
    const tieId = lineKey.slice(5);
    const before = tie(docOf(el), tieId);
    // Pick a strength the line does not have yet and press it with the keyboard.
    const target = before.quality === 'tenuous' ? 'broken' : 'tenuous';
    menu.querySelector<HTMLButtonElement>(`[data-strength="${target}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(tie(docOf(el), tieId).quality).to.equal(target);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="menu"]')).to.equal(null);
    expect(focusedKey(el)).to.equal(lineKey);
    // Ctrl+Z from the picture undoes it.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(tie(docOf(el), tieId).quality).to.equal(before.quality);
  });

  it('moves a system with Alt+arrow and removes a line with Delete', async () => {
    const el = await render(householdEcomap());
    root(el).querySelector<SVGGElement>('[data-focus-key="system:gp"]')!.focus();
    const angle = (el as unknown as { geometry: { systems: Record<string, { angle: number }> } }).geometry.systems.gp.angle;
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(docOf(el).layout['eco-gram']!.nodes.gp).to.deep.equal({ angle: Math.round(angle + 10), pinned: true });
    expect(focusedKey(el)).to.equal('system:gp');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedKey(el)).to.equal('line:t-gp');
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(docOf(el).ties.some((t) => t.id === 't-gp')).to.equal(false);
    expect(focusedKey(el)).to.equal('system:gp');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Huisarts De Vries');
  });
});

describe('<eco-gram> zoom', () => {
  it('zooms with + and − keys and the buttons, and exports the whole picture unzoomed', async () => {
    const el = await render(householdEcomap());
    const zoom = () => root(el).querySelector('g.zoom')!.getAttribute('transform')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(zoom())![1]);
    root(el).querySelector<SVGGElement>('[data-focus-key="centre"]')!.focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(scale()).to.be.greaterThan(1);
    const text = await el.toSvg();
    expect(text).to.contain('scale(1)');
    await el.updateComplete;
    expect(scale()).to.be.greaterThan(1);
    root(el).querySelector<HTMLButtonElement>('.toolbar button.zoom-fit')!.click();
    await el.updateComplete;
    expect(scale()).to.equal(1);
  });
});

describe('<eco-gram> table', () => {
  it('shows the same systems and lines as the picture and edits them', async () => {
    const doc = householdEcomap();
    const el = await render(doc);
    const pictureLines = [...root(el).querySelectorAll<SVGGElement>('g.line-group')].filter((g) => !g.getAttribute('data-tie-id')!.includes('oma-ayse'));
    el.view = 'table';
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll<HTMLTableRowElement>('table.systems tbody tr')];
    const withLine = rows.filter((r) => r.dataset.tieId);
    expect(withLine).to.have.length(pictureLines.length);
    // Systems without a line still get a row.
    expect(rows.find((r) => r.dataset.personId === 'church')!.dataset.tieId).to.equal('');
    for (const row of withLine) {
      const g = lineGroup(el, row.dataset.tieId!) ?? null;
      expect(g).to.equal(null); // picture is gone in table view; compare with the document instead
      const line = tie(docOf(el), row.dataset.tieId!);
      const strength = row.querySelector<HTMLSelectElement>('[data-col="strength"]')!.value;
      const expected = line.quality === 'stressful' || line.quality === 'conflict' || !line.quality ? 'normal' : line.quality;
      expect(strength).to.equal(expected);
      const stress = row.querySelector<HTMLInputElement>('[data-col="stress"]')!.checked;
      expect(stress).to.equal(Boolean(line.stress || line.quality === 'stressful' || line.quality === 'conflict'));
    }
    expect(root(el).querySelectorAll('table.between tbody tr')).to.have.length(1);

    // Edit in the table: the document changes, and the picture shows it.
    const row = rows.find((r) => r.dataset.tieId === 't-neighbour')!;
    const select = row.querySelector<HTMLSelectElement>('[data-col="strength"]')!;
    select.value = 'strong';
    select.dispatchEvent(new Event('change'));
    const box = row.querySelector<HTMLInputElement>('[data-col="stress"]')!;
    box.click();
    const note = row.querySelector<HTMLInputElement>('[data-col="note"]')!;
    note.value = 'Helpt met boodschappen';
    note.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tie(docOf(el), 't-neighbour')).to.include({ quality: 'strong', stress: true, note: 'Helpt met boodschappen' });
    // A line drawn from the table for a system without one.
    const church = root(el).querySelector<HTMLTableRowElement>('tr[data-person-id="church"]')!;
    const add = church.querySelector<HTMLSelectElement>('[data-col="strength"]')!;
    add.value = 'tenuous';
    add.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(docOf(el).ties.find((t) => t.to === 'church')).to.include({ from: 'sanne', quality: 'tenuous' });
    el.view = 'picture';
    await el.updateComplete;
    expect(strokeOf(el, 't-neighbour').getAttribute('stroke-width')).to.equal('5');
    expect(lineGroup(el, 't-neighbour').querySelector('path.hatch')).to.exist;
  });
});

describe('<eco-gram> data and integration', () => {
  it('refuses invalid data with a clear error and keeps the last valid picture', async () => {
    const el = await render(householdEcomap());
    const failed = oneEvent(el, 'care-network-error');
    el.network = { schema: '1.0.0', egoId: 'nobody', people: 'not a list' } as unknown as CareNetwork;
    const detail = ((await failed) as CustomEvent<CareNetworkErrorDetail>).detail;
    expect(detail.errors.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')).to.exist;
    expect(root(el).querySelectorAll('[part="system"]')).to.have.length(11);
  });

  it('shares the document inside <care-network>', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network><eco-gram></eco-gram></care-network>`);
    provider.network = householdEcomap();
    const el = provider.querySelector('eco-gram')!;
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="system"]')).to.have.length(11);
    const changed = oneEvent(provider, 'care-network-change');
    lineGroup(el, 't-club').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="menu"] [data-strength="tenuous"]')!.click();
    await changed;
    expect(tie(provider.network, 't-club').quality).to.equal('tenuous');
  });

  it('starts empty with a friendly text', async () => {
    const el = await fixture<EcoGram>(html`<eco-gram></eco-gram>`);
    expect(root(el).querySelector('.empty')).to.exist;
    expect(root(el).querySelectorAll('[part="member"]')).to.have.length(1);
  });
});

describe('<eco-gram> accessibility', () => {
  it('is axe-clean as a picture, with a menu open, as a table, and in dark theme', async () => {
    const el = await render(householdEcomap());
    await expect(el).to.be.accessible();
    lineGroup(el, 't-work').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    el.view = 'picture';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is axe-clean when crowded: 40 systems, routed and lifted lines, three-line names', async () => {
    const doc = crowdedStressedEcomap(40);
    doc.people.push({ id: 'long', kind: 'organisation', name: 'Jeugdbescherming Gelderland Zuid', category: 'services' });
    const el = await render(doc);
    root(el).querySelector<SVGGElement>('[data-focus-key="system:s3"]')!.focus();
    await el.updateComplete;
    expect(root(el).querySelector('g.lifted')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<eco-gram> forced colours', () => {
  // Forced-colors emulation does not reach the headless browsers here, so this reads the rules
  // the browser parsed: in forced-colors mode every line and mark gets the one system colour,
  // and meaning stays in width, dashes, hatch marks and arrows.
  it('maps the line, stress and fill colours to system colours in forced-colors mode', async () => {
    const el = await render(everyStyle());
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    const declared = (name: string) =>
      forced.flatMap((m) => [...m.cssRules]).map((r) => (r as CSSStyleRule).style?.getPropertyValue(name).trim()).filter(Boolean);
    expect(declared('--_line')).to.include('CanvasText');
    expect(declared('--_stress')).to.include('CanvasText');
    expect(declared('--_centre-fill')).to.include('Canvas');
    expect(getComputedStyle(strokeOf(el, 't-strong')).strokeWidth).to.not.equal(getComputedStyle(strokeOf(el, 't-normal')).strokeWidth);
  });
});

describe('<eco-gram> export', () => {
  it('makes a self-contained SVG with the legend, light colours and no scripts or event attributes', async () => {
    const el = await render(householdEcomap());
    el.setAttribute('theme', 'dark');
    const text = await el.toSvg();
    const file = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(file.tagName).to.equal('svg');
    expect(file.querySelector('title')!.textContent).to.contain('Sanne Jansen');
    // The legend explains every line, inside the file.
    for (const words of ['Strong tie', 'Tenuous tie', 'Broken tie', 'Stressful', 'one way', 'both ways']) expect(text).to.contain(words);
    // Line shapes survive: dashes, hatch marks, arrowheads that resolve inside the file.
    expect(file.querySelectorAll('path[stroke-dasharray]:not([stroke-dasharray="none"])').length).to.be.greaterThan(0);
    const markerRef = file.querySelector('path[marker-end]')!.getAttribute('marker-end')!;
    expect(file.querySelector(markerRef.slice(4, -1))).to.exist;
    expect(text).to.not.match(/<script|\son\w+=|tabindex|data-|var\(--/);
    // Printed on white: text is dark even when the page is dark.
    const name = [...file.querySelectorAll('tspan')].find((t) => t.textContent === 'Albert')!; // "Albert Heijn" on two lines
    expect(name.getAttribute('fill')).to.match(/rgb\((\d{1,2}), (\d{1,2}), (\d{1,2})\)/);
    // The page is untouched: no export legend left behind, dark theme kept.
    expect(root(el).querySelector('.export-legend')).to.equal(null);
    expect(el.getAttribute('theme')).to.equal('dark');
    const png = await el.toPng(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('prints the picture with its legend, a title and the date', async () => {
    const el = await render(householdEcomap());
    const frame = createPrintFrame(await el.printOptions());
    try {
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h1')!.textContent).to.contain('Sanne Jansen');
      expect(doc.querySelector('svg.diagram')).to.exist;
      expect(doc.querySelectorAll('.legend li')).to.have.length(8);
      expect(doc.querySelector('header p')!.textContent).to.match(/\d{4}/);
    } finally {
      frame.remove();
    }
  });
});

describe('<eco-gram> crowded pictures', () => {
  type Geometry = { systems: Record<string, { x: number; y: number }> };
  /** Lines (by tie id) whose drawn path runs through a system circle that is not one of its ends. */
  function linesThroughOtherCircles(el: EcoGram): string[] {
    const g = (el as unknown as { geometry: Geometry }).geometry;
    const out: string[] = [];
    for (const group of root(el).querySelectorAll<SVGGElement>('g.line-group')) {
      const tieId = group.dataset.tieId!;
      const t = tie(docOf(el), tieId);
      const path = group.querySelector<SVGPathElement>('path.stroke')!;
      const len = path.getTotalLength();
      const through = Object.entries(g.systems).some(([id, c]) => {
        if (id === t.from || id === t.to) return false;
        for (let k = 0; k <= 40; k++) {
          const p = path.getPointAtLength((len * k) / 40);
          if (Math.hypot(p.x - c.x, p.y - c.y) < 40) return true;
        }
        return false;
      });
      if (through) out.push(tieId);
    }
    return out;
  }

  it('routes lines around the circles of other systems, so every line visibly ends at its own', async () => {
    expect(linesThroughOtherCircles(await render(householdEcomap()))).to.deep.equal([]);
    expect(linesThroughOtherCircles(await render(careCase))).to.deep.equal([]);
    const big = await render(generatedEcomap(30, 30));
    // Crowded: the engine's two bands leave some lines no way round; they stay rare.
    const lines = root(big).querySelectorAll('g.line-group').length;
    expect(linesThroughOtherCircles(big).length).to.be.lessThan(lines * 0.1);
  });

  it('draws the lines of the system under the pointer or in focus once more on top of the circles', async () => {
    const el = await render(householdEcomap());
    expect(root(el).querySelector('g.lifted')).to.equal(null);
    const disc = root(el).querySelector('[part="system"][data-person-id="school"] circle.system-disc')!;
    const [x, y] = centreOf(disc);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    // School has two lines (from Lotte and from Daan); both drawn again, above every system.
    const lifted = root(el).querySelector('g.lifted')!;
    expect(lifted.querySelectorAll('path.stroke')).to.have.length(2);
    const systems = root(el).querySelectorAll('[part="system"]');
    expect(systems[systems.length - 1].compareDocumentPosition(lifted) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(lifted.getAttribute('aria-hidden')).to.equal('true');
    await sendMouse({ type: 'move', position: [1, 1] });
    root(el).querySelector<SVGGElement>('[data-focus-key="line:t-gp"]')!.focus();
    await el.updateComplete;
    expect(root(el).querySelectorAll('g.lifted path.stroke')).to.have.length(1);
  });

  it('hatches stressful lines away from the crowded centre, and keeps every style readable with 60 systems', async () => {
    const el = await render(generatedEcomap(60, 60));
    const g = (el as unknown as { geometry: { centreRadius: number } }).geometry;
    for (const hatch of root(el).querySelectorAll<SVGPathElement>('g.line-group:not([data-tie-id^="b"]) path.hatch')) {
      const first = /M(-?[\d.]+) (-?[\d.]+)/.exec(hatch.getAttribute('d')!)!;
      expect(Math.hypot(Number(first[1]), Number(first[2]))).to.be.greaterThan(g.centreRadius);
    }
    // Every line style is there, each system has its circle and a name inside it.
    for (const s of ['strong', 'normal', 'tenuous', 'broken']) expect(root(el).querySelector(`g.line-group[data-strength="${s}"]`)).to.exist;
    expect(root(el).querySelectorAll('[part="system"] .system-disc')).to.have.length(60);
    expect(root(el).querySelectorAll('[part="system"] .system-name')).to.have.length.greaterThanOrEqual(60);
    // One focus ring in the whole picture: only the item that holds the roving focus has one.
    expect(root(el).querySelectorAll('.focus-ring')).to.have.length(1);
  });

  it('wraps long names on up to three lines, hyphenating long words, and says the full name', async () => {
    const doc = householdEcomap();
    doc.people.push({ id: 'long', kind: 'organisation', name: 'Jeugdbescherming Gelderland Zuid', category: 'services' });
    const el = await render(doc);
    const system = root(el).querySelector<SVGGElement>('[part="system"][data-person-id="long"]')!;
    const lines = [...system.querySelectorAll('.system-name')].map((t) => t.textContent);
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/-$/);
    expect(lines.every((l) => l!.length <= 15)).to.equal(true);
    expect(system.getAttribute('aria-label')).to.contain('Jeugdbescherming Gelderland Zuid');
    // The text fits inside the circle.
    const disc = system.querySelector('circle')!.getBoundingClientRect();
    const text = system.querySelector('text')!.getBoundingClientRect();
    expect(text.left).to.be.at.least(disc.left);
    expect(text.right).to.be.at.most(disc.right);
  });

  it('opens a system from a click without a pointer (screen reader, voice control)', async () => {
    const el = await render(householdEcomap());
    const chosen = oneEvent(el, 'person-select');
    root(el).querySelector('[data-focus-key="system:gp"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(((await chosen) as CustomEvent<PersonSelectDetail>).detail.personId).to.equal('gp');
    await el.updateComplete;
    expect(root(el).querySelector('[part="menu"]')).to.exist;
  });

  it('draws the legend samples with their own arrowheads (no marker needed)', async () => {
    const el = await render(householdEcomap());
    const samples = [...root(el).querySelectorAll('[part="legend"] svg')];
    expect(samples).to.have.length(8);
    expect(root(el).querySelectorAll('[part="legend"] marker, [part="legend"] [marker-end]')).to.have.length(0);
    // One way: one head; both ways: two.
    const heads = samples.map((s) => (s.querySelector('path.arrowhead')?.getAttribute('d')?.match(/M/g) ?? []).length);
    expect(heads).to.deep.equal([0, 0, 0, 0, 0, 1, 2, 0]);
  });
});
