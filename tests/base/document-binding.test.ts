import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NetworkElement } from '../../src/base/network-element.js';
import { define } from '../../src/base/define.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { validateNetwork } from '../../src/model/validate.js';
import type { CareNetwork } from '../../src/model/types.js';
import type { CareNetworkErrorDetail } from '../../src/base/events.js';

/** The elements put a refused document's errors into words in a lazy chunk (validation/format.ts). */
class ErrorProbe extends NetworkElement {
  get current(): CareNetwork {
    return this.doc;
  }
  override render() {
    return litHtml`${this.renderDataErrors()}<span id="people">${this.doc.people.length}</span>`;
  }
}
define('cn-error-probe', ErrorProbe);

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

describe('handing a document to an element', () => {
  it('a refused document gets the same errors, in both languages, as validateNetwork gives', async () => {
    const el = await fixture<ErrorProbe>(html`<cn-error-probe .network=${createEmptyNetwork({ name: 'Goed' })}></cn-error-probe>`);
    const bad = { ...createEmptyNetwork({ name: 'Noor' }), egoId: 'nobody', people: [{ id: 'p', kind: 'person', name: 'A', birth: '2020-13-01' }] };
    const failed = oneEvent(el, 'care-network-error');
    el.network = bad as unknown as CareNetwork;
    const { detail } = (await failed) as CustomEvent<CareNetworkErrorDetail>;
    expect(detail.rejected).to.equal(bad);
    expect(detail.errors).to.deep.equal(validateNetwork(bad).errors);
    expect(detail.errors.map((e) => e.code)).to.include.members(['invalid-date', 'ego-missing']);
    expect(detail.errors[0].messages.nl).to.match(/^Bij /);
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('egoId');
    expect(el.shadowRoot!.querySelector('#people')!.textContent).to.equal('1', 'the last good document stays');
  });

  it('a good document handed over right after a refused one clears the errors', async () => {
    const el = await fixture<ErrorProbe>(html`<cn-error-probe .network=${createEmptyNetwork({ name: 'Goed' })}></cn-error-probe>`);
    const failed = oneEvent(el, 'care-network-error');
    el.network = 'not a network' as unknown as CareNetwork;
    await el.updateComplete;
    const next = createEmptyNetwork({ name: 'Nieuw' });
    el.network = next;
    await failed; // the host still hears that the first one was refused
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(el.current).to.equal(next);
  });

  it('a good document is accepted at once, without waiting for anything', async () => {
    const el = await fixture<ErrorProbe>(html`<cn-error-probe></cn-error-probe>`);
    const doc = createEmptyNetwork({ name: 'Sanne' });
    el.network = doc;
    await el.updateComplete;
    expect(el.current).to.equal(doc);
    expect(alertOf(el)).to.equal(null);
  });
});
