import {
  clientTieIndex,
  isDeceased,
  isInformal,
  livingMembers,
  sectorOf,
  strategyPersonId,
} from './network-members.js';
import type {
  CareNetwork,
  ContactFrequency,
  EmotionalKind,
  EmotionalRelation,
  Id,
  Person,
  SectorId,
  StrategyKind,
  Tie,
} from './types.js';

/**
 * RADIO(+U) suggestions: which network strategy might fit which person, and why.
 *
 * A suggestion is never applied by itself: the client and network decide ("every plan is
 * good"). Every suggestion carries its reasons in plain Dutch and English, so a view can
 * always say "Suggestie: Reanimeren, omdat …". A suggestion disappears once a strategy of its
 * kind is chosen for its person (or, for Uitbreiden, anywhere), or once it is dismissed
 * (`doc.dismissedSuggestions`).
 *
 * The rules follow the course texts on RADIO (Reanimeren: breathe new life into a faded
 * contact; Activeren: put the qualities of member and client to use and raise involvement
 * both ways; Deblokkeren: discuss and mediate disruptions; Intensiveren: deepen contacts;
 * Onderhouden: spend energy on a relation so it keeps working; Uitbreiden: often a necessary
 * step), on reciprocity ("what can you give back?"), on carers who carry a heavy load, and on
 * the informal network coming before professionals. Safety comes first: no suggestion is made
 * for a person with whom the client has a relation of abuse or neglect.
 */

export interface LocalizedText {
  nl: string;
  en: string;
}

export const SUGGESTION_RULES = [
  'faded-contact',
  'stressful-tie',
  'broken-tie',
  'emotional-conflict',
  'strong-frequent',
  'heavy-load',
  'one-way-support',
  'close-not-involved',
  'regular-not-deep',
  'small-network',
  'empty-sector',
  'mostly-professional',
  'carer-alone',
] as const;
export type SuggestionRule = (typeof SUGGESTION_RULES)[number];

/** What each rule looks at, in plain words (for documentation and a "why these suggestions" view). */
export const SUGGESTION_RULE_INFO: Record<SuggestionRule, { kind: StrategyKind; when: LocalizedText }> = {
  'faded-contact': {
    kind: 'reanimeren',
    when: {
      nl: 'Een fijn contact (positief of sterk) met weinig contact (jaarlijks, zelden, nooit), of een zwak geworden fijn contact.',
      en: 'A good tie (positive or strong) with little contact (yearly, rarely, never), or a good tie that has become tenuous.',
    },
  },
  'stressful-tie': {
    kind: 'deblokkeren',
    when: { nl: 'Een band die spanning of ruzie geeft.', en: 'A tie that is stressful or in conflict.' },
  },
  'broken-tie': {
    kind: 'deblokkeren',
    when: { nl: 'Een verbroken band die niet als negatief is gewaardeerd.', en: 'A broken tie not valued as negative.' },
  },
  'emotional-conflict': {
    kind: 'deblokkeren',
    when: {
      nl: 'In het genogram staat een conflict, vijandigheid of een breuk met de cliënt.',
      en: 'The genogram shows conflict, hostility or a cut-off with the client.',
    },
  },
  'strong-frequent': {
    kind: 'onderhouden',
    when: { nl: 'Een sterke band met dagelijks of wekelijks contact.', en: 'A strong tie with daily or weekly contact.' },
  },
  'heavy-load': {
    kind: 'onderhouden',
    when: {
      nl: 'Iemand die dagelijks veel soorten steun geeft, zonder dat er iets terugkomt.',
      en: 'Someone who gives many kinds of support every day, with little coming back.',
    },
  },
  'one-way-support': {
    kind: 'activeren',
    when: { nl: 'Een fijne band waarin de steun één kant op gaat.', en: 'A good tie where support goes one way.' },
  },
  'close-not-involved': {
    kind: 'activeren',
    when: {
      nl: 'Een fijne band dichtbij (binnenste ringen of veel contact) waarin nog geen steun is genoteerd.',
      en: 'A good, close tie (inner rings or frequent contact) with no support recorded.',
    },
  },
  'regular-not-deep': {
    kind: 'intensiveren',
    when: {
      nl: 'Een fijne, gewone band met wekelijks of maandelijks contact, maar zonder emotionele steun.',
      en: 'A good, ordinary tie with weekly or monthly contact, but without emotional support.',
    },
  },
  'small-network': {
    kind: 'uitbreiden',
    when: { nl: 'Het eigen (informele) netwerk is klein.', en: 'The informal network is small.' },
  },
  'empty-sector': {
    kind: 'uitbreiden',
    when: {
      nl: 'In een leefgebied (familie, vrienden, buren/werk/school) staat nog niemand.',
      en: 'A life domain (family, friends, neighbours/work/school) has no one in it yet.',
    },
  },
  'mostly-professional': {
    kind: 'uitbreiden',
    when: {
      nl: 'Er zijn evenveel of meer hulpverleners dan mensen uit het eigen netwerk.',
      en: 'There are as many or more professionals than people from the informal network.',
    },
  },
  'carer-alone': {
    kind: 'uitbreiden',
    when: {
      nl: 'Eén persoon draagt veel van de zorg alleen.',
      en: 'One person carries much of the care alone.',
    },
  },
};

