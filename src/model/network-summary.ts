import { isInformal, livingMembers, networkMembers, sectorOf, strategyPersonId } from './network-members.js';
import {
  DEFAULT_SECTORS,
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  type CareNetwork,
  type Id,
  type SectorId,
  type StrategyKind,
  type StrategyStatus,
} from './types.js';

/**
 * Figures about the network and its RADIO(+U) strategies: how many people per strategy and
 * status, which life domains have no strategy yet, whether the network is being extended, and
 * the balance between the informal network and professionals. Pure; used by the checklist's
 * summary and its print view, and by any host that wants the same figures.
 */

export type StatusCounts = Record<StrategyStatus, number>;

export interface KindSummary {
  kind: StrategyKind;
  /** Strategies of this kind. */
  strategies: number;
  /** Distinct people with a strategy of this kind (the network row not included). */
  people: number;
  /** True when the network as a whole has a strategy of this kind. */
  network: boolean;
  byStatus: StatusCounts;
  /** Strategies of this kind carried out by a plan agreement. */
  linked: number;
}

export interface SectorSummary {
  sector: SectorId;
  /** Living members in this sector. */
  members: number;
  /** Of those, how many have at least one strategy. */
  withStrategy: number;
}

export interface StrategySummary {
  /** One entry per strategy kind, in RADIO+U order. */
  kinds: KindSummary[];
  /** All strategies, by status. */
  byStatus: StatusCounts;
  strategies: number;
  /** Living members (the client not counted). */
  members: number;
  informal: number;
  professional: number;
  /** Distinct people with at least one strategy. */
  peopleWithStrategy: number;
  /** Default sectors first, then others in the order met; `''` for people without a sector. */
  sectors: SectorSummary[];
  /** Sectors where no one has a strategy yet (including sectors with no one in them). */
  sectorsWithoutStrategy: SectorId[];
  /** The network is being extended: some Uitbreiden strategy exists that is not done. */
  extending: boolean;
  /** Uitbreiden strategies by status (done ones show the network was extended). */
  extendingByStatus: StatusCounts;
}

export interface SummaryOptions {
  /** Sectors always listed (also when empty). Default: the default sectors. */
  sectors?: readonly SectorId[];
}

function zeroStatuses(): StatusCounts {
  return Object.fromEntries(STRATEGY_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function summarizeStrategies(doc: CareNetwork, options: SummaryOptions = {}): StrategySummary {
  const members = livingMembers(doc);
  const everyone = new Map(networkMembers(doc).map((p) => [p.id, p]));
  const byStatus = zeroStatuses();
  const kinds = new Map<StrategyKind, KindSummary & { ids: Set<Id> }>(
    STRATEGY_KINDS.map((kind) => [
      kind,
      { kind, strategies: 0, people: 0, network: false, byStatus: zeroStatuses(), linked: 0, ids: new Set<Id>() },
    ]),
  );
  const withStrategy = new Set<Id>();
  for (const s of doc.strategies) {
    const entry = kinds.get(s.kind);
    if (!entry) continue; // an unknown kind from a newer version: kept in the document, not counted
    const status = (STRATEGY_STATUSES as readonly string[]).includes(s.status) ? s.status : 'idea';
    entry.strategies += 1;
    entry.byStatus[status] += 1;
    byStatus[status] += 1;
    if (s.agreementId && doc.plan.agreements.some((a) => a.id === s.agreementId)) entry.linked += 1;
    const personId = strategyPersonId(doc, s);
    if (personId === null) entry.network = true;
    else {
      entry.ids.add(personId);
      withStrategy.add(personId);
    }
  }

  const order: SectorId[] = [...(options.sectors ?? DEFAULT_SECTORS)];
  for (const m of members) {
    const sector = sectorOf(m) ?? '';
    if (!order.includes(sector)) order.push(sector);
  }
  const sectors = order.map((sector): SectorSummary => {
    const inSector = members.filter((m) => (sectorOf(m) ?? '') === sector);
    return { sector, members: inSector.length, withStrategy: inSector.filter((m) => withStrategy.has(m.id)).length };
  });

  const uitbreiden = kinds.get('uitbreiden')!;
  return {
    kinds: [...kinds.values()].map(({ ids, ...k }) => ({ ...k, people: ids.size })),
    byStatus,
    strategies: doc.strategies.length,
    members: members.length,
    informal: members.filter(isInformal).length,
    professional: members.filter((m) => !isInformal(m)).length,
    peopleWithStrategy: [...withStrategy].filter((id) => everyone.has(id) || id === doc.egoId).length,
    sectors,
    sectorsWithoutStrategy: sectors.filter((s) => s.withStrategy === 0 && s.sector !== '').map((s) => s.sector),
    extending: uitbreiden.strategies > uitbreiden.byStatus.done,
    extendingByStatus: { ...uitbreiden.byStatus },
  };
}
