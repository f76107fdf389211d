import { createEmptyNetwork } from '../../src/model/empty.js';
import type { CareNetwork, Person, Tie } from '../../src/model/types.js';

/** A small document for the RADIO tests: the client Sanne and the people and ties given. */
export function radioDoc(people: Array<Partial<Person> & { id: string }>, ties: Array<Partial<Tie> & { to: string }>): CareNetwork {
  const doc = createEmptyNetwork({ name: 'Sanne' });
  return {
    ...doc,
    people: [...doc.people, ...people.map((p) => ({ kind: 'person' as const, name: p.id, ...p }))],
    ties: ties.map((t, i) => ({ id: `t${i + 1}`, from: doc.egoId, ...t })),
  };
}

/** Five informal people in every informal sector, so the network-level rules stay quiet. */
export const fullNetwork: Array<Partial<Person> & { id: string }> = [
  { id: 'f1', name: 'Mama', sector: 'family' },
  { id: 'f2', name: 'Papa', sector: 'family' },
  { id: 'v1', name: 'Lotte', sector: 'friends' },
  { id: 'v2', name: 'Ahmed', sector: 'friends' },
  { id: 'b1', name: 'Buurvrouw Els', sector: 'society' },
];