export interface SuggestionReason {
  rule: SuggestionRule;
  /** The reason, to follow "because" / "omdat". */
  text: LocalizedText;
  /** The tie the reason is about, when it is about one. */
  tieId?: Id;
}

export interface StrategySuggestion {
  /** Stable key: `<kind>:<personId>` or `<kind>:network`; dismissals are stored under it. */
  key: string;
  kind: StrategyKind;
  /** The person it is about; absent for the network as a whole. */
  personId?: Id;
  /** Why: at least one reason, strongest first. */
  reasons: SuggestionReason[];
}

export interface SuggestionOptions {
  /** Below this many living informal members the network counts as small. Default 5. */
  smallNetwork?: number;
  /** Informal life domains that should not stay empty. Default family, friends, society. */
  informalSectors?: readonly SectorId[];
  /** Names for sectors in reasons; the default sectors have names already. */
  sectorLabels?: Record<SectorId, LocalizedText>;
  /** Also return dismissed suggestions (e.g. for a "show dismissed" list). Default false. */
  includeDismissed?: boolean;
}

export const DEFAULT_INFORMAL_SECTORS: readonly SectorId[] = ['family', 'friends', 'society'];

export const DEFAULT_SECTOR_LABELS: Record<string, LocalizedText> = {
  family: { nl: 'familie', en: 'family' },
  friends: { nl: 'vrienden', en: 'friends' },
  society: { nl: 'buren, werk en school', en: 'neighbours, work and school' },
  professionals: { nl: 'hulpverleners', en: 'professionals' },
};

const FREQUENCY_WORDS: Record<ContactFrequency, LocalizedText> = {
  daily: { nl: 'elke dag', en: 'every day' },
  weekly: { nl: 'elke week', en: 'every week' },
  monthly: { nl: 'elke maand', en: 'every month' },
  yearly: { nl: 'een keer per jaar', en: 'once a year' },
  rarely: { nl: 'zelden', en: 'rarely' },
  never: { nl: 'nooit', en: 'never' },
};

const RARE: readonly ContactFrequency[] = ['yearly', 'rarely', 'never'];
const FREQUENT: readonly ContactFrequency[] = ['daily', 'weekly'];
const REGULAR: readonly ContactFrequency[] = ['weekly', 'monthly'];

/** Relations that make contact unsafe: no strategy is suggested for such a person. */
export const UNSAFE_EMOTIONAL_KINDS: readonly EmotionalKind[] = [
  'physical-abuse',
  'emotional-abuse',
  'sexual-abuse',
  'neglect',
];
const CONFLICT_EMOTIONAL_KINDS: readonly EmotionalKind[] = [
  'conflict',
  'hostile',
  'close-hostile',
  'fused-hostile',
  'cutoff',
  'distrust',
];

export function suggestionKey(kind: StrategyKind, personId?: Id | null): string {
  return `${kind}:${personId ?? 'network'}`;
}

