import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import type { PersonSelectDetail } from '../../../src/base/events.js';
import type { CareNetwork } from '../../../src/model/types.js';
import { twoPartnersWithFamilies } from '../../layout/genogram-shapes.js';

async function render(doc: CareNetwork, lang = 'en') {
  const el = await fixture<GenogramEditor>(html`<genogram-editor lang=${lang} .network=${doc}></genogram-editor>`);
  await el.updateComplete;
  return el;
}
const notes = (el: GenogramEditor) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.compromises');

describe('<genogram-editor> notes on the drawing', () => {
  it('says where a line has to cross, names the person, and selects them on a click', async () => {
    // Selected at first: a grandchild, so a click on the client's name is a change of selection.
    const doc = { ...twoPartnersWithFamilies(true), egoId: 'k1' };
    const el = await render(doc);
    expect(el.layout.compromises.length, 'the layout reports the crossing').to.equal(1);
    const details = notes(el)!;
    expect(details, 'notes are shown').to.not.equal(null);
    expect(details.querySelector('summary')!.textContent).to.contain('Notes on the drawing (1)');
    const item = details.querySelector('li')!;
    expect(item.textContent).to.match(/Client: both partners have their parents in the drawing/);
    const selected = oneEvent(el, 'person-select');
    details.open = true;
    item.querySelector('button')!.click();
    expect(((await selected) as CustomEvent<PersonSelectDetail>).detail.personId).to.equal('client');
    await expect(el).to.be.accessible();
  });

  it('works by keyboard: Enter opens the notes, Tab reaches the name, Enter selects the person', async () => {
    const el = await render({ ...twoPartnersWithFamilies(true), egoId: 'k1' });
    const details = notes(el)!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens the notes').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab reaches the name').to.equal(details.querySelector('li button'));
    const selected = oneEvent(el, 'person-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<PersonSelectDetail>).detail.personId).to.equal('client');
  });

  it('shows no notes when the drawing needs no compromise', async () => {
    const el = await render(twoPartnersWithFamilies(false));
    expect(el.layout.compromises).to.deep.equal([]);
    expect(notes(el)).to.equal(null);
  });

  it('speaks Dutch after the nearest lang', async () => {
    const el = await render(twoPartnersWithFamilies(true), 'nl');
    expect(notes(el)!.querySelector('summary')!.textContent).to.contain('Opmerkingen bij de tekening (1)');
    expect(notes(el)!.querySelector('li')!.textContent).to.contain('Daarom moet één lijn kruisen');
  });
});
