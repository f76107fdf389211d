/**
 * The care network document: one per client, JSON-serialisable.
 *
 * Every record has a stable string id. Unknown fields on any record are kept by
 * validation and by every operation, so a vendor's own data survives a round-trip.
 * This file holds types and the closed vocabularies only; no logic.
 */

/** The schema version this library writes. Older documents are migrated; newer ones refused. */
export const SCHEMA_VERSION = '1.0.0';

export type Id = string;

/** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Partial because families often know only the year. */
export type PartialDate = string;

export const PERSON_KINDS = ['person', 'organisation'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** Sex recorded at birth (genogram inner symbol); `unknown` when not known or not shared. */
export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** Lived gender (genogram outer shape per the 2020 key). */
export const GENDERS = ['woman', 'man', 'nonbinary', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** Pregnancy outcomes drawn in a genogram instead of a person symbol. */
export const PREGNANCY_STATES = ['pregnancy', 'miscarriage', 'abortion', 'stillbirth'] as const;
export type PregnancyState = (typeof PREGNANCY_STATES)[number];

/**
 * Default life domains (sectors) of the network circles. Sector ids are open strings so an
 * element can be configured with other sectors; these are the defaults.
 */
export const DEFAULT_SECTORS = ['family', 'friends', 'society', 'professionals'] as const;
export type SectorId = string;

/** Ecomap system categories (Hartman). Open string; these are the defaults. */
export const SYSTEM_CATEGORIES = [
  'family',
  'friends',
  'school',
  'work',
  'health',
  'services',
  'clubs',
  'faith',
  'neighbourhood',
  'income',
  'other',
] as const;
export type SystemCategory = string;

export interface HealthMarker {
  /** Free text, e.g. "diabetes", "depressie", "alcohol". */
  condition: string;
  /** Genogram fill: suspected (hatched), diagnosed (filled half), in recovery (outline). */
  status?: 'suspected' | 'diagnosed' | 'in-recovery';
}

export interface Person {
  id: Id;
  kind: PersonKind;
  name: string;
  /** Role towards the client in plain words ("moeder", "huisarts", "buurvrouw"). */
  role?: string;
  /** Life domain (sector) for the network circles. */
  sector?: SectorId;
  /** System category for the ecomap. */
  category?: SystemCategory;
  /** True for professionals (paid care); the informal network is everyone else. */
  professional?: boolean;
  sex?: Sex;
  gender?: Gender;
  birth?: PartialDate;
  death?: PartialDate;
  /** Deceased even when the date of death is unknown. */
  deceased?: boolean;
  /** Set for a pregnancy or its outcome; such an entry is drawn as a triangle/dot in the genogram. */
  pregnancy?: PregnancyState;
  notes?: string;
  healthMarkers?: HealthMarker[];
  /** Data the model cannot hold (e.g. from GEDCOM), written back on export. */
  extensions?: Record<string, unknown>;
  [unknownField: string]: unknown;
}

export const TIE_QUALITIES = ['strong', 'normal', 'tenuous', 'stressful', 'conflict', 'broken'] as const;
export type TieQuality = (typeof TIE_QUALITIES)[number];

/** Direction of support / energy, relative to the tie's `from` and `to`. */
export const FLOWS = ['none', 'to', 'from', 'both'] as const;
export type Flow = (typeof FLOWS)[number];

export const SUPPORT_KINDS = ['practical', 'emotional', 'informational', 'companionship', 'material'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const CONTACT_FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly', 'rarely', 'never'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const VALUATIONS = ['positive', 'neutral', 'negative', 'mixed'] as const;
export type Valuation = (typeof VALUATIONS)[number];

export const RECIPROCITIES = ['one-way', 'mutual', 'unknown'] as const;
export type Reciprocity = (typeof RECIPROCITIES)[number];

/**
 * A social relation between two people (ego–alter or alter–alter). Several ties between
 * one pair are allowed (e.g. a sister who is also the employer), each with its own `kind`.
 */
export interface Tie {
  id: Id;
  from: Id;
  to: Id;
  /** What the relation is, in plain words ("zus", "buurman", "werkgever"). */
  kind?: string;
  /** Closeness ring: 1 is closest. */
  closeness?: number;
  quality?: TieQuality;
  /** Stress drawn on top of any strength (ecomap); `quality: 'stressful'` implies it. */
  stress?: boolean;
  /** `to`: support flows from `from` to `to`; `from`: the other way; `both`: mutual. */
  flow?: Flow;
  support?: SupportKind[];
  contactFrequency?: ContactFrequency;
  valuation?: Valuation;
  reciprocity?: Reciprocity;
  note?: string;
  [unknownField: string]: unknown;
}

export const UNION_STATUSES = [
  'relationship',
  'engaged',
  'cohabiting',
  'married',
  'separated',
  'divorced',
  'widowed',
] as const;
export type UnionStatus = (typeof UNION_STATUSES)[number];

/** One step in a partnership's history; the last event is the current status. */
export interface UnionEvent {
  status: UnionStatus;
  date?: PartialDate;
}

export const CHILD_KINDS = ['biological', 'adopted', 'foster', 'step'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];

export const TWIN_TYPES = ['identical', 'fraternal'] as const;
export type TwinType = (typeof TWIN_TYPES)[number];

export interface ChildLink {
  personId: Id;
  kind: ChildKind;
  /** Children sharing a twin group id are twins (or triplets). */
  twinGroup?: string;
  twinType?: TwinType;
}

/** A partnership (or a single parent: one partner) and the children of it. */
export interface Union {
  id: Id;
  /** One or two partner ids. */
  partners: Id[];
  /** Chronological history; at least one event. */
  history: UnionEvent[];
  children: ChildLink[];
  [unknownField: string]: unknown;
}

export const EMOTIONAL_KINDS = [
  'harmony',
  'close',
  'fused',
  'distant',
  'conflict',
  'hostile',
  'close-hostile',
  'fused-hostile',
  'cutoff',
  'cutoff-repaired',
  'focused-on',
  'distrust',
  'physical-abuse',
  'emotional-abuse',
  'sexual-abuse',
  'neglect',
  'caretaker',
] as const;
export type EmotionalKind = (typeof EMOTIONAL_KINDS)[number];

/** A typed emotional relation for the genogram (directed for focused-on, abuse, caretaker). */
export interface EmotionalRelation {
  id: Id;
  from: Id;
  to: Id;
  kind: EmotionalKind;
  note?: string;
  [unknownField: string]: unknown;
}

/** People who live together (drawn as a boundary in the genogram, the centre of the ecomap). */
export interface Household {
  id: Id;
  name?: string;
  members: Id[];
  [unknownField: string]: unknown;
}

export interface PlanQuestion {
  id: Id;
  text: string;
  [unknownField: string]: unknown;
}

export const AGREEMENT_STATUSES = ['not-started', 'in-progress', 'done', 'paused', 'stopped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** When: a date, a period, or recurring text such as "elke woensdag". */
export interface AgreementWhen {
  date?: PartialDate;
  until?: PartialDate;
  text?: string;
}

export interface Agreement {
  id: Id;
  questionId: Id;
  what: string;
  /** People from the network who carry it out (the client too). */
  who: Id[];
  where?: string;
  when?: AgreementWhen;
  how?: string;
  status: AgreementStatus;
  reviewDate?: PartialDate;
  notes?: string;
  /** The condition (piketpaaltje) this agreement answers. */
  conditionId?: Id;
  [unknownField: string]: unknown;
}

/** A non-negotiable condition (piketpaaltje) set by a mandated agency. */
export interface Condition {
  id: Id;
  text: string;
  agency: string;
  meaning?: string;
  [unknownField: string]: unknown;
}

export interface CoreTeam {
  members: Id[];
  chairId?: Id;
}

export interface Meeting {
  id: Id;
  date: PartialDate;
  goesWell?: string;
  needsAttention?: string;
  planChanges?: string;
  [unknownField: string]: unknown;
}

export interface Plan {
  questions: PlanQuestion[];
  agreements: Agreement[];
  conditions: Condition[];
  coreTeam: CoreTeam;
  meetings: Meeting[];
  /** Next review of the whole plan. */
  reviewDate?: PartialDate;
  [unknownField: string]: unknown;
}

/** RADIO + U: the network strategies. Ids are the Dutch method names. */
export const STRATEGY_KINDS = [
  'reanimeren',
  'activeren',
  'deblokkeren',
  'intensiveren',
  'onderhouden',
  'uitbreiden',
] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export const STRATEGY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** A chosen strategy for a person, a tie, or (neither set) the network as a whole. */
export interface Strategy {
  id: Id;
  kind: StrategyKind;
  personId?: Id;
  tieId?: Id;
  status: StrategyStatus;
  note?: string;
  agreementId?: Id;
  [unknownField: string]: unknown;
}

/**
 * A suggestion the client and network chose not to follow (e.g. a RADIO suggestion of
 * `<radio-checklist>`). Kept in the document so it stays dismissed for everyone who opens it.
 */
export interface DismissedSuggestion {
  /** The suggestion's stable key, e.g. `reanimeren:p-oma` or `uitbreiden:network`. */
  key: string;
  /** When it was dismissed. */
  date?: PartialDate;
  [unknownField: string]: unknown;
}

/** Where a view puts one person, as hints that survive any size (never pixels). */
export interface NodeHint {
  ring?: number;
  sector?: SectorId;
  /** Angle in degrees, clockwise from 12 o'clock. */
  angle?: number;
  /** Placed by the user: the layout keeps it where it was put. */
  pinned?: boolean;
  [unknownField: string]: unknown;
}

/** One view's picture of the people: node hints and explicit orders (e.g. siblings, partners). */
export interface ViewLayout {
  nodes: Record<Id, NodeHint>;
  /** Ordered id lists keyed by what they order, e.g. `children:<unionId>`, `partners:<personId>`. */
  order: Record<string, Id[]>;
}

/** Known view keys; other keys are kept. */
export type ViewKey = 'network-circles' | 'eco-gram' | 'genogram-editor' | (string & {});

export interface CareNetwork {
  schema: string;
  /** Document id (optional; hosts usually have their own). */
  id?: string;
  title?: string;
  /** The client: the person in the centre. */
  egoId: Id;
  people: Person[];
  ties: Tie[];
  unions: Union[];
  emotionalRelations: EmotionalRelation[];
  households: Household[];
  plan: Plan;
  strategies: Strategy[];
  /** Suggestions dismissed by the user (optional; absent means none). */
  dismissedSuggestions?: DismissedSuggestion[];
  layout: Partial<Record<ViewKey, ViewLayout>>;
  /** Document-level data the model cannot hold. */
  extensions?: Record<string, unknown>;
  [unknownField: string]: unknown;
}

/** Kinds of change an operation reports. */
export type ChangeType =
  | 'replace'
  | 'person-add'
  | 'person-update'
  | 'person-remove'
  | 'tie-add'
  | 'tie-update'
  | 'tie-remove'
  | 'union-add'
  | 'union-update'
  | 'union-remove'
  | 'child-add'
  | 'child-remove'
  | 'emotional-add'
  | 'emotional-update'
  | 'emotional-remove'
  | 'household-set'
  | 'plan-question-add'
  | 'plan-question-update'
  | 'plan-question-remove'
  | 'plan-question-move'
  | 'agreement-add'
  | 'agreement-update'
  | 'agreement-remove'
  | 'agreement-move'
  | 'condition-add'
  | 'condition-update'
  | 'condition-remove'
  | 'core-team-set'
  | 'meeting-add'
  | 'meeting-update'
  | 'meeting-remove'
  | 'strategy-add'
  | 'strategy-update'
  | 'strategy-remove'
  | 'suggestion-dismiss'
  | 'suggestion-restore'
  | 'layout-hint'
  | 'layout-order'
  | 'document-update'
  | 'batch';

/**
 * What an operation changed: machine-readable, so elements can announce it in the user's
 * language and hosts can sync only what changed.
 */
export interface Change {
  type: ChangeType;
  /** Ids of the records created, changed or removed. */
  ids: Id[];
  /** For removals: ids of records that referred to the removed one and were removed or updated too. */
  cascade?: Id[];
  /** For batches and transactions: the changes in order. */
  changes?: Change[];
  /** Short label, e.g. the name of the person, for announcements. */
  label?: string;
}

export interface OpResult {
  doc: CareNetwork;
  change: Change;
}
