/**
 * care-network-elements: importing this module registers every element.
 * For one element, import `care-network-elements/<tag>.js`; for the classes without
 * registering, import `care-network-elements/elements`.
 */
import './care-network.js';
import './network-circles.js';
import './eco-gram.js';
import './genogram-editor.js';
import './plan-board.js';
import './radio-checklist.js';

export * from './elements.js';
export * from './model/index.js';
export { NetworkStore } from './store/index.js';
export type { StoreEvent, StoreListener, Operation } from './store/index.js';
