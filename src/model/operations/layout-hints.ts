import type { CareNetwork, Id, NodeHint, OpResult, ViewKey, ViewLayout } from '../types.js';
import { OperationError, change, find, idInUse, result } from './shared.js';

const emptyView = (): ViewLayout => ({ nodes: {}, order: {} });

/** Sets (merges) one view's hint for one person; `null` clears it. Hints never hold pixels. */
export function setNodeHint(doc: CareNetwork, view: ViewKey, id: Id, hint: NodeHint | null): OpResult {
  find(doc.people, id, 'person');
  const current = doc.layout[view] ?? emptyView();
  const nodes = { ...current.nodes };
  if (hint === null) delete nodes[id];
  else nodes[id] = { ...nodes[id], ...hint };
  return result({ ...doc, layout: { ...doc.layout, [view]: { ...current, nodes } } }, change('layout-hint', [id]));
}

/** Keeps an explicit order (e.g. `children:<unionId>`) for one view. */
export function setOrder(doc: CareNetwork, view: ViewKey, key: string, ids: Id[]): OpResult {
  for (const id of ids) if (!idInUse(doc, id)) throw new OperationError(`No record with id "${id}".`, 'unknown-id');
  const current = doc.layout[view] ?? emptyView();
  return result(
    { ...doc, layout: { ...doc.layout, [view]: { ...current, order: { ...current.order, [key]: [...ids] } } } },
    change('layout-order', ids),
  );
}
