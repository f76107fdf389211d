import type { EventName } from '@lit/react';
import type { CareNetworkChangeDetail, CareNetworkErrorDetail, PersonSelectDetail } from '../base/events.js';

/** The events every network element emits, as typed React props (`onCareNetworkChange`…). */
export const networkEvents = {
  onCareNetworkChange: 'care-network-change' as EventName<CustomEvent<CareNetworkChangeDetail>>,
  onCareNetworkError: 'care-network-error' as EventName<CustomEvent<CareNetworkErrorDetail>>,
};

export const personEvents = {
  ...networkEvents,
  onPersonSelect: 'person-select' as EventName<CustomEvent<PersonSelectDetail>>,
};
