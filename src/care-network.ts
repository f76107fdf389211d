import { define } from './base/define.js';
import { CareNetworkProvider } from './components/care-network/care-network.component.js';

export { CareNetworkProvider };
define('care-network', CareNetworkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'care-network': CareNetworkProvider;
  }
}
