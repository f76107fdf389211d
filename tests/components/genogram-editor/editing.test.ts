import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork } from '../../../src/model/types.js';
import type { CareNetworkChangeDetail, PersonSelectDetail } from '../../../src/base/events.js';
import { notationFamily } from './notation-family.js';

const start = (): CareNetwork => createEmptyNetwork({ id: 'sanne', name: 'Sanne', sex: 'female', birth: '1990' });

async function render(doc: CareNetwork = start(), lang = 'en') {
  const el = await fixture<GenogramEditor>(html`<genogram-editor lang=${lang} .network=${doc}></genogram-editor>`);
  await el.updateComplete;
  return el;
}
const root = (el: GenogramEditor) => el.shadowRoot!;
const button = (el: GenogramEditor, action: string) => root(el).querySelector<HTMLButtonElement>(`.toolbar [data-action="${action}"]`)!;
const doc = (el: GenogramEditor) => el.store.doc;
const person = (el: GenogramEditor, id: string) => doc(el).people.find((p) => p.id === id);
const live = (el: GenogramEditor) => root(el).querySelector('[role="status"]')!.textContent!;
const dialog = (el: GenogramEditor) => root(el).querySelector('dialog')!;

async function click(el: GenogramEditor, action: string) {
  button(el, action).click();
  await el.updateComplete;
}
async function closeDialog(el: GenogramEditor) {
  [...dialog(el).querySelectorAll('button')].find((b) => b.type === 'button' && /Cancel|Close/.test(b.textContent!))!.click();
  await el.updateComplete;
}
async function submitDialog(el: GenogramEditor) {
  dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}
async function settle(el: GenogramEditor) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
async function shiftF10() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'F10' });
  await sendKeys({ up: 'Shift' });
}
function focusPerson(el: GenogramEditor, id: string) {
  root(el).querySelector<SVGGElement>(`[data-person="${id}"]`)!.focus();
}

