import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { careCase } from '../../fixtures/care-case.js';
import type { NetworkCircles } from '../../../src/network-circles.js';
import { mount, personEl, root } from './helpers.js';

const tieOf = (el: NetworkCircles, id: string) => el.store.doc.ties.find((t) => t.id === id)!;
const dialog = (el: NetworkCircles) => root(el).querySelector('dialog');

describe('<network-circles> ties between members', () => {
  beforeEach(async () => {
    await setViewport({ width: 1100, height: 1000 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('changes a tie between two members from the person dialog, by keyboard, as one undo step', async () => {
    const el = await mount(careCase);
    const before = tieOf(el, 't-mark-rob');
    const depth = el.store.undoDepth;
    personEl(el, 'p-rob')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The person dialog lists Rob's ties with others (not the ones with the client).
    const items = [...root(el).querySelectorAll<HTMLLIElement>('.other-ties li')];
    expect(items.map((li) => li.dataset.tie).sort()).to.deep.equal(['t-mark-rob', 't-mo-rob']);
    items.find((li) => li.dataset.tie === 't-mark-rob')!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el)!.open).to.be.true;
    expect(dialog(el)!.querySelector('h2')!.textContent).to.contain('Mark Bakker').and.contain('Rob Bakker');
    const kind = dialog(el)!.querySelector<HTMLInputElement>('input[name=kind]')!;
    expect(kind.value).to.equal('broer');
    kind.focus();
    kind.select();
    await sendKeys({ type: 'oudere broer' });
    dialog(el)!.querySelector<HTMLSelectElement>('select[name=quality]')!.value = 'conflict';
    dialog(el)!.querySelector<HTMLSelectElement>('select[name=flow]')!.value = 'both';
    dialog(el)!.querySelector<HTMLInputElement>('input[name=support][value=emotional]')!.checked = true;
    dialog(el)!.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const after = tieOf(el, 't-mark-rob');
    expect(after).to.deep.include({ kind: 'oudere broer', quality: 'conflict', flow: 'both', contactFrequency: 'monthly', valuation: 'mixed' });
    expect([...after.support!].sort()).to.deep.equal(['emotional', 'material']);
    expect(el.store.undoDepth).to.equal(depth + 1);
    // The picture shows it: the line's style follows the quality.
    expect(root(el).querySelector('path.tie[data-pair="p-mark|p-rob"]')!.classList.contains('q-conflict')).to.be.true;
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Mark Bakker and Rob Bakker');
    await el.updateComplete;
    expect((root(el).activeElement as SVGGElement | null)?.dataset.id).to.equal('p-rob');
    el.undo();
    await el.updateComplete;
    expect(tieOf(el, 't-mark-rob')).to.deep.equal(before);
  });

  it('removes a tie from its dialog; undo brings it back', async () => {
    const el = await mount(careCase);
    el.openTie('t-mark-linda');
    await el.updateComplete;
    [...dialog(el)!.querySelectorAll('button')].find((b) => b.classList.contains('danger'))!.click();
    await el.updateComplete;
    expect(el.store.doc.ties.some((t) => t.id === 't-mark-linda')).to.be.false;
    expect(root(el).querySelector('path.tie[data-pair="p-linda|p-mark"]')).to.equal(null);
    el.undo();
    await el.updateComplete;
    expect(el.store.doc.ties.some((t) => t.id === 't-mark-linda')).to.be.true;
  });

  it('edits ties between members in the table cells, each change one undo step', async () => {
    const el = await mount(careCase);
    const before = tieOf(el, 't-mark-linda');
    el.view = 'table';
    await el.updateComplete;
    const row = () => root(el).querySelector<HTMLTableRowElement>('.ties-table tr[data-tie="t-mark-linda"]')!;
    const kind = row().querySelector<HTMLInputElement>('input[name=kind]')!;
    expect(kind.value).to.equal('ex-partner');
    kind.focus();
    kind.select();
    await sendKeys({ type: 'ex-partner, ouders van Noor' });
    await sendKeys({ press: 'Tab' }); // a text cell is saved when it loses focus
    await el.updateComplete;
    expect(tieOf(el, 't-mark-linda').kind).to.equal('ex-partner, ouders van Noor');
    const quality = row().querySelector<HTMLSelectElement>('select[name=quality]')!;
    expect(quality.getAttribute('aria-label')).to.contain('Mark Bakker').and.contain('Linda Jansen');
    quality.value = 'normal';
    quality.dispatchEvent(new Event('change'));
    const flow = row().querySelector<HTMLSelectElement>('select[name=flow]')!;
    // Named after the people: "Mark Bakker helps Linda Jansen".
    expect(flow.querySelector('option[value=to]')!.textContent).to.contain('Mark Bakker helps Linda Jansen');
    flow.value = 'to';
    flow.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tieOf(el, 't-mark-linda')).to.deep.include({ quality: 'normal', flow: 'to' });
    el.undo();
    el.undo();
    el.undo();
    await el.updateComplete;
    expect(tieOf(el, 't-mark-linda')).to.deep.equal(before);
    // The cells follow the document after an undo.
    expect(row().querySelector<HTMLSelectElement>('select[name=quality]')!.value).to.equal('conflict');
    expect(row().querySelector<HTMLInputElement>('input[name=kind]')!.value).to.equal('ex-partner');
    // "Change" opens the whole tie; Escape closes it and focus returns to that button.
    const change = row().querySelector<HTMLButtonElement>('td.actions button')!;
    change.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el)!.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(row().querySelector('td.actions button'));
  });

  it('keeps what is typed in a dialog or a cell when the element renders again (a resize, an edit elsewhere)', async () => {
    const el = await mount(careCase);
    el.openPerson('p-rob');
    await el.updateComplete;
    const name = dialog(el)!.querySelector<HTMLInputElement>('input[name=name]')!;
    name.focus();
    name.setSelectionRange(name.value.length, name.value.length);
    await sendKeys({ type: ' jr' });
    el.highlight = 'support:emotional';
    el.requestUpdate();
    await el.updateComplete;
    expect(dialog(el)!.querySelector<HTMLInputElement>('input[name=name]')!.value).to.equal('Rob Bakker jr');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    el.view = 'table';
    await el.updateComplete;
    const kind = root(el).querySelector<HTMLInputElement>('.ties-table tr[data-tie="t-mark-rob"] input[name=kind]')!;
    kind.focus();
    kind.setSelectionRange(kind.value.length, kind.value.length);
    await sendKeys({ type: '!' });
    el.highlight = '';
    await el.updateComplete;
    expect(kind.value).to.equal('broer!');
  });

  it('shows ties as text in readonly mode', async () => {
    const el = await mount(careCase);
    el.readonly = true;
    el.view = 'table';
    await el.updateComplete;
    const row = root(el).querySelector('.ties-table tr[data-tie="t-mark-linda"]')!;
    expect(row.querySelector('input, select, button')).to.equal(null);
    expect(row.textContent).to.contain('ex-partner').and.contain('Conflict');
    el.openTie('t-mark-linda');
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
  });
});

