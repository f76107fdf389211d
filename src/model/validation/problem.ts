/**
 * A problem found by the checks, not yet put into words. The checks name a message template
 * and its arguments (`M.dangling('person', id)`); the words (messages.ts, English and Dutch)
 * are only needed when there is a problem, so an element that validates a good document never
 * has to load them: `validateNetwork` formats at once, the elements format in a lazy chunk.
 */
import type { MESSAGES } from './messages.js';

type Templates = typeof MESSAGES;
export type MessageKey = keyof Templates;

/** A message template's key with its arguments. */
export interface PendingMessage {
  key: MessageKey;
  args: readonly unknown[];
}

/** One problem: where (a JSON path), a stable code, the message to write, the record's name. */
export interface Problem {
  path: string;
  code: string;
  message: PendingMessage;
  label?: string;
}

/** The message templates as deferred calls, typed like the templates themselves. */
export const M = /* @__PURE__ */ new Proxy(
  {},
  { get: (_target, key) => (...args: unknown[]) => ({ key, args }) },
) as { readonly [K in MessageKey]: (...args: Parameters<Templates[K]>) => PendingMessage };
