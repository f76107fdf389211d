import { expect, oneEvent } from '@open-wc/testing';
// Default imports: React is CommonJS, which has no static named exports in the browser.
import React from 'react';
import ReactDOMClient, { type Root } from 'react-dom/client';

const { createElement, act } = React;
import '../../src/care-network.js';
import { CareNetwork } from '../../src/react/index.js';
import type { CareNetworkProvider } from '../../src/components/care-network/care-network.component.js';
import type { CareNetworkChangeDetail } from '../../src/base/events.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson } from '../../src/model/operations/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function mount(element: ReturnType<typeof createElement>): Promise<{ host: HTMLElement; root: Root }> {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = ReactDOMClient.createRoot(host);
  await act(async () => root.render(element));
  return { host, root };
}

describe('React integration', () => {
  it('React 19 with the plain tag: sets the network as a property and receives change events', async () => {
    const doc = createEmptyNetwork({ name: 'Sanne' });
    const changes: CareNetworkChangeDetail[] = [];
    const { host, root } = await mount(
      createElement('care-network', {
        network: doc,
        'oncare-network-change': (e: CustomEvent<CareNetworkChangeDetail>) => changes.push(e.detail),
      }),
    );
    const provider = host.querySelector('care-network') as CareNetworkProvider;
    expect(provider.network.people[0].name).to.equal('Sanne');
    provider.store.apply((d) => addPerson(d, { kind: 'person', name: 'Oma' }));
    expect(changes).to.have.length(1);
    expect(changes[0].doc.people.map((p) => p.name)).to.deep.equal(['Sanne', 'Oma']);
    await act(async () => root.unmount());
    host.remove();
  });

  it('@lit/react wrapper (React 18 style): typed onCareNetworkChange prop', async () => {
    const doc = createEmptyNetwork({ name: 'Noor' });
    let received: CareNetworkChangeDetail | undefined;
    const { host, root } = await mount(
      createElement(CareNetwork, { network: doc, onCareNetworkChange: (e) => (received = e.detail) }),
    );
    const provider = host.querySelector('care-network') as CareNetworkProvider;
    expect(provider.network).to.equal(doc);
    const changed = oneEvent(provider, 'care-network-change');
    provider.store.apply((d) => addPerson(d, { kind: 'person', name: 'Buurvrouw' }));
    await changed;
    expect(received?.change.type).to.equal('person-add');
    await act(async () => root.unmount());
    host.remove();
  });
});
