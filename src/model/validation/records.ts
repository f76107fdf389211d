/**
 * The document's records as tables of field rules (mirrors types.ts and
 * schema/care-network.schema.json), plus each record's own checks.
 */
import {
  AGREEMENT_STATUSES,
  CHILD_KINDS,
  CONTACT_FREQUENCIES,
  EMOTIONAL_KINDS,
  FLOWS,
  GENDERS,
  PERSON_KINDS,
  PREGNANCY_STATES,
  RECIPROCITIES,
  SEXES,
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  SUPPORT_KINDS,
  TIE_QUALITIES,
  TWIN_TYPES,
  UNION_STATUSES,
  VALUATIONS,
} from '../types.js';
import { isObject, join, keysOf, read, UNREADABLE } from './context.js';
import { M } from './problem.js';
import {
  INVALID,
  bool,
  checkOrder,
  checkRecord,
  date,
  finite,
  inside,
  jsonObject,
  listOf,
  oneOf,
  ownId,
  record,
  ref,
  refList,
  text,
  wholeFrom,
  table,
  type Field,
  type Walk,
} from './rules.js';

/** Passes a value through; the caller walks it (record lists, maps keyed by id). */
const walkedBelow = (_w: Walk, v: unknown): unknown => v;

const HEALTH_STATUSES = ['suspected', 'diagnosed', 'in-recovery'] as const;

const PERSON = table({
  id: { rule: ownId('person'), required: '"id": "p-1"' },
  kind: { rule: oneOf(PERSON_KINDS), required: '"kind": "person"' },
  name: { rule: text, required: '"name": "Noor"' },
  role: { rule: text },
  sector: { rule: text },
  category: { rule: text },
  professional: { rule: bool },
  sex: { rule: oneOf(SEXES) },
  gender: { rule: oneOf(GENDERS) },
  birth: { rule: date },
  death: { rule: date },
  deceased: { rule: bool },
  pregnancy: { rule: oneOf(PREGNANCY_STATES) },
  notes: { rule: text },
  healthMarkers: {
    rule: listOf(
      record({
        condition: { rule: text, required: '"condition": "diabetes"' },
        status: { rule: oneOf(HEALTH_STATUSES) },
      }),
    ),
  },
  extensions: { rule: jsonObject },
}, ['id', 'birth', 'death']);

const TIE = table({
  id: { rule: ownId('tie'), required: '"id": "t-1"' },
  from: { rule: ref('person'), required: '"from": "p-1"' },
  to: { rule: ref('person'), required: '"to": "p-2"' },
  kind: { rule: text },
  closeness: { rule: wholeFrom(1) },
  quality: { rule: oneOf(TIE_QUALITIES) },
  stress: { rule: bool },
  flow: { rule: oneOf(FLOWS) },
  support: { rule: listOf(oneOf(SUPPORT_KINDS)) },
  contactFrequency: { rule: oneOf(CONTACT_FREQUENCIES) },
  valuation: { rule: oneOf(VALUATIONS) },
  reciprocity: { rule: oneOf(RECIPROCITIES) },
  note: { rule: text },
}, ['from', 'to']);

const UNION_EVENT: Record<string, Field> = {
  status: { rule: oneOf(UNION_STATUSES), required: '"status": "married"' },
  date: { rule: date },
};

const CHILD_LINK = table({
  personId: { rule: text, required: '"personId": "p-3"' },
  kind: { rule: oneOf(CHILD_KINDS), required: '"kind": "biological"' },
  twinGroup: { rule: text },
  twinType: { rule: oneOf(TWIN_TYPES) },
}, ['personId']);

const UNION = table({
  id: { rule: ownId('union'), required: '"id": "u-1"' },
  partners: { rule: refList('person'), required: '"partners": ["p-1", "p-2"]' },
  history: { rule: listOf(record(UNION_EVENT, ['status', 'date'])), required: '"history": [{ "status": "married" }]' },
  // Children are walked by checkUnion (their person ids feed the parent–child graph).
  children: { rule: walkedBelow, required: '"children": []' },
}, ['partners', 'history', 'children']);

