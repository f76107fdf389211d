/** Puts problems into words (English and Dutch): `ValidationError`s with their messages. */
import { reasonOf, type ValidationError } from './context.js';
import { MESSAGES, where, type Texts } from './messages.js';
import type { PendingMessage, Problem } from './problem.js';

function texts(message: PendingMessage): Texts {
  try {
    return (MESSAGES[message.key] as (...args: readonly unknown[]) => Texts)(...message.args);
  } catch (e) {
    // A value that throws when it is described (a revoked proxy) is reported as unreadable.
    return MESSAGES.unreadable(reasonOf(e));
  }
}

export function formatProblems(problems: readonly Problem[]): ValidationError[] {
  return problems.map(({ path, code, message, label }) => {
    const at = where(path, label);
    const body = texts(message);
    const en = at.en + body.en;
    const nl = at.nl + body.nl;
    return { path, code, message: en, messages: { en, nl } };
  });
}
