import { define } from './base/define.js';
import { NetworkCircles } from './components/network-circles/network-circles.component.js';

export { NetworkCircles };
export type { CircleRing, CircleSector } from './components/network-circles/network-circles.component.js';
define('network-circles', NetworkCircles);

declare global {
  interface HTMLElementTagNameMap {
    'network-circles': NetworkCircles;
  }
}