/** All current suggestions, the network's first, then per person in document order. */
export function suggestStrategies(doc: CareNetwork, options: SuggestionOptions = {}): StrategySuggestion[] {
  const found = new Map<string, StrategySuggestion>();
  const add = (kind: StrategyKind, personId: Id | undefined, reason: SuggestionReason) => {
    const key = suggestionKey(kind, personId);
    const existing = found.get(key);
    if (existing) existing.reasons.push(reason);
    else found.set(key, { key, kind, ...(personId ? { personId } : {}), reasons: [reason] });
  };

  const index: Index = { ties: clientTieIndex(doc), relations: relationIndex(doc) };
  networkReasons(doc, index, options).forEach((reason) => add('uitbreiden', undefined, reason));
  for (const person of livingMembers(doc)) {
    if (isUnsafe(index, person.id)) continue;
    for (const [kind, reason] of personReasons(doc, index, person)) add(kind, person.id, reason);
  }

  const acted = actedOn(doc);
  const dismissed = new Set((doc.dismissedSuggestions ?? []).map((d) => d.key));
  return [...found.values()].filter(
    (s) => !acted.has(s.key) && !(acted.has('uitbreiden:*') && s.kind === 'uitbreiden') && (options.includeDismissed || !dismissed.has(s.key)),
  );
}

/** Keys of the suggestions already acted on: a strategy of that kind exists for that person. */
function actedOn(doc: CareNetwork): Set<string> {
  const keys = new Set<string>();
  for (const s of doc.strategies) {
    keys.add(suggestionKey(s.kind, strategyPersonId(doc, s)));
    // Any Uitbreiden, for a person or for the network, means the network is being extended.
    if (s.kind === 'uitbreiden') keys.add('uitbreiden:*');
  }
  return keys;
}

/** Ties and emotional relations between the client and each person, built once per call. */
interface Index {
  ties: Map<Id, Tie[]>;
  relations: Map<Id, EmotionalRelation[]>;
}

function relationIndex(doc: CareNetwork): Map<Id, EmotionalRelation[]> {
  const index = new Map<Id, EmotionalRelation[]>();
  for (const r of doc.emotionalRelations) {
    const other = r.from === doc.egoId ? r.to : r.to === doc.egoId ? r.from : undefined;
    if (other === undefined) continue;
    index.set(other, [...(index.get(other) ?? []), r]);
  }
  return index;
}

function isUnsafe(index: Index, personId: Id): boolean {
  return (index.relations.get(personId) ?? []).some((r) => UNSAFE_EMOTIONAL_KINDS.includes(r.kind));
}

function nameOf(person: Person | undefined, fallback: LocalizedText): LocalizedText {
  const name = person?.name.trim();
  return name ? { nl: name, en: name } : fallback;
}

const SOMEONE: LocalizedText = { nl: 'deze persoon', en: 'this person' };
const THE_CLIENT: LocalizedText = { nl: 'de cliënt', en: 'the client' };

/** Fills `{x}` placeholders per language. */
function say(template: LocalizedText, params: Record<string, LocalizedText | number>): LocalizedText {
  const fill = (lang: 'nl' | 'en') =>
    template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = params[key];
      if (value === undefined) return whole;
      return typeof value === 'number' ? String(value) : value[lang];
    });
  return { nl: fill('nl'), en: fill('en') };
}

function isGood(tie: Tie): boolean {
  if (tie.valuation === 'negative') return false;
  if (tie.quality === 'stressful' || tie.quality === 'conflict' || tie.quality === 'broken' || tie.stress) return false;
  return tie.valuation === 'positive' || tie.quality === 'strong';
}

/** Support flows only towards the client (or reciprocity is recorded as one-way). */
function oneWay(doc: CareNetwork, tie: Tie): boolean {
  if (tie.reciprocity === 'one-way') return true;
  if (tie.reciprocity === 'mutual' || !tie.flow || tie.flow === 'both' || tie.flow === 'none') return false;
  const towardsClient = (tie.flow === 'to' && tie.to === doc.egoId) || (tie.flow === 'from' && tie.from === doc.egoId);
  return towardsClient;
}

function isHeavyLoad(doc: CareNetwork, tie: Tie): boolean {
  return tie.contactFrequency === 'daily' && (tie.support?.length ?? 0) >= 3 && oneWay(doc, tie);
}

