import { ContextEvent, type Context } from '@lit/context';

type AnyContext = Context<unknown, unknown>;
type Callback = (value: unknown, unsubscribe?: () => void) => void;

interface Pending {
  element: WeakRef<Element>;
  callback: WeakRef<Callback>;
}

/**
 * Remembers context requests nobody answered (an element upgraded before its `<care-network>`)
 * and replays them when a provider appears — like `@lit/context`'s `ContextRoot`, which keeps
 * one entry per element ever created and never lets go of it (on a page that creates and drops
 * standalone elements for hours that list only grows). Here an entry goes as soon as its
 * element is gone or off the page; an element that comes back asks again on connect.
 */
class PruningContextRoot {
  private readonly pending = new Map<unknown, Pending[]>();

  attach(root: Element): void {
    root.addEventListener('context-request', this.onRequest);
    root.addEventListener('context-provider', this.onProvider);
  }

  private onRequest = (event: Event): void => {
    const request = event as ContextEvent<AnyContext>;
    if (request.subscribe !== true) return;
    const element = (request.contextTarget ?? request.composedPath()[0]) as Element;
    const callback = request.callback as Callback;
    const list = (this.pending.get(request.context) ?? []).filter((p) => {
      const e = p.element.deref();
      const c = p.callback.deref();
      return e !== undefined && c !== undefined && e.isConnected && !(e === element && c === callback);
    });
    list.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    this.pending.set(request.context, list);
  };

  private onProvider = (event: Event): void => {
    const context = (event as Event & { context: AnyContext }).context;
    const list = this.pending.get(context);
    if (!list) return;
    this.pending.delete(context);
    for (const p of list) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      if (element?.isConnected && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  };
}

const rooted = new WeakSet<Document>();

/**
 * Lets elements find a `<care-network>` that is registered (upgraded) after them, e.g. when a
 * page imports the elements one by one in any order: the root remembers unanswered requests
 * and replays them when a provider appears. One root per document, attached on first use.
 */
export function ensureContextRoot(doc: Document): void {
  if (rooted.has(doc)) return;
  rooted.add(doc);
  new PruningContextRoot().attach(doc.documentElement);
}