describe('<genogram-editor> editing', () => {
  it('starts empty with "begin with the client"', async () => {
    const el = await render(createEmptyNetwork());
    const form = root(el).querySelector('form.empty-start')!;
    expect(form.querySelector('h2')!.textContent).to.equal('Begin with the client');
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Sanne';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    expect(person(el, 'client')!.name).to.equal('Sanne');
    expect(root(el).querySelector('[data-person="client"]')).to.exist;
  });

  const adds: Array<[string, (d: CareNetwork) => boolean]> = [
    ['mother', (d) => d.unions.some((u) => u.children.some((c) => c.personId === 'sanne') && u.partners.some((p) => d.people.find((x) => x.id === p)?.sex === 'female'))],
    ['father', (d) => d.unions.some((u) => u.children.some((c) => c.personId === 'sanne') && u.partners.some((p) => d.people.find((x) => x.id === p)?.sex === 'male'))],
    ['parents', (d) => d.unions.some((u) => u.children.some((c) => c.personId === 'sanne') && u.partners.length === 2)],
    ['partner', (d) => d.unions.some((u) => u.partners.includes('sanne') && u.partners.length === 2)],
    ['child', (d) => d.unions.some((u) => u.partners.includes('sanne') && u.children.length === 1)],
    ['sibling', (d) => d.unions.some((u) => u.children.length === 2 && u.children.some((c) => c.personId === 'sanne'))],
    ['twin', (d) => d.unions.some((u) => u.children.length === 2 && u.children.every((c) => c.twinGroup && c.twinGroup === u.children[0].twinGroup))],
  ];
  for (const [kind, check] of adds) {
    it(`adds a ${kind} in one undoable step`, async () => {
      const el = await render();
      const before = doc(el);
      const changed = oneEvent(el, 'care-network-change');
      await click(el, kind);
      const event = (await changed) as CustomEvent<CareNetworkChangeDetail>;
      expect(event.detail.change.type).to.equal('batch');
      expect(check(doc(el)), kind).to.be.true;
      // The new person is selected and its details dialog opens to type the name.
      expect(el.selectedId).to.not.equal('sanne');
      expect(dialog(el).open).to.be.true;
      expect(live(el)).to.match(/^Added: /);
      await closeDialog(el);
      await click(el, 'undo');
      expect(doc(el)).to.equal(before);
    });
  }

  it('gives a twin the birth date and twin group of the person', async () => {
    const el = await render();
    await click(el, 'twin');
    const twin = person(el, el.selectedId!)!;
    expect(twin.birth).to.equal('1990');
    await closeDialog(el);
  });

  it('disables adding a second mother', async () => {
    const el = await render();
    await click(el, 'mother');
    await closeDialog(el);
    el.selectedId = 'sanne';
    await el.updateComplete;
    expect(button(el, 'mother').disabled).to.be.true;
    expect(button(el, 'father').disabled).to.be.false;
    expect(button(el, 'parents').disabled).to.be.true;
  });

  it('edits details (name, sex, dates, deceased, notes, health markers) in one step', async () => {
    const el = await render(notationFamily());
    el.selectedId = 'broer';
    await el.updateComplete;
    await click(el, 'edit');
    const d = dialog(el);
    const field = <T extends HTMLElement>(name: string) => d.querySelector<T>(`[name="${name}"]`)!;
    field<HTMLInputElement>('name').value = 'Tom de Vries';
    field<HTMLSelectElement>('gender').value = 'nonbinary';
    field<HTMLInputElement>('death').value = '2024-02';
    field<HTMLInputElement>('deceased').checked = true;
    field<HTMLTextAreaElement>('notes').value = 'Belde elke zondag.';
    d.querySelector<HTMLInputElement>('#f-condition')!.value = 'astma';
    d.querySelector<HTMLSelectElement>('#f-condition-status')!.value = 'suspected';
    d.querySelector<HTMLButtonElement>('.add-marker')!.click();
    await el.updateComplete;
    field<HTMLSelectElement>('twinType').value = 'identical';
    const before = doc(el);
    await submitDialog(el);
    const tom = person(el, 'broer')!;
    expect(tom).to.include({ name: 'Tom de Vries', gender: 'nonbinary', death: '2024-02', deceased: true, notes: 'Belde elke zondag.' });
    expect(tom.healthMarkers).to.deep.equal([{ condition: 'astma', status: 'suspected' }]);
    expect(doc(el).unions.find((u) => u.id === 'u-parents')!.children.find((c) => c.personId === 'broer')!.twinType).to.equal('identical');
    expect(dialog(el)).to.not.exist;
    el.undo();
    expect(doc(el)).to.equal(before);
  });

  it('opens the details dialog with Enter, focus in its first field, also before its lazy part has loaded', async () => {
    // The dialogs are a lazy part: a fresh element has not loaded them when Enter is pressed at once.
    const el = await render();
    focusPerson(el, 'sanne');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el).open).to.be.true;
    expect(root(el).activeElement).to.equal(dialog(el).querySelector('input[name="name"]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el)).to.not.exist;
    expect(root(el).activeElement!.getAttribute('data-person')).to.equal('sanne');
  });

  it('refuses a malformed date in the details dialog', async () => {
    const el = await render();
    await click(el, 'edit');
    dialog(el).querySelector<HTMLInputElement>('[name="birth"]')!.value = '12-05-1990';
    await submitDialog(el);
    expect(dialog(el).open).to.be.true;
    expect(person(el, 'sanne')!.birth).to.equal('1990');
    await closeDialog(el);
  });

  it('changes a partnership over time: married → separated → divorced, with dates', async () => {
    const el = await render();
    await click(el, 'partner');
    await closeDialog(el);
    el.selectedId = 'sanne';
    await el.updateComplete;
    for (const [status, date] of [['married', '2004'], ['separated', '2013'], ['divorced', '2015']]) {
      await click(el, 'union');
      dialog(el).querySelector<HTMLSelectElement>('[name="status"]')!.value = status;
      dialog(el).querySelector<HTMLInputElement>('[name="date"]')!.value = date;
      await submitDialog(el);
    }
    const union = doc(el).unions[0];
    expect(union.history.slice(1)).to.deep.equal([
      { status: 'married', date: '2004' },
      { status: 'separated', date: '2013' },
      { status: 'divorced', date: '2015' },
    ]);
    const drawn = root(el).querySelector(`[data-union="${union.id}"]`)!;
    expect([...drawn.querySelectorAll('.union-date')].map((t) => t.textContent)).to.deep.equal(['m. 2004', 'sep. 2013', 'div. 2015']);
    expect(drawn.querySelector('.slash')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(live(el)).to.equal('Partnership now: divorced');
    el.undo();
    expect(doc(el).unions[0].history.at(-1)!.status).to.equal('separated');
  });

  it('adds and removes an emotional relation between two people', async () => {
    const el = await render(notationFamily());
    const count = doc(el).emotionalRelations.length;
    await click(el, 'relation');
    dialog(el).querySelector<HTMLSelectElement>('[name="with"]')!.value = 'ans';
    dialog(el).querySelector<HTMLSelectElement>('[name="kind"]')!.value = 'cutoff-repaired';
    await submitDialog(el);
    const added = doc(el).emotionalRelations.at(-1)!;
    expect(added).to.include({ from: 'sanne', to: 'ans', kind: 'cutoff-repaired' });
    expect(doc(el).emotionalRelations).to.have.length(count + 1);
    expect(live(el)).to.equal('Added cutoff repaired between Sanne and Ans');
    await click(el, 'relation');
    const remove = [...dialog(el).querySelectorAll<HTMLButtonElement>('.relations-list button')].find((b) => b.textContent!.includes('cutoff repaired with Ans'))!;
    remove.click();
    await el.updateComplete;
    expect(doc(el).emotionalRelations).to.have.length(count);
    await closeDialog(el);
  });

  it('removes a person (undoable) and never the client', async () => {
    const el = await render(notationFamily());
    expect(button(el, 'remove').disabled).to.be.true;
    el.selectedId = 'broer';
    await el.updateComplete;
    const before = doc(el);
    await click(el, 'remove');
    expect(person(el, 'broer')).to.be.undefined;
    expect(root(el).querySelector('[data-person="broer"]')).to.not.exist;
    expect(live(el)).to.equal('Removed Tom');
    await click(el, 'undo');
    expect(doc(el)).to.equal(before);
    expect(root(el).querySelector('[data-person="broer"]')).to.exist;
  });

  it('reorders siblings as a layout hint, and the drawing follows', async () => {
    const el = await render(notationFamily());
    const x = (id: string) => root(el).querySelector(`[data-node="${id}"]`)!.getBoundingClientRect().x;
    expect(x('sanne')).to.be.lessThan(x('broer')); // oldest left
    await click(el, 'move-right');
    const order = doc(el).layout['genogram-editor']!.order['children:u-parents'];
    expect(order.indexOf('sanne')).to.equal(order.indexOf('broer') + 1);
    await settle(el);
    expect(x('sanne')).to.be.greaterThan(x('broer'));
    el.undo();
    expect(doc(el).layout['genogram-editor']).to.be.undefined;
  });

  it('walks the family with the arrow keys and says who each person is', async () => {
    const el = await render(notationFamily(), 'nl');
    focusPerson(el, 'sanne');
    const selected: string[] = [];
    el.addEventListener('person-select', (e) => selected.push((e as CustomEvent<PersonSelectDetail>).detail.personId!));
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const parent = el.selectedId!;
    expect(['vader', 'moeder']).to.include(parent);
    expect(root(el).activeElement!.getAttribute('data-person')).to.equal(parent);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(['ans', 'piet']).to.include(el.selectedId);
    await new Promise((r) => setTimeout(r, 0));
    expect(live(el)).to.match(/^(Ans, grootmoeder|Piet, grootvader) van Sanne$/);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.selectedId).to.equal('sanne');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.selectedId).to.equal('preg');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    // Sideways: partners and brothers and sisters.
    el.selectedId = 'sanne';
    await settle(el);
    focusPerson(el, 'sanne');
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      seen.add(el.selectedId!);
    }
    expect([...seen].some((id) => ['p1', 'p4', 'broer', 'misk'].includes(id))).to.be.true;
    expect(selected.length).to.be.greaterThan(4);
  });

  it('runs actions from letter keys and from the context menu (Shift+F10)', async () => {
    const el = await render();
    focusPerson(el, 'sanne');
    await sendKeys({ press: 'p' });
    await settle(el);
    expect(doc(el).unions).to.have.length(1);
    await closeDialog(el);
    await settle(el);
    focusPerson(el, el.selectedId!);
    await shiftF10();
    await settle(el);
    const menu = root(el).querySelector('[role="menu"]')!;
    expect(menu).to.exist;
    expect(root(el).activeElement!.getAttribute('role')).to.equal('menuitem');
    await sendKeys({ press: 'ArrowDown' });
    const item = root(el).activeElement as HTMLButtonElement;
    expect(item.dataset.action).to.equal('father');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('[role="menu"]')).to.not.exist;
    // The menu's items run the same actions.
    focusPerson(el, el.selectedId!);
    await shiftF10();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('[role="menuitem"][data-action="child"]')!.click();
    await settle(el);
    expect(doc(el).unions[0].children).to.have.length(1);
    await closeDialog(el);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(doc(el).unions[0].children).to.have.length(0);
  });

  it('is accessible with a dialog and with the context menu open (axe)', async () => {
    const el = await render(notationFamily());
    el.selectedId = 'moeder';
    await el.updateComplete;
    await click(el, 'edit');
    await expect(el).to.be.accessible();
    await closeDialog(el);
    await click(el, 'union');
    await expect(el).to.be.accessible();
    await closeDialog(el);
    focusPerson(el, 'moeder');
    await shiftF10();
    await settle(el);
    expect(root(el).querySelector('[role="menu"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('opens the context menu on right click', async () => {
    const el = await render(notationFamily());
    const target = root(el).querySelector('[data-person="broer"] .shape')!;
    target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: 50, clientY: 50 }));
    await settle(el);
    expect(el.selectedId).to.equal('broer');
    expect(root(el).querySelector('[role="menu"]')!.getAttribute('aria-label')).to.equal('Actions for Tom');
  });

  it('lists everyone with parents, partners and children in the table view', async () => {
    const el = await render(notationFamily());
    await click(el, 'table');
    const row = root(el).querySelector('tr[data-person-row="sanne"]')!;
    const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
    expect(cells[0]).to.equal('Sanne');
    expect(cells[1]).to.equal('client');
    expect(cells[3]).to.equal('Henk, Marja');
    expect(cells[4]).to.equal('Karel, Omar');
    expect(cells[5]).to.equal('Zwangerschap');
    expect(root(el).querySelector('tr[data-person-row="ans"] td')!.textContent!.trim()).to.equal('grandmother');
    root(el).querySelector<HTMLButtonElement>('tr[data-person-row="ans"] button')!.click();
    await el.updateComplete;
    expect(el.selectedId).to.equal('ans');
    await expect(el).to.be.accessible();
  });

  it('selects with a click (person-select) and refuses an invalid network (care-network-error)', async () => {
    const el = await render(notationFamily());
    const selected = oneEvent(el, 'person-select');
    root(el).querySelector<SVGElement>('[data-person="ans"] .shape')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const detail = ((await selected) as CustomEvent<PersonSelectDetail>).detail;
    expect(detail.personId).to.equal('ans');
    expect(detail.person!.name).to.equal('Ans');
    const error = oneEvent(el, 'care-network-error');
    el.network = { ...notationFamily(), egoId: 'nobody' };
    await error;
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')).to.exist;
    expect(root(el).querySelector('[data-person="ans"]')).to.exist; // the last valid family stays
  });

  it('is read-only with `readonly`: no editing controls, keys do nothing', async () => {
    const doc0 = notationFamily();
    const el = await fixture<GenogramEditor>(html`<genogram-editor readonly .network=${doc0}></genogram-editor>`);
    expect(root(el).querySelector('.toolbar [data-action="child"]')).to.not.exist;
    focusPerson(el, 'sanne');
    await sendKeys({ press: 'c' });
    await sendKeys({ press: 'Delete' });
    await settle(el);
    expect(el.store.doc).to.equal(el.store.doc);
    expect(el.store.canUndo).to.be.false;
  });

  it('shows a focus window for large families and lets the user move it', async () => {
    // Five generations of four children each around the client.
    const d = start();
    let n = 0;
    let parents = ['sanne'];
    for (let g = 0; g < 4; g++) {
      const next: string[] = [];
      for (const parent of parents) {
        const partner = `x${n++}`;
        d.people.push({ id: partner, kind: 'person', name: `Partner ${partner}`, sector: 'family' });
        const kids = [0, 1].map(() => `k${n++}`);
        for (const k of kids) d.people.push({ id: k, kind: 'person', name: `Kind ${k}`, sector: 'family' });
        d.unions.push({ id: `u${n++}`, partners: [parent, partner], history: [{ status: 'married' }], children: kids.map((k) => ({ personId: k, kind: 'biological' })) });
        next.push(...kids);
      }
      parents = next;
    }
    const el = await fixture<GenogramEditor>(html`<genogram-editor large-family="20" focus-generations="1" .network=${d}></genogram-editor>`);
    const shown = () => root(el).querySelectorAll('svg[part="drawing"] [data-person]').length;
    expect(root(el).querySelector('.focus-status')!.textContent).to.contain('3 generations around Sanne');
    const inWindow = shown();
    expect(inWindow).to.be.lessThan(d.people.length);
    expect(root(el).querySelector('[data-node="k1"] .more')).to.exist;
    expect(root(el).querySelector('[data-person="k1"]')!.getAttribute('aria-label')).to.contain('more relatives not shown');
    el.selectedId = 'k1';
    await el.updateComplete;
    await click(el, 'focus');
    await settle(el);
    expect(root(el).querySelector('.focus-status')!.textContent).to.contain('around Kind k1');
    expect(root(el).querySelector('[data-person="sanne"]')).to.exist;
    expect(root(el).querySelector(`[data-person="${d.people.at(-1)!.id}"]`)).to.not.exist;
    await click(el, 'show-all');
    await el.drawn;
    expect(shown()).to.equal(d.people.length);
  });
});