function personReasons(doc: CareNetwork, index: Index, person: Person): Array<[StrategyKind, SuggestionReason]> {
  const out: Array<[StrategyKind, SuggestionReason]> = [];
  const client = nameOf(
    doc.people.find((p) => p.id === doc.egoId),
    THE_CLIENT,
  );
  const name = nameOf(person, SOMEONE);
  const p = { client, name };
  const informal = isInformal(person);

  for (const tie of index.ties.get(person.id) ?? []) {
    const tieId = tie.id;
    const freq = tie.contactFrequency;
    if (tie.quality === 'conflict') {
      out.push(['deblokkeren', reason('stressful-tie', tieId, say(
        { nl: 'er onenigheid is tussen {client} en {name}; praten, eventueel met iemand die bemiddelt, kan helpen', en: 'there is conflict between {client} and {name}; talking, perhaps with someone to mediate, can help' }, p))]);
    } else if (tie.quality === 'stressful' || tie.stress) {
      out.push(['deblokkeren', reason('stressful-tie', tieId, say(
        { nl: 'het contact met {name} spanning geeft; bespreken wat er in de weg zit kan lucht geven', en: 'the contact with {name} is stressful; talking about what stands in the way can bring relief' }, p))]);
    } else if (tie.quality === 'broken' && tie.valuation !== 'negative') {
      out.push(['deblokkeren', reason('broken-tie', tieId, say(
        { nl: 'het contact tussen {client} en {name} verbroken is; bespreken wat er gebeurd is kan het weer openen', en: 'the contact between {client} and {name} is broken; talking about what happened can open it again' }, p))]);
    }
    if (!informal) continue; // R, A, I, O work on the informal network

    if (isGood(tie) && freq && RARE.includes(freq)) {
      out.push(['reanimeren', reason('faded-contact', tieId, say(
        { nl: 'het contact met {name} fijn is, maar {client} en {name} elkaar {freq} zien', en: 'the contact with {name} is good, but {client} and {name} meet {freq}' },
        { ...p, freq: FREQUENCY_WORDS[freq] }))]);
    } else if (tie.quality === 'tenuous' && tie.valuation === 'positive') {
      out.push(['reanimeren', reason('faded-contact', tieId, say(
        { nl: 'het contact met {name} fijn is, maar zwak is geworden', en: 'the contact with {name} is good, but has grown weak' }, p))]);
    }
    if (tie.quality === 'strong' && tie.valuation !== 'negative' && freq && FREQUENT.includes(freq)) {
      out.push(['onderhouden', reason('strong-frequent', tieId, say(
        { nl: 'de band met {name} sterk is en er veel contact is ({freq}); aandacht houdt die band goed', en: 'the tie with {name} is strong with a lot of contact ({freq}); attention keeps it good' },
        { ...p, freq: FREQUENCY_WORDS[freq] }))]);
    }
    if (isHeavyLoad(doc, tie)) {
      out.push(['onderhouden', reason('heavy-load', tieId, say(
        { nl: '{name} elke dag veel steun geeft; zorg dat dit voor {name} vol te houden blijft', en: '{name} gives a lot of support every day; make sure {name} can keep this up' }, p))]);
    } else if (isGood(tie) && oneWay(doc, tie)) {
      out.push(['activeren', reason('one-way-support', tieId, say(
        { nl: 'de steun tussen {client} en {name} nu één kant op gaat; wat kan {client} teruggeven?', en: 'support between {client} and {name} goes one way now; what can {client} give back?' }, p))]);
    }
    const close = (tie.closeness !== undefined && tie.closeness <= 2) || (freq !== undefined && FREQUENT.includes(freq));
    const noSupport = (Array.isArray(tie.support) && tie.support.length === 0) || tie.flow === 'none';
    if (isGood(tie) && close && noSupport) {
      out.push(['activeren', reason('close-not-involved', tieId, say(
        { nl: '{name} dichtbij staat, maar nog niet meehelpt; welke kwaliteiten van {name} en {client} kunnen jullie inzetten?', en: '{name} is close but not involved yet; which qualities of {name} and {client} could you use?' }, p))]);
    }
    if (
      tie.quality === 'normal' &&
      tie.valuation === 'positive' &&
      freq &&
      REGULAR.includes(freq) &&
      !(tie.support ?? []).includes('emotional')
    ) {
      out.push(['intensiveren', reason('regular-not-deep', tieId, say(
        { nl: '{client} en {name} elkaar {freq} zien en het contact fijn is; het contact kan misschien dieper worden', en: '{client} and {name} meet {freq} and the contact is good; it might grow deeper' },
        { ...p, freq: FREQUENCY_WORDS[freq] }))]);
    }
  }

  for (const rel of index.relations.get(person.id) ?? []) {
    if (!CONFLICT_EMOTIONAL_KINDS.includes(rel.kind)) continue;
    const text =
      rel.kind === 'cutoff'
        ? { nl: 'het contact tussen {client} en {name} afgebroken is; bespreken wat er gebeurd is kan het weer openen', en: 'the contact between {client} and {name} has been cut off; talking about what happened can open it again' }
        : { nl: 'de relatie tussen {client} en {name} gespannen is; bemiddelen kan helpen', en: 'the relation between {client} and {name} is strained; mediation can help' };
    out.push(['deblokkeren', reason('emotional-conflict', undefined, say(text, p))]);
  }
  return out;
}

