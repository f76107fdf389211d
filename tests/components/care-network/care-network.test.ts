import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NetworkElement } from '../../../src/base/network-element.js';
import { CareNetworkProvider } from '../../../src/components/care-network/care-network.component.js';
import { define } from '../../../src/base/define.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork, OpResult } from '../../../src/model/types.js';
import type { CareNetworkChangeDetail, CareNetworkErrorDetail } from '../../../src/base/events.js';

/** A minimal element on the shared base: shows the client's name, renames on demand. */
class NameProbe extends NetworkElement {
  rename(name: string) {
    return this.edit(
      (doc: CareNetwork): OpResult => ({
        doc: { ...doc, people: doc.people.map((p) => (p.id === doc.egoId ? { ...p, name } : p)) },
        change: { type: 'person-update', ids: [doc.egoId], label: name },
      }),
    );
  }
  override render() {
    const ego = this.doc.people.find((p) => p.id === this.doc.egoId);
    return litHtml`${this.renderDataErrors()}<span id="name">${ego?.name}</span>${this.renderLiveRegion()}`;
  }
}
define('cn-name-probe', NameProbe);
define('care-network', CareNetworkProvider);

const nameIn = (el: Element) => el.shadowRoot!.querySelector('#name')!.textContent;

describe('<care-network>', () => {
  it('shares one document between the elements inside it', async () => {
    const provider = await fixture<CareNetworkProvider>(html`
      <care-network>
        <cn-name-probe id="a"></cn-name-probe>
        <div><cn-name-probe id="b"></cn-name-probe></div>
      </care-network>
    `);
    provider.network = createEmptyNetwork({ name: 'Sanne' });
    const a = provider.querySelector<NameProbe>('#a')!;
    const b = provider.querySelector<NameProbe>('#b')!;
    await a.updateComplete;
    await b.updateComplete;
    expect(nameIn(a)).to.equal('Sanne');

    const changed = oneEvent(provider, 'care-network-change');
    a.rename('Sanne de Vries');
    const event = (await changed) as CustomEvent<CareNetworkChangeDetail>;
    expect(event.detail.change.type).to.equal('person-update');
    expect(event.detail.source).to.equal('edit');
    expect(event.detail.doc.people[0].name).to.equal('Sanne de Vries');
    await b.updateComplete;
    expect(nameIn(b)).to.equal('Sanne de Vries');
    expect(provider.network.people[0].name).to.equal('Sanne de Vries');
  });

  it('emits exactly one change per edit to a host listening on the provider', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network><cn-name-probe></cn-name-probe></care-network>`);
    const probe = provider.querySelector<NameProbe>('cn-name-probe')!;
    await probe.updateComplete;
    let count = 0;
    provider.parentElement!.addEventListener('care-network-change', () => count++);
    probe.rename('x');
    probe.rename('y');
    expect(count).to.equal(2);
  });

  it('shares undo and redo: undo on the provider reverts an edit made in an element', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network><cn-name-probe></cn-name-probe></care-network>`);
    const start = createEmptyNetwork({ name: 'Start' });
    provider.network = start;
    const probe = provider.querySelector<NameProbe>('cn-name-probe')!;
    probe.rename('Edited');
    expect(provider.canUndo).to.equal(true);
    const undone = oneEvent(provider, 'care-network-change');
    provider.undo();
    expect(((await undone) as CustomEvent<CareNetworkChangeDetail>).detail.source).to.equal('undo');
    expect(provider.network).to.equal(start);
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Start');
    expect(probe.redo()).to.equal(true);
    expect(provider.network.people[0].name).to.equal('Edited');
  });

  it('refuses an invalid document: error event, last good document kept, message shown inside elements', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network><cn-name-probe></cn-name-probe></care-network>`);
    const good = createEmptyNetwork({ name: 'Goed' });
    provider.network = good;
    const probe = provider.querySelector<NameProbe>('cn-name-probe')!;
    const failed = oneEvent(provider, 'care-network-error');
    provider.network = { ...good, egoId: 'nobody' };
    const event = (await failed) as CustomEvent<CareNetworkErrorDetail>;
    expect(event.detail.errors[0].path).to.equal('egoId');
    expect(provider.network).to.equal(good);
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Goed');
    const alert = probe.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'error box').to.exist;
    expect(alert!.textContent).to.contain('egoId');
  });

  it('finds a provider that is registered after the elements inside it', async () => {
    const lateTag = `care-network-late-${Math.random().toString(36).slice(2)}`;
    const wrapper = await fixture<HTMLDivElement>(
      litHtml`<div>${document.createElement(lateTag)}</div>`,
    );
    const late = wrapper.firstElementChild!;
    const probe = document.createElement('cn-name-probe') as NameProbe;
    late.appendChild(probe);
    await probe.updateComplete;
    expect(probe.isShared).to.equal(false);
    class LateProvider extends CareNetworkProvider {}
    define(lateTag, LateProvider);
    const provider = late as LateProvider;
    provider.network = createEmptyNetwork({ name: 'Laat' });
    await probe.updateComplete;
    expect(probe.isShared).to.equal(true);
    expect(nameIn(probe)).to.equal('Laat');
  });
});

describe('a standalone element', () => {
  it('makes its own store from `network` and emits its own changes', async () => {
    const probe = await fixture<NameProbe>(html`<cn-name-probe .network=${createEmptyNetwork({ name: 'Alleen' })}></cn-name-probe>`);
    expect(probe.isShared).to.equal(false);
    expect(nameIn(probe)).to.equal('Alleen');
    const changed = oneEvent(probe, 'care-network-change');
    probe.rename('Zelf');
    const event = (await changed) as CustomEvent<CareNetworkChangeDetail>;
    expect(event.detail.doc.people[0].name).to.equal('Zelf');
    expect(probe.undo()).to.equal(true);
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Alleen');
  });

  it('keeps working on the last good document when handed an invalid one', async () => {
    const probe = await fixture<NameProbe>(html`<cn-name-probe .network=${createEmptyNetwork({ name: 'Goed' })}></cn-name-probe>`);
    const failed = oneEvent(probe, 'care-network-error');
    probe.network = 'not a network' as unknown as CareNetwork;
    await failed;
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Goed');
    expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    probe.rename('Verder');
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Verder');
  });

  it('readonly refuses edits', async () => {
    const probe = await fixture<NameProbe>(html`<cn-name-probe readonly .network=${createEmptyNetwork({ name: 'Vast' })}></cn-name-probe>`);
    expect(probe.rename('Anders')).to.equal(undefined);
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('Vast');
  });

  it('undo and redo by keyboard shortcut, announced politely in the element language', async () => {
    const probe = await fixture<NameProbe>(html`<cn-name-probe lang="nl" .network=${createEmptyNetwork({ name: 'A' })}></cn-name-probe>`);
    probe.rename('B');
    probe.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    // NameProbe doesn't listen to keys itself; exercise the shared handler directly.
    const handled = (probe as unknown as { handleHistoryKeys(e: KeyboardEvent): boolean }).handleHistoryKeys(
      new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }),
    );
    expect(handled).to.equal(true);
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('A');
    expect(probe.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Ongedaan gemaakt');
    const redo = (probe as unknown as { handleHistoryKeys(e: KeyboardEvent): boolean }).handleHistoryKeys(
      new KeyboardEvent('keydown', { key: 'y', ctrlKey: true }),
    );
    expect(redo).to.equal(true);
    await probe.updateComplete;
    expect(nameIn(probe)).to.equal('B');
  });
});
