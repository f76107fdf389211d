/**
 * What the ecomap shows, derived from the document: the centre (the client's household), the
 * systems around it, and the lines. Pure and DOM-free so the element, the table, the export and
 * the tests all read one interpretation of the data.
 */
import { SYSTEM_CATEGORIES, type CareNetwork, type Flow, type Id, type OpResult, type Person, type Tie, type TieQuality } from '../../model/types.js';

/** Line strengths of the ecomap (Hartman). Stress is separate: it is drawn on top of any strength. */
export const ECO_STRENGTHS = ['strong', 'normal', 'tenuous', 'broken'] as const;
export type EcoStrength = (typeof ECO_STRENGTHS)[number];

/** Flow of energy relative to a line's ends `a` → `b`: `out` runs from a to b, `in` from b to a. */
export const ECO_DIRECTIONS = ['none', 'out', 'in', 'both'] as const;
export type EcoDirection = (typeof ECO_DIRECTIONS)[number];

export interface EcoSystem {
  person: Person;
  /** The category used for grouping (from `person.category`, else derived). */
  category: string;
}

export interface EcoLine {
  tie: Tie;
  /** For a centre line: the household member; for a line between systems: the tie's `from`. */
  a: Id;
  /** For a centre line: the system; else the tie's `to`. */
  b: Id;
  between: boolean;
  strength: EcoStrength;
  stress: boolean;
  direction: EcoDirection;
}

export interface EcoModel {
  /** The household members drawn in the centre, the client first. */
  centre: Person[];
  householdId?: Id;
  systems: EcoSystem[];
  lines: EcoLine[];
  /** Lines per system id (centre lines only), in document order. */
  linesBySystem: Map<Id, EcoLine[]>;
}

/** The household the client lives in (the first one that lists them), or none. */
export function clientHousehold(doc: CareNetwork) {
  return doc.households.find((h) => h.members.includes(doc.egoId));
}

/** Ecomap strength of a tie quality; `stressful` and `conflict` are normal lines with stress. */
export function strengthOf(quality: TieQuality | undefined): EcoStrength {
  return quality === 'strong' || quality === 'tenuous' || quality === 'broken' ? quality : 'normal';
}

export function stressOf(tie: Tie): boolean {
  return tie.stress === true || tie.quality === 'stressful' || tie.quality === 'conflict';
}

/** The direction seen from `a`, for a tie whose `from`/`to` may run either way. */
export function directionOf(tie: Tie, a: Id): EcoDirection {
  const flow: Flow = tie.flow ?? 'none';
  if (flow === 'none' || flow === 'both') return flow;
  const forward = tie.from === a;
  return (flow === 'to') === forward ? 'out' : 'in';
}

/** The tie's `flow` for a direction seen from `a`. */
export function flowFor(tie: Pick<Tie, 'from'>, a: Id, direction: EcoDirection): Flow {
  if (direction === 'none' || direction === 'both') return direction;
  const forward = tie.from === a;
  return (direction === 'out') === forward ? 'to' : 'from';
}

/**
 * The patch that gives a tie a new strength and/or stress. A `stressful`/`conflict` quality is
 * kept as stress on the new strength, so nothing the user said is lost.
 */
export function linePatch(tie: Tie, change: { strength?: EcoStrength; stress?: boolean }): Partial<Tie> {
  const strength = change.strength ?? strengthOf(tie.quality);
  const stress = change.stress ?? stressOf(tie);
  const patch: Partial<Tie> = { quality: strength, stress: stress ? true : undefined };
  // Keep an explicit conflict (a stronger word than stress) while the stress stays on.
  if (tie.quality === 'conflict' && stress && change.strength === undefined) patch.quality = 'conflict';
  return patch;
}

