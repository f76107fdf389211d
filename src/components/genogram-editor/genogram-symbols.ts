/**
 * Person symbols in the genogram notation of McGoldrick, Gerson & Petry (2020), as SVG drawn
 * around (0, 0). Shape follows lived gender (square man, circle woman, dome nonbinary), an
 * inner shape shows sex at birth for transgender people, the client has a double outline,
 * the deceased an X, pregnancies and their outcomes their own small symbols. Health markers
 * fill parts of the shape with patterns that read in black-and-white print.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { HealthMarker, Person } from '../../model/types.js';
import { isDeceased } from './family-graph.js';

export type OuterShape = 'square' | 'circle' | 'dome' | 'unknown';

/** What a person symbol shows; also the words of its accessible name and the legend. */
export interface SymbolKind {
  outer: OuterShape;
  /** Sex at birth drawn inside the lived-gender shape (transgender), or intersex. */
  inner?: 'square' | 'circle' | 'intersex';
  pregnancy?: Person['pregnancy'];
  deceased: boolean;
}

export function symbolKind(person: Person): SymbolKind {
  const deceased = isDeceased(person);
  if (person.pregnancy) return { outer: 'unknown', pregnancy: person.pregnancy, deceased };
  const bySex: Record<string, OuterShape> = { female: 'circle', male: 'square' };
  const byGender: Record<string, OuterShape> = { woman: 'circle', man: 'square', nonbinary: 'dome' };
  const outer = byGender[person.gender ?? ''] ?? bySex[person.sex ?? ''] ?? 'unknown';
  const birth = bySex[person.sex ?? ''];
  let inner: SymbolKind['inner'];
  if (person.sex === 'intersex') inner = 'intersex';
  else if ((outer === 'square' || outer === 'circle') && birth && birth !== outer) inner = birth as 'square' | 'circle';
  return { outer, inner, deceased };
}

/** The outline of a shape of size `s` centred on (0, 0). */
export function shapePath(shape: OuterShape, s: number): string {
  const h = s / 2;
  switch (shape) {
    case 'square':
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    case 'circle':
      return `M${-h},0A${h},${h} 0 1 1 ${h},0A${h},${h} 0 1 1 ${-h},0Z`;
    case 'dome':
      return `M${-h},${h}V0A${h},${h} 0 0 1 ${h},0V${h}Z`;
    case 'unknown': {
      const r = s * 0.22;
      return `M${-h + r},${-h}H${h - r}Q${h},${-h} ${h},${-h + r}V${h - r}Q${h},${h} ${h - r},${h}H${-h + r}Q${-h},${h} ${-h},${h - r}V${-h + r}Q${-h},${-h} ${-h + r},${-h}Z`;
    }
  }
}

/**
 * Shared definitions: clip paths per shape (for health fills) and the fill patterns. Ids are
 * prefixed so two genograms exported into one page do not clash.
 */
export function symbolDefs(size: number, extraSizes: number[] = []): SVGTemplateResult {
  return svg`
    ${[size, ...extraSizes].flatMap((sz) =>
      (['square', 'circle', 'dome', 'unknown'] as const).map(
        (shape) => svg`<clipPath id="gx-clip-${shape}-${sz}"><path d=${shapePath(shape, sz)}></path></clipPath>`,
      ),
    )}
    <pattern id="gx-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--_surface)"></rect>
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--_health)" stroke-width="2.5"></line>
    </pattern>
    <pattern id="gx-recovery" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="var(--_surface)"></rect>
      <line x1="0" y1="3" x2="6" y2="3" stroke="var(--_health)" stroke-width="1.5"></line>
    </pattern>`;
}

/** Which quarter of the symbol a health condition fills: upper left, lower left, lower right, upper right. */
export function healthRegion(slot: number, s: number): string {
  const h = s / 2;
  switch (slot % HEALTH_SLOTS) {
    case 0:
      return `M${-h},${-h}H0V0H${-h}Z`;
    case 1:
      return `M${-h},0H0V${h}H${-h}Z`;
    case 2:
      return `M0,0H${h}V${h}H0Z`;
    default:
      return `M0,${-h}H${h}V0H0Z`;
  }
}

/** Distinct parts a symbol has for health conditions; a fifth condition shares the first part. */
export const HEALTH_SLOTS = 4;

export function healthFill(status: HealthMarker['status']): string {
  if (status === 'suspected') return 'url(#gx-hatch)';
  if (status === 'in-recovery') return 'url(#gx-recovery)';
  return 'var(--_health)';
}

