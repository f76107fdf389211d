/**
 * `validateNetwork`: checks any value against the model and never throws.
 *
 * Order: the schema version (migrating older documents), then one walk over every record
 * (types, closed vocabularies, required fields, dates, ids), then the checks that need every
 * id (dangling references, the core team's chair, parent–child cycles). Unknown fields are
 * kept as they are and only checked to be JSON data. Missing optional lists come back empty
 * in `doc`. The checks mirror schema/care-network.schema.json; the reference, date and cycle
 * checks are extra (JSON Schema cannot express them).
 */
import { MIGRATIONS, migrateNetwork, type Migration } from './migrations.js';
import type { CareNetwork, Plan } from './types.js';
import { Collector, UNREADABLE, isObject, keysOf, read, reasonOf, type ValidationError } from './validation/context.js';
import { MESSAGES } from './validation/messages.js';
import {
  checkEmotionalRelations,
  checkHouseholds,
  checkLayout,
  checkPeople,
  checkPlan,
  checkStrategies,
  checkDismissedSuggestions,
  checkTies,
  checkUnions,
  type ParentLink,
} from './validation/records.js';
import { checkChair, checkParentCycles } from './validation/references.js';
import { INVALID, Walk, anyId, checkJson, inside, jsonObject, text } from './validation/rules.js';

export type { ValidationError } from './validation/context.js';

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
  /** The document (migrated and with defaults filled in) when ok. */
  doc?: CareNetwork;
}

export interface ValidateOptions {
  /** Migrations to use instead of the library's own (tests, hosts with pre-release shapes). */
  migrations?: readonly Migration[];
}

/** The root fields this module walks itself; any other root field is kept and checked to be JSON. */
const ROOT_FIELDS = new Set([
  'schema',
  'id',
  'title',
  'egoId',
  'people',
  'ties',
  'unions',
  'emotionalRelations',
  'households',
  'plan',
  'strategies',
  'dismissedSuggestions',
  'layout',
  'extensions',
]);

/** Checks any value against the model. Never throws: every problem becomes an error with a path. */
export function validateNetwork(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  try {
    return run(c, value, options.migrations ?? MIGRATIONS);
  } catch (e) {
    // A proxy or exotic object that failed in a way the field reads could not catch.
    c.add('unreadable', '', MESSAGES.unreadable(reasonOf(e)));
    return { ok: false, errors: c.errors };
  }
}

function run(c: Collector, value: unknown, migrations: readonly Migration[]): ValidationResult {
  if (!isObject(value)) {
    c.add('not-an-object', '', MESSAGES.notAnObject(value));
    return { ok: false, errors: c.errors };
  }
  const migrated = migrateNetwork(value, migrations);
  if (!migrated.ok || !migrated.doc) return { ok: false, errors: migrated.errors };
  const root = migrated.doc;

  return inside(root, () => walk(c, root));
}

function walk(c: Collector, root: Record<string, unknown>): ValidationResult {
  const w = new Walk(c);
  const field = (key: string): unknown => read(c, root, key, key);
  const id = field('id');
  if (id !== undefined && id !== UNREADABLE) text(w, id, '', 'id');
  const title = field('title');
  if (title !== undefined && title !== UNREADABLE) text(w, title, '', 'title');

  const people = field('people');
  if (people === undefined) c.add('missing-field', 'people', MESSAGES.missingField('people', '"people": [{ "id": "p-1", "kind": "person", "name": "Noor" }]'));
  checkPeople(w, people, 'people');
  checkTies(w, field('ties'), 'ties');
  const links: ParentLink[] = [];
  checkUnions(w, field('unions'), 'unions', links);
  checkEmotionalRelations(w, field('emotionalRelations'), 'emotionalRelations');
  checkHouseholds(w, field('households'), 'households');
  const team = checkPlan(w, field('plan'), 'plan');
  checkStrategies(w, field('strategies'), 'strategies');
  checkDismissedSuggestions(w, field('dismissedSuggestions'), 'dismissedSuggestions');
  checkLayout(w, field('layout'), 'layout');
  const extensions = field('extensions');
  if (extensions !== undefined && extensions !== UNREADABLE) jsonObject(w, extensions, '', 'extensions');
  for (const key of keysOf(c, root, '')) {
    if (ROOT_FIELDS.has(key)) continue;
    const v = field(key);
    if (v !== UNREADABLE) checkJson(w, v, key);
  }

  const egoId = field('egoId');
  if (egoId === undefined) c.add('missing-field', 'egoId', MESSAGES.missingField('egoId', '"egoId": "p-1"'));
  else if (egoId !== UNREADABLE && anyId(w, egoId, '', 'egoId') !== INVALID && Array.isArray(people) && !w.has('person', egoId as string))
    c.add('ego-missing', 'egoId', MESSAGES.egoMissing(egoId as string));

  checkChair(w, team, 'plan.coreTeam.chairId');
  checkParentCycles(w, links);

  if (c.errors.length) return { ok: false, errors: c.errors };
  return { ok: true, errors: [], doc: withDefaults(root) };
}

/** Fills missing optional lists with empty ones; everything else (unknown fields too) stays. */
function withDefaults(root: Record<string, unknown>): CareNetwork {
  const plan = (root.plan ?? {}) as Partial<Plan>;
  const complete =
    root.ties && root.unions && root.emotionalRelations && root.households && root.strategies && root.layout &&
    root.plan && plan.questions && plan.agreements && plan.conditions && plan.coreTeam && plan.meetings;
  if (complete) return root as unknown as CareNetwork;
  return {
    ...root,
    ties: root.ties ?? [],
    unions: root.unions ?? [],
    emotionalRelations: root.emotionalRelations ?? [],
    households: root.households ?? [],
    plan: {
      ...plan,
      questions: plan.questions ?? [],
      agreements: plan.agreements ?? [],
      conditions: plan.conditions ?? [],
      coreTeam: plan.coreTeam ?? { members: [] },
      meetings: plan.meetings ?? [],
    },
    strategies: root.strategies ?? [],
    layout: root.layout ?? {},
  } as CareNetwork;
}
