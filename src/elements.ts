/**
 * The element classes, without registering any tag: import from here to subclass an element
 * or register it under another name. Side-effect free.
 */
export { CareNetworkProvider } from './components/care-network/care-network.component.js';
export { NetworkCircles } from './components/network-circles/network-circles.component.js';
export type { CircleRing, CircleSector } from './components/network-circles/network-circles.component.js';
export { GenogramEditor } from './components/genogram-editor/genogram-editor.component.js';
export { PlanBoard } from './components/plan-board/plan-board.component.js';
export type { AgreementSelectDetail, PlanBoardMode, PlanBoardGroupBy } from './components/plan-board/plan-board.component.js';
export { EcoGram } from './components/eco-gram/eco-gram.component.js';
export { RadioChecklist } from './components/radio-checklist/radio-checklist.component.js';
export type { StrategySelectDetail } from './components/radio-checklist/radio-checklist.component.js';
export { NetworkElement } from './base/network-element.js';
export { CareElement } from './base/care-element.js';
export { define } from './base/define.js';
export { networkStoreContext } from './base/store-context.js';
export type { SharedNetwork } from './base/store-context.js';
export type { CareEventMap, CareNetworkChangeDetail, CareNetworkErrorDetail, PersonSelectDetail } from './base/events.js';
