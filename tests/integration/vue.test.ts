import { expect } from '@open-wc/testing';
// The browser build of Vue (with its template compiler), as a page without a bundler uses it.
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import '../../src/care-network.js';
import type { CareNetworkProvider } from '../../src/components/care-network/care-network.component.js';
import type { CareNetworkChangeDetail } from '../../src/base/events.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson } from '../../src/model/operations/index.js';

describe('Vue 3 integration', () => {
  it('binds the network with v-bind and listens with @care-network-change', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const changes: CareNetworkChangeDetail[] = [];
    const app = createApp({
      setup() {
        const network = ref(createEmptyNetwork({ name: 'Daan' }));
        const onChange = (e: CustomEvent<CareNetworkChangeDetail>) => {
          changes.push(e.detail);
          network.value = e.detail.doc;
        };
        return { network, onChange };
      },
      template: `<care-network :network.prop="network" @care-network-change="onChange"></care-network>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
    app.mount(host);
    const provider = host.querySelector('care-network') as CareNetworkProvider;
    expect(provider.network.people[0].name).to.equal('Daan');
    provider.store.apply((d) => addPerson(d, { kind: 'person', name: 'Mentor' }));
    expect(changes).to.have.length(1);
    expect(changes[0].doc.people[1].name).to.equal('Mentor');
    app.unmount();
    host.remove();
  });
});
