/**
 * What the network circles show, derived from the document: each person's ring and sector,
 * the ties grouped per pair, the highlight and the summary figures. Pure and DOM-free.
 *
 * Where a person goes: the view's layout hint (`layout['network-circles'].nodes[id]`, whose
 * `ring` is a 0-based index as the layout engine reads it) wins,
 * then the data (`Person.sector`, the closeness of the tie with the client), then a sensible
 * default (professionals and organisations to the professionals sector, others to the first
 * sector; the outer ring).
 */
import type { CareNetwork, Id, NodeHint, Person, Tie } from '../../model/types.js';
import type { CircleRing, CircleSector } from './circles-config.js';

export const VIEW = 'network-circles';

export interface PlacedPerson {
  person: Person;
  /** 1-based ring. */
  ring: number;
  sector: string;
  /** Preferred angle (degrees) from the hint, if any. */
  angle?: number;
  pinned: boolean;
  /** Ties between this person and the client. */
  egoTies: Tie[];
  professional: boolean;
}

/** All ties between one pair of people (several kinds may join one pair). */
export interface TiePair {
  key: string;
  a: Id;
  b: Id;
  ties: Tie[];
  /** One end is the client. */
  withEgo: boolean;
}

export interface CirclesModel {
  ego?: Person;
  placed: PlacedPerson[];
  byId: Map<Id, PlacedPerson>;
  pairs: TiePair[];
  /** Pair keys per person id, to update only a moved person's lines. */
  pairsOf: Map<Id, TiePair[]>;
}

export type HighlightMode = 'support' | 'frequency' | 'valuation';

/** `support:emotional`, `frequency:weekly`, `valuation:negative`, or empty for none. */
export interface Highlight {
  mode: HighlightMode;
  value: string;
}

export function parseHighlight(text: string | undefined | null): Highlight | undefined {
  const [mode, value] = (text ?? '').split(':');
  if ((mode === 'support' || mode === 'frequency' || mode === 'valuation') && value) return { mode, value };
  return undefined;
}

export function tieMatches(tie: Tie, h: Highlight): boolean {
  if (h.mode === 'support') return (tie.support ?? []).includes(h.value as never);
  if (h.mode === 'frequency') return tie.contactFrequency === h.value;
  return tie.valuation === h.value;
}

export function pairKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function buildModel(doc: CareNetwork, rings: readonly CircleRing[], sectors: readonly CircleSector[]): CirclesModel {
  const hints: Record<Id, NodeHint> = doc.layout[VIEW]?.nodes ?? {};
  const sectorIds = new Set(sectors.map((s) => s.id));
  const fallbackProfessional = sectorIds.has('professionals') ? 'professionals' : sectors[sectors.length - 1].id;
  const ego = doc.people.find((p) => p.id === doc.egoId);
  const present = new Set(doc.people.map((p) => p.id));

  const egoTies = new Map<Id, Tie[]>();
  const pairMap = new Map<string, TiePair>();
  for (const tie of doc.ties) {
    if (!present.has(tie.from) || !present.has(tie.to) || tie.from === tie.to) continue;
    const key = pairKey(tie.from, tie.to);
    let pair = pairMap.get(key);
    if (!pair) {
      const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
      pair = { key, a, b, ties: [], withEgo: a === doc.egoId || b === doc.egoId };
      pairMap.set(key, pair);
    }
    pair.ties.push(tie);
    if (pair.withEgo) {
      const other = tie.from === doc.egoId ? tie.to : tie.from;
      const list = egoTies.get(other) ?? [];
      list.push(tie);
      egoTies.set(other, list);
    }
  }

  const placed: PlacedPerson[] = [];
  const byId = new Map<Id, PlacedPerson>();
  for (const person of doc.people) {
    // Pregnancies and their outcomes belong to the genogram, not to the living network.
    if (person.id === doc.egoId || person.pregnancy) continue;
    const hint = hints[person.id] ?? {};
    const ties = egoTies.get(person.id) ?? [];
    const closeness = ties.map((t) => t.closeness).filter((c): c is number => typeof c === 'number');
    // The hint's ring is a 0-based ring index (as the layout engine reads it); closeness is 1-based.
    const rawRing = typeof hint.ring === 'number' ? hint.ring + 1 : closeness.length ? Math.min(...closeness) : rings.length;
    const ring = clamp(Math.round(rawRing), 1, rings.length);
    const isProfessional = person.professional === true || person.kind === 'organisation';
    const sector =
      typeof hint.sector === 'string' && sectorIds.has(hint.sector)
        ? hint.sector
        : typeof person.sector === 'string' && sectorIds.has(person.sector)
          ? person.sector
          : isProfessional
            ? fallbackProfessional
            : sectors[0].id;
    const entry: PlacedPerson = {
      person,
      ring,
      sector,
      angle: typeof hint.angle === 'number' && Number.isFinite(hint.angle) ? hint.angle : undefined,
      pinned: hint.pinned === true,
      egoTies: ties,
      professional: person.professional ?? sector === 'professionals',
    };
    placed.push(entry);
    byId.set(person.id, entry);
  }

  const pairs = [...pairMap.values()];
  const pairsOf = new Map<Id, TiePair[]>();
  for (const pair of pairs) {
    for (const id of [pair.a, pair.b]) {
      const list = pairsOf.get(id) ?? [];
      list.push(pair);
      pairsOf.set(id, list);
    }
  }
  return { ego, placed, byId, pairs, pairsOf };
}

export interface CirclesSummary {
  total: number;
  /** counts[sectorIndex][ringIndex]. */
  counts: number[][];
  informal: number;
  professional: number;
  /** Ties with the client where support goes one way / both ways / is not recorded. */
  oneWay: number;
  mutual: number;
  unknown: number;
}

export function summarise(model: CirclesModel, rings: readonly CircleRing[], sectors: readonly CircleSector[]): CirclesSummary {
  const counts = sectors.map(() => rings.map(() => 0));
  const sectorIndex = new Map(sectors.map((s, i) => [s.id, i]));
  let professional = 0;
  let oneWay = 0;
  let mutual = 0;
  let unknown = 0;
  for (const p of model.placed) {
    counts[sectorIndex.get(p.sector) ?? 0][p.ring - 1]++;
    if (p.professional) professional++;
  }
  for (const pair of model.pairs) {
    if (!pair.withEgo) continue;
    const direction = supportDirection(pair.ties);
    if (direction === 'mutual') mutual++;
    else if (direction === 'one-way') oneWay++;
    else unknown++;
  }
  return { total: model.placed.length, counts, informal: model.placed.length - professional, professional, oneWay, mutual, unknown };
}

/** Mutual when any tie of the pair says so (flow both, or reciprocity mutual), or flows run both ways across ties. */
export function supportDirection(ties: readonly Tie[]): 'mutual' | 'one-way' | 'unknown' {
  if (ties.some((t) => t.flow === 'both' || t.reciprocity === 'mutual')) return 'mutual';
  const directions = new Set<string>();
  for (const t of ties) {
    if (t.flow === 'to') directions.add(`${t.from}>${t.to}`);
    if (t.flow === 'from') directions.add(`${t.to}>${t.from}`);
  }
  if (directions.size > 1) return 'mutual';
  if (directions.size === 1 || ties.some((t) => t.reciprocity === 'one-way')) return 'one-way';
  return 'unknown';
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : hi));
}
