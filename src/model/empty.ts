import { SCHEMA_VERSION, type CareNetwork, type Person } from './types.js';

/** A new document with only the client in it: the friendly start of every element. */
export function createEmptyNetwork(client: Partial<Person> = {}): CareNetwork {
  const ego: Person = { id: 'client', kind: 'person', name: '', ...client };
  return {
    schema: SCHEMA_VERSION,
    egoId: ego.id,
    people: [ego],
    ties: [],
    unions: [],
    emotionalRelations: [],
    households: [],
    plan: { questions: [], agreements: [], conditions: [], coreTeam: { members: [] }, meetings: [] },
    strategies: [],
    layout: {},
  };
}
