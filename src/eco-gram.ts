import { define } from './base/define.js';
import { EcoGram } from './components/eco-gram/eco-gram.component.js';

export { EcoGram };
define('eco-gram', EcoGram);

declare global {
  interface HTMLElementTagNameMap {
    'eco-gram': EcoGram;
  }
}
