import { clientTieIndex, isDeceased, networkMembers, sectorOf, strategyPersonId } from '../../model/network-members.js';
import type { StrategySuggestion } from '../../model/strategy-suggestions.js';
import {
  DEFAULT_SECTORS,
  STRATEGY_KINDS,
  type CareNetwork,
  type Id,
  type Person,
  type Strategy,
  type StrategyKind,
} from '../../model/types.js';

/**
 * The checklist's rows, built from the document: one per network member, one for the client,
 * one for the network as a whole; grouped by life domain or ring, and filtered. Pure, so the
 * element only renders what this returns.
 */

export type GroupBy = 'sector' | 'ring';
export type ShowFilter = 'all' | 'with-strategy' | 'with-suggestion' | 'without-strategy';

/** The strategies offered on a person's row; the network row offers Uitbreiden. */
export const PERSON_KINDS: readonly StrategyKind[] = ['reanimeren', 'activeren', 'deblokkeren', 'intensiveren', 'onderhouden'];
export const NETWORK_KINDS: readonly StrategyKind[] = ['uitbreiden'];

export const NETWORK_ROW = 'network';

export interface ChecklistRow {
  /** The person id, or `network`. */
  id: Id;
  person?: Person;
  isClient: boolean;
  isNetwork: boolean;
  /** Checkboxes shown: the offered kinds plus any kind already chosen (data is never hidden). */
  kinds: StrategyKind[];
  /** The strategies of this row, in document order. */
  strategies: Strategy[];
  suggestions: StrategySuggestion[];
  /** Closest ring of the client's ties with this person. */
  ring?: number;
  sector?: string;
}

export interface ChecklistGroup {
  /** `client`, `network`, a sector id, `ring:<n>`, or `none`. */
  key: string;
  kind: 'client' | 'network' | 'sector' | 'ring' | 'none';
  sector?: string;
  ring?: number;
  rows: ChecklistRow[];
}

export interface ChecklistOptions {
  groupBy: GroupBy;
  show: ShowFilter;
  /** Only rows with this strategy chosen or suggested. */
  kind?: StrategyKind | '';
  /** Part of a name or role. */
  text?: string;
  suggestions: readonly StrategySuggestion[];
}

export interface Checklist {
  groups: ChecklistGroup[];
  /** Rows before filtering. */
  total: number;
  shown: number;
}

export function buildRows(doc: CareNetwork, suggestions: readonly StrategySuggestion[]): ChecklistRow[] {
  const byRow = new Map<Id, Strategy[]>();
  for (const s of doc.strategies) {
    const id = strategyPersonId(doc, s) ?? NETWORK_ROW;
    byRow.set(id, [...(byRow.get(id) ?? []), s]);
  }
  const suggested = new Map<Id, StrategySuggestion[]>();
  for (const s of suggestions) {
    const id = s.personId ?? NETWORK_ROW;
    suggested.set(id, [...(suggested.get(id) ?? []), s]);
  }
  const ties = clientTieIndex(doc);
  const row = (id: Id, person: Person | undefined, offered: readonly StrategyKind[]): ChecklistRow => {
    const strategies = byRow.get(id) ?? [];
    const present = new Set(strategies.map((s) => s.kind));
    const kinds = STRATEGY_KINDS.filter((k) => offered.includes(k) || present.has(k));
    const rings = (person ? (ties.get(person.id) ?? []) : []).map((t) => t.closeness).filter((c): c is number => typeof c === 'number');
    return {
      id,
      person,
      isClient: person?.id === doc.egoId,
      isNetwork: id === NETWORK_ROW,
      kinds,
      strategies,
      suggestions: suggested.get(id) ?? [],
      ...(rings.length ? { ring: Math.min(...rings) } : {}),
      ...(person && sectorOf(person) ? { sector: sectorOf(person) } : {}),
    };
  };
  const client = doc.people.find((p) => p.id === doc.egoId);
  const rows = [row(doc.egoId, client, PERSON_KINDS), row(NETWORK_ROW, undefined, NETWORK_KINDS)];
  for (const person of networkMembers(doc)) {
    // The dead keep a row only when a strategy still points at them.
    if (isDeceased(person) && !byRow.has(person.id)) continue;
    rows.push(row(person.id, person, PERSON_KINDS));
  }
  return rows;
}

function matches(row: ChecklistRow, options: ChecklistOptions): boolean {
  const text = options.text?.trim().toLowerCase();
  if (text) {
    const hay = `${row.person?.name ?? ''} ${row.person?.role ?? ''}`.toLowerCase();
    if (!hay.includes(text)) return false;
  }
  if (options.kind) {
    const k = options.kind;
    if (!row.strategies.some((s) => s.kind === k) && !row.suggestions.some((s) => s.kind === k)) return false;
  }
  switch (options.show) {
    case 'with-strategy':
      return row.strategies.length > 0;
    case 'without-strategy':
      return row.strategies.length === 0;
    case 'with-suggestion':
      return row.suggestions.length > 0;
    default:
      return true;
  }
}

export function buildChecklist(doc: CareNetwork, options: ChecklistOptions): Checklist {
  const rows = buildRows(doc, options.suggestions);
  const shown = rows.filter((r) => matches(r, options));
  const groups: ChecklistGroup[] = [];
  const push = (group: Omit<ChecklistGroup, 'rows'>, row: ChecklistRow) => {
    const existing = groups.find((g) => g.key === group.key);
    if (existing) existing.rows.push(row);
    else groups.push({ ...group, rows: [row] });
  };
  for (const row of shown) {
    if (row.isClient) push({ key: 'client', kind: 'client' }, row);
    else if (row.isNetwork) push({ key: 'network', kind: 'network' }, row);
  }
  // Within a group the closest people come first (the client's own view); then document order.
  const members = shown
    .filter((r) => !r.isClient && !r.isNetwork)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.ring ?? Infinity) - (b.r.ring ?? Infinity) || a.i - b.i)
    .map(({ r }) => r);
  if (options.groupBy === 'ring') {
    const rings = [...new Set(members.map((r) => r.ring).filter((r): r is number => r !== undefined))].sort((a, b) => a - b);
    for (const ring of rings) for (const row of members.filter((r) => r.ring === ring)) push({ key: `ring:${ring}`, kind: 'ring', ring }, row);
  } else {
    const order: string[] = [...DEFAULT_SECTORS];
    for (const r of members) if (r.sector && !order.includes(r.sector)) order.push(r.sector);
    for (const sector of order) for (const row of members.filter((r) => r.sector === sector)) push({ key: sector, kind: 'sector', sector }, row);
  }
  const placed = new Set(groups.flatMap((g) => g.rows));
  for (const row of members.filter((r) => !placed.has(r))) push({ key: 'none', kind: 'none' }, row);
  return { groups, total: rows.length, shown: shown.length };
}