const EMOTIONAL = table({
  id: { rule: ownId('emotional'), required: '"id": "e-1"' },
  from: { rule: ref('person'), required: '"from": "p-1"' },
  to: { rule: ref('person'), required: '"to": "p-2"' },
  kind: { rule: oneOf(EMOTIONAL_KINDS), required: '"kind": "close"' },
  note: { rule: text },
}, ['from', 'to']);

const HOUSEHOLD = table({
  id: { rule: ownId('household'), required: '"id": "h-1"' },
  name: { rule: text },
  members: { rule: refList('person'), required: '"members": ["p-1"]' },
});

const QUESTION = table({
  id: { rule: ownId('question'), required: '"id": "q-1"' },
  text: { rule: text, required: '"text": "Ik wil …"' },
});

const AGREEMENT_WHEN: Record<string, Field> = {
  date: { rule: date },
  until: { rule: date },
  text: { rule: text },
};

const AGREEMENT = table({
  id: { rule: ownId('agreement'), required: '"id": "a-1"' },
  questionId: { rule: ref('question'), required: '"questionId": "q-1"' },
  what: { rule: text, required: '"what": "…"' },
  who: { rule: refList('person'), required: '"who": ["p-1"]' },
  where: { rule: text },
  when: { rule: record(AGREEMENT_WHEN, ['date', 'until']) },
  how: { rule: text },
  status: { rule: oneOf(AGREEMENT_STATUSES), required: '"status": "not-started"' },
  reviewDate: { rule: date },
  notes: { rule: text },
  conditionId: { rule: ref('condition') },
}, ['when']);

const CONDITION = table({
  id: { rule: ownId('condition'), required: '"id": "c-1"' },
  text: { rule: text, required: '"text": "…"' },
  agency: { rule: text, required: '"agency": "Jeugdbescherming"' },
  meaning: { rule: text },
});

const CORE_TEAM = table({
  members: { rule: refList('person'), required: '"members": []' },
  chairId: { rule: ref('person') },
}, ['members', 'chairId']);

const MEETING = table({
  id: { rule: ownId('meeting'), required: '"id": "m-1"' },
  date: { rule: date, required: '"date": "2026-09-15"' },
  goesWell: { rule: text },
  needsAttention: { rule: text },
  planChanges: { rule: text },
});

const STRATEGY = table({
  id: { rule: ownId('strategy'), required: '"id": "s-1"' },
  kind: { rule: oneOf(STRATEGY_KINDS), required: '"kind": "activeren"' },
  personId: { rule: ref('person') },
  tieId: { rule: ref('tie') },
  status: { rule: oneOf(STRATEGY_STATUSES), required: '"status": "idea"' },
  note: { rule: text },
  agreementId: { rule: ref('agreement') },
});

const DISMISSED_SUGGESTION = table({
  key: { rule: text, required: '"key": "reanimeren:p-1"' },
  date: { rule: date },
});

const NODE_HINT = table({
  ring: { rule: wholeFrom(0) },
  sector: { rule: text },
  angle: { rule: finite },
  pinned: { rule: bool },
});

// The plan's lists are walked record by record in checkPlan; here only the plan's own fields.
const PLAN = table({
  questions: { rule: walkedBelow },
  agreements: { rule: walkedBelow },
  conditions: { rule: walkedBelow },
  coreTeam: { rule: walkedBelow },
  meetings: { rule: walkedBelow },
  reviewDate: { rule: date },
}, ['questions', 'agreements', 'conditions', 'coreTeam', 'meetings']);

const VIEW_LAYOUT = table({
  nodes: { rule: walkedBelow, required: '"nodes": {}' },
  order: { rule: walkedBelow, required: '"order": {}' },
}, ['nodes', 'order']);

/** A label for messages: the record's name or text, when it has one. */
function labelOf(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  try {
    const v = value[key];
    return typeof v === 'string' && v ? v : undefined;
  } catch {
    return undefined; // checkRecord reports the unreadable field once
  }
}

/** "Noor Bakker – Linda Jansen" for a tie or relation, from the names seen so far. */
function pairLabel(w: Walk, value: unknown, arrow: string): string | undefined {
  const from = labelOf(value, 'from');
  const to = labelOf(value, 'to');
  if (from === undefined || to === undefined) return undefined;
  return `${w.names.get(from) ?? from}${arrow}${w.names.get(to) ?? to}`;
}