describe('<network-circles> toolbar', () => {
  afterEach(async () => {
    await setViewport({ width: 1100, height: 1000 });
  });

  async function mountAt(width: number) {
    await setViewport({ width, height: 900 });
    const el = await mount(careCase);
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    return el;
  }

  /** The toolbar's row: every control inside the element, none cut off. */
  function expectInside(el: NetworkCircles, elements: Element[]) {
    const box = el.getBoundingClientRect();
    for (const e of elements) {
      const r = e.getBoundingClientRect();
      expect(r.left, e.textContent!.trim()).to.be.at.least(box.left - 0.5);
      expect(r.right, e.textContent!.trim()).to.be.at.most(box.right + 0.5);
    }
  }

  it('keeps every tool in one row on a wide screen', async () => {
    const el = await mountAt(1400);
    const bar = root(el).querySelector('.toolbar')!;
    const children = [...bar.children];
    expect(root(el).querySelector('.toolbar details.more')).to.equal(null);
    expect(bar.querySelector('[data-action=connect]')).to.exist;
    expect(bar.querySelector(':scope > label.hl select')).to.exist;
    const tops = new Set(children.map((c) => Math.round((c as HTMLElement).offsetTop + (c as HTMLElement).offsetHeight / 2)));
    expect(tops.size).to.equal(1);
    expectInside(el, children);
  });

  it('folds the less used tools into a "More" menu at 320 px: nothing cut off, all reachable', async () => {
    const el = await mountAt(320);
    const bar = root(el).querySelector('.toolbar')!;
    const more = bar.querySelector<HTMLDetailsElement>('details.more')!;
    expect(more).to.exist;
    // Add, undo and redo stay in the row; the rest is in the menu.
    expect([...bar.querySelectorAll(':scope > button')].map((b) => b.getAttribute('data-action'))).to.deep.equal(['add', 'undo', 'redo']);
    expect(more.querySelector('[data-action=connect]')).to.exist;
    expect(more.querySelector('select')).to.exist;
    expectInside(el, [...bar.children]);
    more.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(more.open).to.be.true;
    expectInside(el, [...more.querySelectorAll('.menu-items > *')]);
    // Escape closes the menu and leaves focus on it.
    await sendKeys({ press: 'Escape' });
    expect(more.open).to.be.false;
    expect(root(el).activeElement).to.equal(more.querySelector('summary'));
    // A tool in the menu works and closes the menu.
    more.open = true;
    more.querySelector<HTMLButtonElement>('[data-action=table]')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(more.open).to.be.false;
  });

  it('unfolds again when the element gets wider', async () => {
    const el = await mountAt(320);
    expect(root(el).querySelector('.toolbar details.more')).to.exist;
    await setViewport({ width: 1400, height: 900 });
    // The resize is measured in the next frame; give a busy machine time for it.
    for (let i = 0; i < 40 && root(el).querySelector('.toolbar details.more'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    expect(root(el).querySelector('.toolbar details.more')).to.equal(null);
  });
});