export interface SymbolOptions {
  size: number;
  client?: boolean;
  age?: number;
  /** Slot (0–3) of each condition in this drawing, so a condition fills the same part everywhere. */
  healthSlots?: Map<string, number>;
}

/** The symbol of one person, centred on (0, 0). */
export function personSymbol(person: Person, options: SymbolOptions): SVGTemplateResult {
  const kind = symbolKind(person);
  const s = options.size;
  if (kind.pregnancy) return pregnancySymbol(person, kind, s);
  const outline = shapePath(kind.outer, s);
  const markers = person.healthMarkers ?? [];
  const inner = kind.inner ? innerSymbol(kind.inner, s) : nothing;
  return svg`
    <path class="shape" d=${outline}></path>
    ${markers.map((m) => {
      const slot = options.healthSlots?.get(m.condition.toLowerCase()) ?? 0;
      return svg`<path class="health" d=${healthRegion(slot, s)} fill=${healthFill(m.status)}
        clip-path="url(#gx-clip-${kind.outer}-${s})"></path>`;
    })}
    ${markers.length ? svg`<path class="shape-line" d=${outline}></path>` : nothing}
    ${inner}
    ${options.client ? svg`<path class="client-ring" d=${shapePath(kind.outer, s + 12)}></path>` : nothing}
    ${kind.outer === 'unknown' && !kind.inner ? svg`<text class="sym-mark" y="1">?</text>` : nothing}
    ${kind.deceased ? deceasedCross(s) : nothing}
    ${options.age !== undefined && showsAge(person) ? svg`<text class="age" y="1">${options.age}</text>` : nothing}`;
}

/** Whether the age fits inside the symbol (not in the '?' of an unknown sex, not for pregnancies). */
export function showsAge(person: Person): boolean {
  const kind = symbolKind(person);
  return !kind.pregnancy && kind.outer !== 'unknown';
}

function innerSymbol(inner: NonNullable<SymbolKind['inner']>, s: number): SVGTemplateResult {
  if (inner === 'intersex') {
    const t = s * 0.22;
    return svg`<path class="inner" d=${`M${-t},${-t * 0.6}H${t}L0,${t}Z`}></path>`;
  }
  return svg`<path class="inner" d=${shapePath(inner, s * 0.55)}></path>`;
}

function deceasedCross(s: number): SVGTemplateResult {
  const e = s / 2 + 5;
  return svg`<path class="cross" d=${`M${-e},${-e}L${e},${e}M${e},${-e}L${-e},${e}`}></path>`;
}

function pregnancySymbol(person: Person, kind: SymbolKind, s: number): SVGTemplateResult {
  const h = s / 2;
  switch (kind.pregnancy) {
    case 'pregnancy':
      return svg`<path class="shape" d=${`M0,${-h}L${h},${h * 0.8}H${-h}Z`}></path>`;
    case 'miscarriage':
      return svg`<circle class="filled" r=${s * 0.18}></circle>`;
    case 'abortion': {
      const e = s * 0.22;
      return svg`<path class="cross" d=${`M${-e},${-e}L${e},${e}M${e},${-e}L${-e},${e}`}></path>`;
    }
    default: {
      // Stillbirth: a small symbol of the child's sex with an X.
      const small = s * 0.55;
      const shape = symbolKind({ ...person, pregnancy: undefined }).outer;
      return svg`<path class="shape" d=${shapePath(shape, small)}></path>${deceasedCross(small)}`;
    }
  }
}

/** The words for a symbol (accessible name and legend), as message keys. */
export function symbolWords(kind: SymbolKind): Array<
  | 'symMale'
  | 'symFemale'
  | 'symNonbinary'
  | 'symUnknown'
  | 'symTransMan'
  | 'symTransWoman'
  | 'symIntersex'
  | 'symPregnancy'
  | 'symMiscarriage'
  | 'symAbortion'
  | 'symStillbirth'
> {
  if (kind.pregnancy === 'pregnancy') return ['symPregnancy'];
  if (kind.pregnancy === 'miscarriage') return ['symMiscarriage'];
  if (kind.pregnancy === 'abortion') return ['symAbortion'];
  if (kind.pregnancy === 'stillbirth') return ['symStillbirth'];
  if (kind.inner === 'square' && kind.outer === 'circle') return ['symTransWoman'];
  if (kind.inner === 'circle' && kind.outer === 'square') return ['symTransMan'];
  const base = kind.outer === 'square' ? 'symMale' : kind.outer === 'circle' ? 'symFemale' : kind.outer === 'dome' ? 'symNonbinary' : 'symUnknown';
  return kind.inner === 'intersex' ? [base, 'symIntersex'] : [base];
}