const KEYWORDS: Array<[RegExp, string]> = [
  [/school|leraar|leerkracht|juf|meester|mentor|teacher|klas|opleiding|college|universit|kinderopvang|daycare|creche|crèche/i, 'school'],
  [/jeugd|youth|wijkteam|maatschappelijk|social work|hulpverlen|begeleid|coach|voogd|guardian|raad voor|veilig thuis|reclassering|probation|service|casemanager|sociaal/i, 'services'],
  [/uitkering|gemeente|benefit|uwv|svb|schuld|budget|bewindvoer|toeslag|income|inkomen|ocmw|cpas|voedselbank/i, 'income'],
  [/huisarts|\bgp\b|doctor|dokter|arts|ziekenhuis|hospital|tandarts|dentist|fysio|physio|ggz|psychiat|psycholo|verpleeg|nurse|apotheek|pharmac|zorg\b|health/i, 'health'],
  [/\bwerk\b|werkgever|baas|collega|employer|colleague|\bwork\b|\bjob\b|manager|leidinggevende/i, 'work'],
  [/club|sport|voetbal|football|soccer|hockey|zwem|swim|gym|scouting|vereniging|muziek|music|band\b|koor|choir|hobby/i, 'clubs'],
  [/kerk|church|moskee|mosque|synagog|tempel|temple|geloof|faith|pastor|dominee|imam|priest|priester/i, 'faith'],
  [/buur|neighbo|wijk|straat|street/i, 'neighbourhood'],
  [/vriend|friend|maat\b|kameraad/i, 'friends'],
  [/moeder|vader|mother|father|mama|papa|zus|broer|sister|brother|oma|opa|grand|tante|oom|aunt|uncle|neef|nicht|cousin|nephew|niece|zoon|dochter|son|daughter|partner|vrouw|man\b|wife|husband|schoon|in-law|familie|family/i, 'family'],
];

/**
 * The system category of a person: `category` when set, else derived from the role, the
 * sector and whether they are a professional. The derivation only reads; it never writes.
 */
export function categoryOf(person: Person): string {
  if (person.category) return person.category;
  const role = `${person.role ?? ''} ${person.kind === 'organisation' ? person.name : ''}`;
  for (const [pattern, category] of KEYWORDS) if (pattern.test(role)) return category;
  switch (person.sector) {
    case 'family':
      return 'family';
    case 'friends':
      return 'friends';
    case 'society':
      return 'neighbourhood';
    case 'professionals':
      return 'services';
  }
  if (person.professional) return 'services';
  return 'other';
}

/** Categories in drawing order: the defaults first, then any others in order of appearance. */
export function categoryOrder(systems: readonly EcoSystem[]): string[] {
  const known = SYSTEM_CATEGORIES as readonly string[];
  const extra = [...new Set(systems.map((s) => s.category).filter((c) => !known.includes(c)))];
  const present = new Set(systems.map((s) => s.category));
  return [...known.filter((c) => c !== 'other' && present.has(c)), ...extra, ...(present.has('other') ? ['other'] : [])];
}

/** Derives the whole ecomap from a document. */
export function buildEcoModel(doc: CareNetwork): EcoModel {
  const byId = new Map(doc.people.map((p) => [p.id, p]));
  const household = clientHousehold(doc);
  const memberIds = household ? household.members.filter((id) => byId.has(id)) : [];
  const centreIds = [doc.egoId, ...memberIds.filter((id) => id !== doc.egoId)].filter((id) => byId.has(id));
  const centreSet = new Set(centreIds);
  const centre = centreIds.map((id) => byId.get(id)!);

  const systems: EcoSystem[] = doc.people
    .filter((p) => !centreSet.has(p.id) && !p.pregnancy)
    .map((person) => ({ person, category: categoryOf(person) }));
  const systemSet = new Set(systems.map((s) => s.person.id));

  const lines: EcoLine[] = [];
  const linesBySystem = new Map<Id, EcoLine[]>();
  for (const tie of doc.ties) {
    const fromCentre = centreSet.has(tie.from);
    const toCentre = centreSet.has(tie.to);
    if (fromCentre && toCentre) continue; // inside the household: the genogram's business
    let line: EcoLine | undefined;
    if (fromCentre && systemSet.has(tie.to)) line = makeLine(tie, tie.from, tie.to, false);
    else if (toCentre && systemSet.has(tie.from)) line = makeLine(tie, tie.to, tie.from, false);
    else if (systemSet.has(tie.from) && systemSet.has(tie.to)) line = makeLine(tie, tie.from, tie.to, true);
    if (!line) continue;
    lines.push(line);
    if (!line.between) {
      const list = linesBySystem.get(line.b) ?? [];
      list.push(line);
      linesBySystem.set(line.b, list);
    }
  }
  return { centre, householdId: household?.id, systems, lines, linesBySystem };
}

function makeLine(tie: Tie, a: Id, b: Id, between: boolean): EcoLine {
  return { tie, a, b, between, strength: strengthOf(tie.quality), stress: stressOf(tie), direction: directionOf(tie, a) };
}

/** Gives an operation's change a label (names for announcements and undo messages). */
export function withLabel(r: OpResult, label: string): OpResult {
  return { doc: r.doc, change: { ...r.change, label } };
}
