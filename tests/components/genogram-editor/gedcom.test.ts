import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import { importGedcom } from '../../../src/io/index.js';
import { readSharedFixture } from '../../shared-fixtures.js';

async function render(lang = 'en') {
  const el = await fixture<GenogramEditor>(html`<genogram-editor lang=${lang} .network=${createEmptyNetwork({ id: 'x', name: 'Sanne' })}></genogram-editor>`);
  await el.updateComplete;
  return el;
}
const root = (el: GenogramEditor) => el.shadowRoot!;
const importDialog = (el: GenogramEditor) => root(el).querySelector('dialog.import-dialog') as HTMLDialogElement | null;

describe('<genogram-editor> GEDCOM', () => {
  it('imports a large public file after review, in a focus window, undoably', async () => {
    const el = await render();
    const before = el.store.doc;
    const bytes = await readSharedFixture('gedcom/samples/royal92.ged');
    await el.reviewGedcom(bytes, 'royal92.ged');
    await el.updateComplete;
    const dialog = importDialog(el)!;
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Import royal92.ged');
    expect(dialog.querySelector('.import-summary')!.textContent).to.contain('3010 people');
    // Nothing changes before the user accepts.
    expect(el.store.doc).to.equal(before);
    dialog.querySelector<HTMLButtonElement>('[data-action="import-accept"]')!.click();
    await el.updateComplete;
    expect(el.store.doc.people.length).to.be.at.least(3010);
    expect(importDialog(el)).to.not.exist;
    // The window's layout is computed off the main thread; the page says so until it is there.
    expect(el.layingOut).to.be.true;
    expect(root(el).querySelector('.layout-status')!.textContent).to.equal('Drawing the family…');
    await el.drawn;
    expect(root(el).querySelector('.layout-status')).to.not.exist;
    // Thousands of people open as a focus window around the first person.
    expect(root(el).querySelector('.focus-status')).to.exist;
    const drawn = root(el).querySelectorAll('svg[part="drawing"] [data-person]').length;
    expect(drawn).to.be.greaterThan(1).and.lessThan(400);
    el.undo();
    expect(el.store.doc).to.equal(before);
  });

  it('shows the problems of a malformed file with line numbers before importing the valid part', async () => {
    const el = await render('nl');
    const bytes = await readSharedFixture('gedcom/gedcom-go/malformed/invalid-level.ged');
    await el.reviewGedcom(bytes, 'invalid-level.ged');
    await el.updateComplete;
    const dialog = importDialog(el)!;
    expect(dialog.querySelector('h3')!.textContent).to.equal('Problemen in invalid-level.ged');
    const items = [...dialog.querySelectorAll('.import-problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.length).to.be.greaterThan(0);
    expect(items[0]).to.match(/^regel \d+: /);
    const expected = importGedcom(bytes).problems[0];
    expect(items[0]).to.contain(expected.messages.nl);
    dialog.querySelector<HTMLButtonElement>('[data-action="import-accept"]')!.click();
    await el.updateComplete;
    expect(el.store.doc.people.map((p) => p.name)).to.include('John Smith');
  });

  it('refuses a file with nothing in it, with a clear reason and no import button', async () => {
    const el = await render();
    await el.reviewGedcom('this is not a GEDCOM file', 'notes.txt');
    await el.updateComplete;
    const dialog = importDialog(el)!;
    expect(dialog.querySelector('.import-summary')!.textContent!.trim()).to.equal('This file cannot be imported.');
    expect(dialog.querySelector('[data-action="import-accept"]')).to.not.exist;
    expect(dialog.querySelectorAll('.import-problems li').length).to.be.greaterThan(0);
    dialog.querySelector<HTMLButtonElement>('[data-action="import-cancel"]')!.click();
    await el.updateComplete;
    expect(el.store.doc.people[0].name).to.equal('Sanne');
  });

  it('exports what it imported: import → export → import keeps the people and families', async () => {
    const el = await render();
    const bytes = await readSharedFixture('gedcom/samples/kennedy.ged');
    await el.reviewGedcom(bytes, 'kennedy.ged');
    await el.updateComplete;
    importDialog(el)!.querySelector<HTMLButtonElement>('[data-action="import-accept"]')!.click();
    await el.updateComplete;
    const first = el.store.doc;
    const again = importGedcom(await el.toGedcom());
    expect(again.network.people.length).to.equal(first.people.length);
    expect(again.network.unions.length).to.equal(first.unions.length);
    expect(again.network.people.map((p) => p.name).sort()).to.deep.equal(first.people.map((p) => p.name).sort());
  });

  it('has an import file picker and an export button in the toolbar', async () => {
    const el = await render();
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"][data-action="import-gedcom"]')!;
    expect(input.accept).to.contain('.ged');
    expect(input.closest('label')!.textContent!.trim()).to.equal('Import GEDCOM');
    expect(root(el).querySelector('[data-action="export-gedcom"]')!.textContent!.trim()).to.equal('Download GEDCOM');
    await expect(el).to.be.accessible();
  });
});
