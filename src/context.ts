/** The sharing piece: the context key and the `<care-network>` provider class (not registered here). */
export { networkStoreContext } from './base/store-context.js';
export { CareNetworkProvider } from './components/care-network/care-network.component.js';
