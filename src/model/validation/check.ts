/**
 * The checks of `validateNetwork` without the words: a run gives the document (migrated, with
 * defaults) or the problems as message keys and arguments (problem.ts). `validateNetwork` puts
 * them into words at once; the elements only load the words when a document is refused.
 */
import { MIGRATIONS, migrate, type Migration } from './versions.js';
import type { CareNetwork, Plan } from '../types.js';
import { Collector, UNREADABLE, isObject, keysOf, read, reasonOf } from './context.js';
import type { Problem } from './problem.js';
import { M } from './problem.js';
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
} from './records.js';
import { checkChair, checkParentCycles } from './references.js';
import { INVALID, Walk, anyId, checkJson, inside, jsonObject, text } from './rules.js';

export interface CheckResult {
  ok: boolean;
  problems: Problem[];
  /** The document (migrated and with defaults filled in) when ok. */
  doc?: CareNetwork;
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

/** Checks any value against the model. Never throws: every problem has a path. */
export function checkNetwork(value: unknown, migrations: readonly Migration[] = MIGRATIONS): CheckResult {
  const c = new Collector();
  try {
    return run(c, value, migrations);
  } catch (e) {
    // A proxy or exotic object that failed in a way the field reads could not catch.
    c.add('unreadable', '', M.unreadable(reasonOf(e)));
    return { ok: false, problems: c.problems };
  }
}

function run(c: Collector, value: unknown, migrations: readonly Migration[]): CheckResult {
  if (!isObject(value)) {
    c.add('not-an-object', '', M.notAnObject(value));
    return { ok: false, problems: c.problems };
  }
  const migrated = migrate(c, value, migrations);
  if (!migrated.ok || !migrated.doc) return { ok: false, problems: c.problems };
  const root = migrated.doc;

  return inside(root, () => walk(c, root));
}

function walk(c: Collector, root: Record<string, unknown>): CheckResult {
  const w = new Walk(c);
  const field = (key: string): unknown => read(c, root, key, key);
  const id = field('id');
  if (id !== undefined && id !== UNREADABLE) text(w, id, '', 'id');
  const title = field('title');
  if (title !== undefined && title !== UNREADABLE) text(w, title, '', 'title');

  const people = field('people');
  if (people === undefined) c.add('missing-field', 'people', M.missingField('people', '"people": [{ "id": "p-1", "kind": "person", "name": "Noor" }]'));
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
  if (egoId === undefined) c.add('missing-field', 'egoId', M.missingField('egoId', '"egoId": "p-1"'));
  else if (egoId !== UNREADABLE && anyId(w, egoId, '', 'egoId') !== INVALID && Array.isArray(people) && !w.has('person', egoId as string))
    c.add('ego-missing', 'egoId', M.egoMissing(egoId as string));

  checkChair(w, team, 'plan.coreTeam.chairId');
  checkParentCycles(w, links);

  if (c.problems.length) return { ok: false, problems: c.problems };
  return { ok: true, problems: [], doc: withDefaults(root) };
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
