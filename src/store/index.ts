export { NetworkStore } from './network-store.js';
export type { StoreEvent, StoreListener, Operation, NetworkStoreOptions } from './network-store.js';