/** "Mark Bakker & Linda Jansen" for a union. */
function partnersLabel(w: Walk, value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  try {
    const partners = value.partners;
    if (!Array.isArray(partners) || !partners.every((p) => typeof p === 'string')) return undefined;
    return partners.map((p: string) => w.names.get(p) ?? p).join(' & ') || undefined;
  } catch {
    return undefined;
  }
}

/** Walks a list of records; missing lists are fine (they default to empty). */
function eachRecord(
  w: Walk,
  list: unknown,
  path: string,
  check: (value: unknown, path: string) => void,
): void {
  if (list === undefined || list === UNREADABLE) return;
  if (!Array.isArray(list)) {
    w.c.add('wrong-type', path, M.wrongType('list', list));
    return;
  }
  inside(list, () => {
    for (let i = 0; i < list.length && !w.c.full; i++) check(list[i], `${path}[${i}]`);
  });
}

export function checkPeople(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => {
    const label = labelOf(value, 'name');
    const v = checkRecord(w, value, p, PERSON, label);
    if (v === INVALID) return;
    if (typeof v.id === 'string') w.names.set(v.id, label ?? v.id);
    checkOrder(w, join(p, 'death'), label, { name: 'death', value: v.death }, { name: 'birth', value: v.birth });
  });
}

export function checkTies(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => {
    const label = pairLabel(w, value, ' – ');
    const v = checkRecord(w, value, p, TIE, label);
    if (v !== INVALID && v.from !== undefined && v.from === v.to)
      w.c.add('self-reference', join(p, 'to'), M.selfReference('tie'), label);
  });
}

export function checkEmotionalRelations(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => {
    const label = pairLabel(w, value, ' → ');
    const v = checkRecord(w, value, p, EMOTIONAL, label);
    if (v !== INVALID && v.from !== undefined && v.from === v.to)
      w.c.add('self-reference', join(p, 'to'), M.selfReference('emotional'), label);
  });
}

/** A parent → child link from a union, with where it was written (for cycle messages). */
export interface ParentLink {
  parents: string[];
  child: string;
  path: string;
}

export function checkUnions(w: Walk, list: unknown, path: string, links: ParentLink[]): void {
  eachRecord(w, list, path, (value, p) => {
    const label = partnersLabel(w, value);
    const v = checkRecord(w, value, p, UNION, label);
    if (v === INVALID) return;
    const partners = (v.partners as string[] | undefined) ?? [];
    const history = v.history as Array<Record<string, unknown> | typeof INVALID> | undefined;
    const children = walkChildren(w, v.children, join(p, 'children'), partners, links, label);
    if (partners.length > 2 || (v.partners !== undefined && partners.length === 0 && children === 0))
      w.c.add('union-partners', join(p, 'partners'), M.partnerCount(partners.length), label);
    if (history) {
      if (history.length === 0) w.c.add('union-history', join(p, 'history'), M.emptyHistory(), label);
      let previous: Record<string, unknown> | undefined;
      history.forEach((event, i) => {
        if (event === INVALID || !event.date) return;
        if (previous)
          checkOrder(
            w,
            `${p}.history[${i}].date`,
            label,
            { name: { event: String(event.status ?? '?') }, value: event.date },
            { name: { event: String(previous.status ?? '?') }, value: previous.date },
          );
        previous = event;
      });
    }
  });
}

/** Checks a union's children; returns how many there are. */
function walkChildren(w: Walk, list: unknown, path: string, partners: string[], links: ParentLink[], label?: string): number {
  if (list === undefined) return 0;
  if (!Array.isArray(list)) {
    w.c.add('wrong-type', path, M.wrongType('list', list));
    return 0;
  }
  const seen = new Set<string>();
  const personRef = ref('person');
  for (let i = 0; i < list.length && !w.c.full; i++) {
    const p = `${path}[${i}]`;
    const v = checkRecord(w, list[i], p, CHILD_LINK, label);
    if (v === INVALID || typeof v.personId !== 'string') continue;
    const id = personRef(w, v.personId, p, '.personId', label);
    if (id === INVALID) continue;
    const child = id as string;
    const name = w.names.get(child) ?? child;
    if (partners.includes(child)) w.c.add('union-child', join(p, 'personId'), M.childIsPartner(name), label);
    else if (seen.has(child)) w.c.add('duplicate-reference', join(p, 'personId'), M.duplicateReference(name), label);
    else links.push({ parents: partners, child, path: join(p, 'personId') });
    seen.add(child);
  }
  return list.length;
}

