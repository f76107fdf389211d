/**
 * React wrappers (for React 18 and earlier, where custom elements get attributes instead of
 * properties and no custom events): made with @lit/react, with typed event props such as
 * `onCareNetworkChange`. React 19 can use the plain tags instead.
 * Importing this module registers the elements. Needs `react` and `@lit/react` (peer deps).
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../index.js';
import { CareNetworkProvider } from '../components/care-network/care-network.component.js';
import { NetworkCircles } from '../components/network-circles/network-circles.component.js';
import { GenogramEditor } from '../components/genogram-editor/genogram-editor.component.js';
import { PlanBoard, type AgreementSelectDetail } from '../components/plan-board/plan-board.component.js';
import { EcoGram } from '../components/eco-gram/eco-gram.component.js';
import { RadioChecklist, type StrategySelectDetail } from '../components/radio-checklist/radio-checklist.component.js';
import { networkEvents, personEvents } from './events.js';

export const CareNetwork = createComponent({
  react: React,
  tagName: 'care-network',
  elementClass: CareNetworkProvider,
  events: networkEvents,
  displayName: 'CareNetwork',
});

export const NetworkCirclesComponent = createComponent({
  react: React,
  tagName: 'network-circles',
  elementClass: NetworkCircles,
  events: personEvents,
  displayName: 'NetworkCircles',
});

export const GenogramEditorComponent = createComponent({
  react: React,
  tagName: 'genogram-editor',
  elementClass: GenogramEditor,
  events: personEvents,
  displayName: 'GenogramEditor',
});

export const PlanBoardComponent = createComponent({
  react: React,
  tagName: 'plan-board',
  elementClass: PlanBoard,
  events: {
    ...networkEvents,
    onAgreementSelect: 'agreement-select' as EventName<CustomEvent<AgreementSelectDetail>>,
  },
  displayName: 'PlanBoard',
});

export const EcoGramComponent = createComponent({
  react: React,
  tagName: 'eco-gram',
  elementClass: EcoGram,
  events: personEvents,
  displayName: 'EcoGram',
});

export const RadioChecklistComponent = createComponent({
  react: React,
  tagName: 'radio-checklist',
  elementClass: RadioChecklist,
  events: {
    ...networkEvents,
    onStrategySelect: 'strategy-select' as EventName<CustomEvent<StrategySelectDetail>>,
  },
  displayName: 'RadioChecklist',
});
