/**
 * React wrappers (for React 18 and earlier, where custom elements get attributes instead of
 * properties and no custom events): made with @lit/react, with typed event props such as
 * `onCareNetworkChange`. React 19 can use the plain tags instead.
 * Importing this module registers the elements. Needs `react` and `@lit/react` (peer deps).
 */
import React from 'react';
import { createComponent } from '@lit/react';
import '../care-network.js';
import { CareNetworkProvider } from '../components/care-network/care-network.component.js';
import { networkEvents } from './events.js';

export const CareNetwork = createComponent({
  react: React,
  tagName: 'care-network',
  elementClass: CareNetworkProvider,
  events: networkEvents,
  displayName: 'CareNetwork',
});
