import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../demo/portal.js';
import type { DemoPortal } from '../../demo/portal.js';
import type { CareNetworkProvider } from '../../src/components/care-network/care-network.component.js';
import { updatePerson } from '../../src/model/operations/index.js';
import { loadDocument, saveDocument } from '../../demo/storage.js';
import type { careCase } from '../fixtures/care-case.js';

async function portal(): Promise<{ el: DemoPortal; net: CareNetworkProvider }> {
  const el = await fixture<DemoPortal>(html`<demo-portal></demo-portal>`);
  const net = el.shadowRoot!.querySelector('care-network') as CareNetworkProvider;
  await waitUntil(() => net.network.people.length > 1, 'the example network is loaded', { timeout: 5000 });
  return { el, net };
}

describe('the demo care portal', () => {
  beforeEach(async () => {
    await saveDocument(undefined);
  });

  it('shows the five instruments on one shared document: a rename shows everywhere', async () => {
    const { el, net } = await portal();
    const tags = ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'];
    for (const tag of tags) expect(el.shadowRoot!.querySelector(`care-network ${tag}`), tag).to.exist;
    net.store.apply((doc) => updatePerson(doc, doc.egoId, { name: 'Noor van Dam' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.client')!.textContent).to.equal('Noor van Dam');
    for (const tag of tags) {
      const element = el.shadowRoot!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      expect(element.shadowRoot!.textContent, tag).to.contain('Noor');
    }
  });

  it('keeps edits in this browser (IndexedDB) so they survive a reload', async () => {
    const { net } = await portal();
    net.store.apply((doc) => updatePerson(doc, doc.egoId, { name: 'Bewaard' }));
    const egoName = async () => {
      const saved = (await loadDocument()) as typeof careCase | undefined;
      return saved?.people.find((p) => p.id === saved.egoId)?.name;
    };
    await waitUntil(async () => (await egoName()) === 'Bewaard', 'saved', { timeout: 5000 });
    const again = await portal();
    expect(again.net.network.people.find((p) => p.id === again.net.network.egoId)!.name).to.equal('Bewaard');
  });

  it('tabs work with the keyboard alone (arrow keys move and focus the tab)', async () => {
    const { el } = await portal();
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-circles')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-ecogram')!;
    expect(second.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(el.shadowRoot!.querySelector<HTMLElement>('#panel-ecogram')!.hidden).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLElement>('#panel-circles')!.hidden).to.equal(true);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#tab-radio')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('fits a 320 px wide screen without sideways scrolling of the portal frame', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el } = await portal();
      await el.updateComplete;
      const header = el.shadowRoot!.querySelector('header')!;
      const toolbar = el.shadowRoot!.querySelector('.toolbar')!;
      const tabs = el.shadowRoot!.querySelector('[role="tablist"]')!;
      for (const part of [header, toolbar, tabs]) expect(part.scrollWidth, part.className || part.tagName).to.be.at.most(part.clientWidth + 1);
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
