import type { CareNetwork, Id, Person, Strategy, Tie } from './types.js';

/**
 * Who counts as a member of the client's network, and how records point at them. Shared by
 * the strategy summary and the strategy suggestions so both count the same people.
 */

/** Everyone but the client, without pregnancy entries (genogram-only records). */
export function networkMembers(doc: CareNetwork): Person[] {
  return doc.people.filter((p) => p.id !== doc.egoId && !p.pregnancy);
}

/** Members who are alive: the people strategies can be worked on with. */
export function livingMembers(doc: CareNetwork): Person[] {
  return networkMembers(doc).filter((p) => !isDeceased(p));
}

export function isDeceased(person: Person): boolean {
  return Boolean(person.deceased || person.death);
}

/** The informal network: family, friends, neighbours, volunteers; everyone but paid care. */
export function isInformal(person: Person): boolean {
  return !person.professional;
}

/** The life domain of a person; professionals without a sector count in `professionals`. */
export function sectorOf(person: Person): string | undefined {
  return person.sector ?? (person.professional ? 'professionals' : undefined);
}

/** The ties between the client and one person, in document order. */
export function clientTies(doc: CareNetwork, personId: Id): Tie[] {
  return doc.ties.filter(
    (t) => (t.from === doc.egoId && t.to === personId) || (t.to === doc.egoId && t.from === personId),
  );
}

/** The client's ties per other person, in document order: one pass for views over many people. */
export function clientTieIndex(doc: CareNetwork): Map<Id, Tie[]> {
  const index = new Map<Id, Tie[]>();
  for (const t of doc.ties) {
    const other = t.from === doc.egoId ? t.to : t.to === doc.egoId ? t.from : undefined;
    if (other === undefined || other === doc.egoId) continue;
    const list = index.get(other);
    if (list) list.push(t);
    else index.set(other, [t]);
  }
  return index;
}

/**
 * The person a strategy is about: its `personId`, else the other end of its tie with the client
 * (or the tie's `from` for a tie between two others). `null` means the network as a whole.
 */
export function strategyPersonId(doc: CareNetwork, strategy: Strategy): Id | null {
  if (strategy.personId) return strategy.personId;
  if (!strategy.tieId) return null;
  const tie = doc.ties.find((t) => t.id === strategy.tieId);
  if (!tie) return null;
  return tie.from === doc.egoId ? tie.to : tie.from;
}
