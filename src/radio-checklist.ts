import { define } from './base/define.js';
import { RadioChecklist } from './components/radio-checklist/radio-checklist.component.js';

export { RadioChecklist };
export type { StrategySelectDetail } from './components/radio-checklist/radio-checklist.component.js';
define('radio-checklist', RadioChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'radio-checklist': RadioChecklist;
  }
}