export function checkHouseholds(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => checkRecord(w, value, p, HOUSEHOLD, labelOf(value, 'name')));
}

export function checkStrategies(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => checkRecord(w, value, p, STRATEGY));
}

/** Suggestions the user dismissed (e.g. RADIO suggestions of `<radio-checklist>`). */
export function checkDismissedSuggestions(w: Walk, list: unknown, path: string): void {
  eachRecord(w, list, path, (value, p) => checkRecord(w, value, p, DISMISSED_SUGGESTION));
}

/** The plan; returns the core team's checked members and chair for the chair check. */
export function checkPlan(w: Walk, plan: unknown, path: string): { members?: string[]; chairId?: string } {
  if (plan === undefined || plan === UNREADABLE) return {};
  const v = checkRecord(w, plan, path, PLAN);
  if (v === INVALID) return {};
  eachRecord(w, v.questions, join(path, 'questions'), (value, p) =>
    checkRecord(w, value, p, QUESTION, labelOf(value, 'text')),
  );
  eachRecord(w, v.conditions, join(path, 'conditions'), (value, p) =>
    checkRecord(w, value, p, CONDITION, labelOf(value, 'text')),
  );
  eachRecord(w, v.agreements, join(path, 'agreements'), (value, p) => {
    const label = labelOf(value, 'what');
    const a = checkRecord(w, value, p, AGREEMENT, label);
    if (a === INVALID || !a.when || a.when === INVALID) return;
    const when = a.when as Record<string, unknown>;
    checkOrder(w, join(p, 'when') + '.until', label, { name: 'end', value: when.until }, { name: 'start', value: when.date });
  });
  eachRecord(w, v.meetings, join(path, 'meetings'), (value, p) => checkRecord(w, value, p, MEETING));
  if (v.coreTeam === undefined) return {};
  const team = checkRecord(w, v.coreTeam, join(path, 'coreTeam'), CORE_TEAM);
  return team === INVALID ? {} : { members: team.members as string[] | undefined, chairId: team.chairId as string | undefined };
}

/** Layout hints: per view, node hints keyed by person id and explicit id orders. */
export function checkLayout(w: Walk, layout: unknown, path: string): void {
  if (layout === undefined || layout === UNREADABLE) return;
  if (!isObject(layout)) {
    w.c.add('wrong-type', path, M.wrongType('object', layout));
    return;
  }
  const personRef = ref('person');
  const anyRef = ref('record');
  for (const view of keysOf(w.c, layout, path)) {
    if (w.c.full) return;
    const vp = join(path, view);
    const viewLayout = read(w.c, layout, view, vp);
    if (viewLayout === undefined || viewLayout === UNREADABLE) continue; // Partial<Record<…>>: a view may be unset
    const v = checkRecord(w, viewLayout, vp, VIEW_LAYOUT);
    if (v === INVALID) continue;
    eachEntry(w, v.nodes, join(vp, 'nodes'), (key, value, p) => {
      personRef(w, key, p, '');
      checkRecord(w, value, p, NODE_HINT);
    });
    eachEntry(w, v.order, join(vp, 'order'), (_key, value, p) => {
      if (!Array.isArray(value)) {
        w.c.add('wrong-type', p, M.wrongType('list', value));
        return;
      }
      for (let i = 0; i < value.length && !w.c.full; i++) anyRef(w, value[i], p, i);
    });
  }
}

function eachEntry(w: Walk, map: unknown, path: string, check: (key: string, value: unknown, path: string) => void): void {
  if (map === undefined) return;
  if (!isObject(map)) {
    w.c.add('wrong-type', path, M.wrongType('object', map));
    return;
  }
  for (const key of keysOf(w.c, map, path)) {
    if (w.c.full) return;
    const p = join(path, key);
    const value = read(w.c, map, key, p);
    if (value !== UNREADABLE) check(key, value, p);
  }
}
