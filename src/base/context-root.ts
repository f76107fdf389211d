import { ContextRoot } from '@lit/context';

const rooted = new WeakSet<Document>();

/**
 * Lets elements find a `<care-network>` that is registered (upgraded) after them, e.g. when a
 * page imports the elements one by one in any order: the root remembers unanswered requests
 * and replays them when a provider appears. One root per document, attached on first use.
 */
export function ensureContextRoot(doc: Document): void {
  if (rooted.has(doc)) return;
  rooted.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