function reason(rule: SuggestionRule, tieId: Id | undefined, text: LocalizedText): SuggestionReason {
  return tieId ? { rule, text, tieId } : { rule, text };
}

function networkReasons(doc: CareNetwork, index: Index, options: SuggestionOptions): SuggestionReason[] {
  const out: SuggestionReason[] = [];
  const members = livingMembers(doc);
  const informal = members.filter(isInformal);
  const professionals = members.filter((m) => !isInformal(m));
  const small = options.smallNetwork ?? 5;
  if (informal.length < small) {
    out.push({
      rule: 'small-network',
      text: say(
        informal.length === 0
          ? { nl: 'er nog niemand uit het eigen netwerk in de kaart staat', en: 'no one from the informal network is on the map yet' }
          : informal.length === 1
            ? { nl: 'het eigen netwerk klein is: één persoon naast de hulpverleners', en: 'the informal network is small: one person besides professionals' }
            : { nl: 'het eigen netwerk klein is: {count} mensen naast de hulpverleners', en: 'the informal network is small: {count} people besides professionals' },
        { count: informal.length },
      ),
    });
  }
  if (professionals.length > 0 && professionals.length >= informal.length) {
    out.push({
      rule: 'mostly-professional',
      text: say(
        { nl: 'er {pros} hulpverleners zijn en {informal} mensen uit het eigen netwerk; hulpverleners gaan weer weg, het eigen netwerk blijft', en: 'there are {pros} professionals and {informal} people from the informal network; professionals leave again, the own network stays' },
        { pros: professionals.length, informal: informal.length },
      ),
    });
  }
  // An empty sector only matters once someone is on the map; at the start "small" says it all.
  if (informal.length > 0) {
    const labels = { ...DEFAULT_SECTOR_LABELS, ...options.sectorLabels };
    const sectors = options.informalSectors ?? DEFAULT_INFORMAL_SECTORS;
    const used = new Set(members.map(sectorOf));
    const empty = sectors.filter((s) => !used.has(s));
    if (empty.length) {
      const list = joinList(empty.map((s) => labels[s] ?? { nl: s, en: s }));
      out.push({
        rule: 'empty-sector',
        text: say({ nl: 'er bij {sectors} nog niemand staat', en: 'no one is there yet for {sectors}' }, { sectors: list }),
      });
    }
  }
  const client = nameOf(doc.people.find((p) => p.id === doc.egoId), THE_CLIENT);
  for (const person of informal) {
    if (isDeceased(person)) continue;
    const heavy = (index.ties.get(person.id) ?? []).find((t) => isHeavyLoad(doc, t));
    if (!heavy) continue;
    out.push({
      rule: 'carer-alone',
      tieId: heavy.id,
      text: say(
        { nl: '{name} veel van de zorg voor {client} draagt; wie kan {name} helpen of af en toe vervangen?', en: '{name} carries much of the care for {client}; who could help {name} or take over now and then?' },
        { name: nameOf(person, SOMEONE), client },
      ),
    });
  }
  return out;
}

function joinList(items: LocalizedText[]): LocalizedText {
  const join = (lang: 'nl' | 'en', and: string) => {
    const words = items.map((i) => i[lang]);
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  };
  return { nl: join('nl', 'en'), en: join('en', 'and') };
}
