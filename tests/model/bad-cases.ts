/**
 * Bad documents, one per error kind: shared by the validateNetwork tests and the test that
 * keeps schema/care-network.schema.json equal to the model.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface BadCase {
  name: string;
  /** The error code validateNetwork must report… */
  code: string;
  /** …at this path. */
  path: string;
  mutate: (doc: Loose) => void;
}

/** One bad document per error kind: what to break, and the code and path expected. */
export const BAD_CASES: BadCase[] = [
  // Wrong types, for each kind of field
  { name: 'people is not a list', code: 'wrong-type', path: 'people', mutate: (d) => (d.people = {}) },
  { name: 'a person is not an object', code: 'wrong-type', path: 'people[0]', mutate: (d) => (d.people[0] = 'Henk') },
  { name: 'a name is a number', code: 'wrong-type', path: 'people[0].name', mutate: (d) => (d.people[0].name = 42) },
  { name: 'professional is text', code: 'wrong-type', path: 'people[24].professional', mutate: (d) => (d.people[24].professional = 'yes') },
  { name: 'healthMarkers is an object', code: 'wrong-type', path: 'people[0].healthMarkers', mutate: (d) => (d.people[0].healthMarkers = {}) },
  { name: 'health marker without condition', code: 'missing-field', path: 'people[0].healthMarkers[0].condition', mutate: (d) => delete d.people[0].healthMarkers[0].condition },
  { name: 'health marker status', code: 'invalid-value', path: 'people[0].healthMarkers[0].status', mutate: (d) => (d.people[0].healthMarkers[0].status = 'cured') },
  { name: 'person extensions is a list', code: 'wrong-type', path: 'people[0].extensions', mutate: (d) => (d.people[0].extensions = []) },
  { name: 'closeness is text', code: 'wrong-type', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = '1') },
  { name: 'closeness is 0', code: 'invalid-number', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = 0) },
  { name: 'closeness is 1.5', code: 'invalid-number', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = 1.5) },
  { name: 'stress is a number', code: 'wrong-type', path: 'ties[0].stress', mutate: (d) => (d.ties[0].stress = 1) },
  { name: 'support is text', code: 'wrong-type', path: 'ties[0].support', mutate: (d) => (d.ties[0].support = 'emotional') },
  { name: 'tie without from', code: 'missing-field', path: 'ties[0].from', mutate: (d) => delete d.ties[0].from },
  { name: 'union without history', code: 'missing-field', path: 'unions[0].history', mutate: (d) => delete d.unions[0].history },
  { name: 'union children is an object', code: 'wrong-type', path: 'unions[0].children', mutate: (d) => (d.unions[0].children = {}) },
  { name: 'household members missing', code: 'missing-field', path: 'households[0].members', mutate: (d) => delete d.households[0].members },
  { name: 'plan is a list', code: 'wrong-type', path: 'plan', mutate: (d) => (d.plan = []) },
  { name: 'agreement when is text', code: 'wrong-type', path: 'plan.agreements[0].when', mutate: (d) => (d.plan.agreements[0].when = 'morgen') },
  { name: 'agreement without what', code: 'missing-field', path: 'plan.agreements[0].what', mutate: (d) => delete d.plan.agreements[0].what },
  { name: 'condition without agency', code: 'missing-field', path: 'plan.conditions[0].agency', mutate: (d) => delete d.plan.conditions[0].agency },
  { name: 'core team members missing', code: 'missing-field', path: 'plan.coreTeam.members', mutate: (d) => (d.plan.coreTeam = {}) },
  { name: 'meeting without date', code: 'missing-field', path: 'plan.meetings[0].date', mutate: (d) => delete d.plan.meetings[0].date },
  { name: 'question text is null', code: 'wrong-type', path: 'plan.questions[0].text', mutate: (d) => (d.plan.questions[0].text = null) },
  { name: 'strategies is an object', code: 'wrong-type', path: 'strategies', mutate: (d) => (d.strategies = {}) },
  { name: 'layout is a list', code: 'wrong-type', path: 'layout', mutate: (d) => (d.layout = []) },
  { name: 'view without order', code: 'missing-field', path: 'layout["eco-gram"].order', mutate: (d) => (d.layout['eco-gram'] = { nodes: {} }) },
  { name: 'node hint ring is -1', code: 'invalid-number', path: 'layout["eco-gram"].nodes["p-ans"].ring', mutate: (d) => (d.layout['eco-gram'] = { nodes: { 'p-ans': { ring: -1 } }, order: {} }) },
  { name: 'node hint angle is text', code: 'wrong-type', path: 'layout["eco-gram"].nodes["p-ans"].angle', mutate: (d) => (d.layout['eco-gram'] = { nodes: { 'p-ans': { angle: 'north' } }, order: {} }) },
  { name: 'order is not a list', code: 'wrong-type', path: 'layout["eco-gram"].order.x', mutate: (d) => (d.layout['eco-gram'] = { nodes: {}, order: { x: 'p-ans' } }) },
  { name: 'title is a number', code: 'wrong-type', path: 'title', mutate: (d) => (d.title = 1) },
  { name: 'document extensions is text', code: 'wrong-type', path: 'extensions', mutate: (d) => (d.extensions = 'x') },
  { name: 'dismissed suggestions is an object', code: 'wrong-type', path: 'dismissedSuggestions', mutate: (d) => (d.dismissedSuggestions = {}) },
  { name: 'dismissed suggestion without key', code: 'missing-field', path: 'dismissedSuggestions[0].key', mutate: (d) => (d.dismissedSuggestions = [{ date: '2026-10' }]) },
  { name: 'dismissed suggestion date', code: 'invalid-date', path: 'dismissedSuggestions[0].date', mutate: (d) => (d.dismissedSuggestions = [{ key: 'reanimeren:p-riet', date: 'gisteren' }]) },
  // Closed vocabularies
  { name: 'person kind', code: 'invalid-value', path: 'people[0].kind', mutate: (d) => (d.people[0].kind = 'animal') },
  { name: 'sex', code: 'invalid-value', path: 'people[0].sex', mutate: (d) => (d.people[0].sex = 'm') },
  { name: 'gender', code: 'invalid-value', path: 'people[0].gender', mutate: (d) => (d.people[0].gender = 'x') },
  { name: 'pregnancy', code: 'invalid-value', path: 'people[0].pregnancy', mutate: (d) => (d.people[0].pregnancy = 'twins') },
  { name: 'tie quality', code: 'invalid-value', path: 'ties[0].quality', mutate: (d) => (d.ties[0].quality = 'great') },
  { name: 'flow', code: 'invalid-value', path: 'ties[0].flow', mutate: (d) => (d.ties[0].flow = 'up') },
  { name: 'support kind', code: 'invalid-value', path: 'ties[0].support[1]', mutate: (d) => (d.ties[0].support[1] = 'money') },
  { name: 'contact frequency', code: 'invalid-value', path: 'ties[0].contactFrequency', mutate: (d) => (d.ties[0].contactFrequency = 'hourly') },
  { name: 'valuation', code: 'invalid-value', path: 'ties[0].valuation', mutate: (d) => (d.ties[0].valuation = 'good') },
  { name: 'reciprocity', code: 'invalid-value', path: 'ties[0].reciprocity', mutate: (d) => (d.ties[0].reciprocity = 'both') },
  { name: 'union status', code: 'invalid-value', path: 'unions[0].history[0].status', mutate: (d) => (d.unions[0].history[0].status = 'dating') },
  { name: 'child kind', code: 'invalid-value', path: 'unions[0].children[0].kind', mutate: (d) => (d.unions[0].children[0].kind = 'own') },
  { name: 'twin type', code: 'invalid-value', path: 'unions[2].children[2].twinType', mutate: (d) => (d.unions[2].children[2].twinType = 'mirror') },
  { name: 'emotional kind', code: 'invalid-value', path: 'emotionalRelations[0].kind', mutate: (d) => (d.emotionalRelations[0].kind = 'love') },
  { name: 'agreement status', code: 'invalid-value', path: 'plan.agreements[0].status', mutate: (d) => (d.plan.agreements[0].status = 'busy') },
  { name: 'strategy kind', code: 'invalid-value', path: 'strategies[0].kind', mutate: (d) => (d.strategies[0].kind = 'repareren') },
  { name: 'strategy status', code: 'invalid-value', path: 'strategies[0].status', mutate: (d) => (d.strategies[0].status = 'later') },
  // Ids
  { name: 'empty id', code: 'invalid-id', path: 'people[0].id', mutate: (d) => (d.people[0].id = '') },
  { name: 'duplicate person id', code: 'duplicate-id', path: 'people[1].id', mutate: (d) => (d.people[1].id = 'p-henk') },
  { name: 'duplicate id across kinds', code: 'duplicate-id', path: 'strategies[0].id', mutate: (d) => (d.strategies[0].id = 't-noor-linda') },
  { name: 'duplicate meeting/question id', code: 'duplicate-id', path: 'plan.meetings[0].id', mutate: (d) => (d.plan.meetings[0].id = 'q-ruzie') },
  // Dangling references, for every kind of reference
  { name: 'tie to nobody', code: 'dangling-reference', path: 'ties[0].to', mutate: (d) => (d.ties[0].to = 'nobody') },
  { name: 'tie to a tie id', code: 'dangling-reference', path: 'ties[0].from', mutate: (d) => (d.ties[0].from = 't-noor-mark') },
  { name: 'union partner', code: 'dangling-reference', path: 'unions[0].partners[1]', mutate: (d) => (d.unions[0].partners[1] = 'nobody') },
  { name: 'union child', code: 'dangling-reference', path: 'unions[0].children[0].personId', mutate: (d) => (d.unions[0].children[0].personId = 'nobody') },
  { name: 'emotional relation', code: 'dangling-reference', path: 'emotionalRelations[0].from', mutate: (d) => (d.emotionalRelations[0].from = 'nobody') },
  { name: 'household member', code: 'dangling-reference', path: 'households[0].members[0]', mutate: (d) => (d.households[0].members[0] = 'nobody') },
  { name: 'agreement who', code: 'dangling-reference', path: 'plan.agreements[0].who[0]', mutate: (d) => (d.plan.agreements[0].who[0] = 'nobody') },
  { name: 'agreement question', code: 'dangling-reference', path: 'plan.agreements[0].questionId', mutate: (d) => (d.plan.agreements[0].questionId = 'nobody') },
  { name: 'agreement condition', code: 'dangling-reference', path: 'plan.agreements[0].conditionId', mutate: (d) => (d.plan.agreements[0].conditionId = 'nobody') },
  { name: 'core team member', code: 'dangling-reference', path: 'plan.coreTeam.members[0]', mutate: (d) => (d.plan.coreTeam.members[0] = 'nobody') },
  { name: 'core team chair', code: 'dangling-reference', path: 'plan.coreTeam.chairId', mutate: (d) => (d.plan.coreTeam.chairId = 'nobody') },
  { name: 'strategy person', code: 'dangling-reference', path: 'strategies[0].personId', mutate: (d) => (d.strategies[0].personId = 'nobody') },
  { name: 'strategy tie', code: 'dangling-reference', path: 'strategies[2].tieId', mutate: (d) => (d.strategies[2].tieId = 'nobody') },
  { name: 'strategy agreement', code: 'dangling-reference', path: 'strategies[0].agreementId', mutate: (d) => (d.strategies[0].agreementId = 'nobody') },
  { name: 'layout hint id', code: 'dangling-reference', path: 'layout["network-circles"].nodes.nobody', mutate: (d) => (d.layout['network-circles'] = { nodes: { nobody: { ring: 1 } }, order: {} }) },
  { name: 'layout order id', code: 'dangling-reference', path: 'layout["network-circles"].order["children:u-1"][1]', mutate: (d) => (d.layout['network-circles'] = { nodes: {}, order: { 'children:u-1': ['p-noor', 'nobody'] } }) },
  { name: 'egoId not in people', code: 'ego-missing', path: 'egoId', mutate: (d) => (d.egoId = 'nobody') },
  { name: 'egoId missing', code: 'missing-field', path: 'egoId', mutate: (d) => delete d.egoId },
  { name: 'egoId is a number', code: 'wrong-type', path: 'egoId', mutate: (d) => (d.egoId = 7) },
  // Dates
  { name: 'impossible day', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2023-02-30') },
  { name: 'no leap day', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2023-02-29') },
  { name: 'month 13', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2011-13') },
  { name: 'Dutch date format', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '14-03-2011') },
  { name: 'date with time', code: 'invalid-date', path: 'plan.meetings[0].date', mutate: (d) => (d.plan.meetings[0].date = '2026-09-15T10:00') },
  { name: 'date is a number', code: 'wrong-type', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = 2011) },
  { name: 'year 0', code: 'invalid-date', path: 'unions[0].history[0].date', mutate: (d) => (d.unions[0].history[0].date = '0000') },
  { name: 'death before birth', code: 'date-order', path: 'people[0].death', mutate: (d) => (d.people[0].death = '1947-12') },
  { name: 'union events out of order', code: 'date-order', path: 'unions[2].history[3].date', mutate: (d) => (d.unions[2].history[3].date = '2015') },
  { name: 'agreement until before date', code: 'date-order', path: 'plan.agreements[2].when.until', mutate: (d) => (d.plan.agreements[2].when.until = '2026-10') },
  { name: 'review date', code: 'invalid-date', path: 'plan.reviewDate', mutate: (d) => (d.plan.reviewDate = 'volgend jaar') },
  // Structure rules between fields
  { name: 'tie to self', code: 'self-reference', path: 'ties[0].to', mutate: (d) => (d.ties[0].to = 'p-noor') },
  { name: 'emotional relation to self', code: 'self-reference', path: 'emotionalRelations[0].to', mutate: (d) => (d.emotionalRelations[0].to = 'p-mark') },
  { name: 'three partners', code: 'union-partners', path: 'unions[0].partners', mutate: (d) => d.unions[0].partners.push('p-greet') },
  { name: 'no partners and no children', code: 'union-partners', path: 'unions[0].partners', mutate: (d) => ((d.unions[0].partners = []), (d.unions[0].children = [])) },
  { name: 'the same partner twice', code: 'duplicate-reference', path: 'unions[0].partners[1]', mutate: (d) => (d.unions[0].partners[1] = 'p-henk') },
  { name: 'empty history', code: 'union-history', path: 'unions[0].history', mutate: (d) => (d.unions[0].history = []) },
  { name: 'partner is also child', code: 'union-child', path: 'unions[0].children[0].personId', mutate: (d) => (d.unions[0].children[0].personId = 'p-henk') },
  { name: 'child twice', code: 'duplicate-reference', path: 'unions[0].children[1].personId', mutate: (d) => (d.unions[0].children[1].personId = 'p-mark') },
  { name: 'chair not a member', code: 'chair-not-member', path: 'plan.coreTeam.chairId', mutate: (d) => (d.plan.coreTeam.chairId = 'p-mark') },
  { name: 'member twice', code: 'duplicate-reference', path: 'plan.coreTeam.members[1]', mutate: (d) => (d.plan.coreTeam.members[1] = 'p-noor') },
  { name: 'grandmother is her own descendant', code: 'parent-cycle', path: 'unions[4].children[1].personId', mutate: (d) => d.unions[4].children.push({ personId: 'p-ans', kind: 'step' }) },
  // Schema version
  { name: 'schema missing', code: 'missing-field', path: 'schema', mutate: (d) => delete d.schema },
  { name: 'schema not a version', code: 'schema-invalid', path: 'schema', mutate: (d) => (d.schema = 'v1') },
  { name: 'schema from the future', code: 'schema-from-future', path: 'schema', mutate: (d) => (d.schema = '1.1.0') },
  { name: 'schema major from the future', code: 'schema-from-future', path: 'schema', mutate: (d) => (d.schema = '2.0.0') },
  { name: 'older schema without migration', code: 'schema-unsupported', path: 'schema', mutate: (d) => (d.schema = '0.9.0') },
  // JSON safety of kept unknown fields
  { name: 'function in an unknown field', code: 'not-json', path: 'people[0].onClick', mutate: (d) => (d.people[0].onClick = () => 1) },
  { name: 'NaN in extensions', code: 'not-json', path: 'extensions.score', mutate: (d) => (d.extensions = { score: NaN }) },
  { name: 'Infinity angle', code: 'not-json', path: 'layout.v.nodes["p-ans"].angle', mutate: (d) => (d.layout.v = { nodes: { 'p-ans': { angle: Infinity } }, order: {} }) },
];

