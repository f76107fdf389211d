/**
 * The SVG of the network circles: rings × sectors, ties, people. Templates only; the element
 * owns state and gestures. Every piece carries a `part` so hosts can style it.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Id, Tie } from '../../model/types.js';
import type { Locale } from '../../i18n/catalog.js';
import { cellPath, f, labelText, polar, type CircleRing, type CircleSector } from './circles-config.js';
import { CLIENT_R, LABEL_FONT, SYMBOL_R, tiePath, type Geometry, type Positions } from './circles-geometry.js';
import { tieMatches, type CirclesModel, type Highlight, type PlacedPerson, type TiePair } from './circles-model.js';

export interface PictureContext {
  geom: Geometry;
  model: CirclesModel;
  positions: Positions;
  rings: readonly CircleRing[];
  sectors: readonly CircleSector[];
  locale: Locale;
  egoId: Id;
  clientName: string;
  /** Labels cut to fit, by id. */
  labels: ReadonlyMap<Id, string>;
  initials: ReadonlyMap<Id, string>;
  focusId?: Id;
  selectedId?: Id;
  highlight?: Highlight;
  /** How many people to draw (large networks are drawn in slices). */
  limit: number;
  personLabel: (p: PlacedPerson) => string;
  clientLabel: string;
}

/** Background: one cell per ring × sector (a drop and tap target), boundaries and labels. */
export function renderBackground(c: PictureContext): SVGTemplateResult {
  const { geom, rings, sectors, locale } = c;
  const cells: SVGTemplateResult[] = [];
  geom.wedges.forEach((w, si) => {
    rings.forEach((ring, ri) => {
      const inner = ri === 0 ? geom.centerRadius : geom.radii[ri - 1];
      cells.push(
        svg`<path class="cell s${(si % 6) + 1} r${ri + 1}" part="cell" data-sector=${w.id} data-ring=${ri + 1}
          d=${cellPath(inner, geom.radii[ri], w.start, w.end)}><title>${labelText(sectors[si].label, locale)}, ${labelText(ring.label, locale)}</title></path>`,
      );
    });
  });
  const boundaries = geom.wedges.length > 1
    ? geom.wedges.map((w) => {
        const a = polar(w.start, geom.centerRadius);
        const b = polar(w.start, geom.outer);
        return svg`<line class="boundary" part="sector-boundary" x1=${f(a.x)} y1=${f(a.y)} x2=${f(b.x)} y2=${f(b.y)}></line>`;
      })
    : [];
  const circles = [geom.centerRadius, ...geom.radii].map(
    (r) => svg`<circle class="ring-line" part="ring" r=${f(r)}></circle>`,
  );
  return svg`<g class="background" aria-hidden="true">${cells}${circles}${boundaries}${sectorLabels(c)}${ringLabels(c)}</g>`;
}

function sectorLabels(c: PictureContext): SVGTemplateResult[] {
  const { geom, sectors, locale } = c;
  return geom.wedges.map((w, i) => {
    const mid = (w.start + w.end) / 2;
    const bottom = mid > 90 && mid < 270;
    // Bottom labels run counter-clockwise so they read upright; their glyphs sit inside the path.
    const r = bottom ? geom.outer + 26 : geom.outer + 10;
    const a = polar(bottom ? w.end : w.start, r);
    const b = polar(bottom ? w.start : w.end, r);
    const large = w.end - w.start > 180 ? 1 : 0;
    const d = `M${f(a.x)} ${f(a.y)}A${f(r)} ${f(r)} 0 ${large} ${bottom ? 0 : 1} ${f(b.x)} ${f(b.y)}`;
    return svg`<path id=${`cn-sector-arc-${i}`} d=${d} fill="none" stroke="none"></path>
      <text class="sector-label" part="sector-label"><textPath href=${`#cn-sector-arc-${i}`} startOffset="50%" text-anchor="middle">${labelText(sectors[i].label, locale)}</textPath></text>`;
  });
}

function ringLabels(c: PictureContext): SVGTemplateResult[] {
  const { geom, rings, locale } = c;
  return rings.map((ring, i) => {
    const r = geom.radii[i] - 14;
    const a = polar(-40, r);
    const b = polar(40, r);
    return svg`<path id=${`cn-ring-arc-${i}`} d=${`M${f(a.x)} ${f(a.y)}A${f(r)} ${f(r)} 0 0 1 ${f(b.x)} ${f(b.y)}`} fill="none" stroke="none"></path>
      <text class="ring-label" part="ring-label"><textPath href=${`#cn-ring-arc-${i}`} startOffset="50%" text-anchor="middle">${labelText(ring.label, locale)}</textPath></text>`;
  });
}

/** Arrow markers for the direction of support. */
export function renderDefs(): SVGTemplateResult {
  return svg`<defs>
    <marker id="cn-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
      <path class="arrow" d="M0 0L10 5L0 10z"></path>
    </marker>
  </defs>`;
}

const radiusOf = (id: Id, egoId: Id) => (id === egoId ? CLIENT_R + 2 : SYMBOL_R + 2);

/** One tie's path data; the element reuses it while dragging. */
export function pairPaths(pair: TiePair, positions: Positions, egoId: Id): string[] {
  const a = positions[pair.a];
  const b = positions[pair.b];
  if (!a || !b) return [];
  return pair.ties.map((_, i) => tiePath(a, b, radiusOf(pair.a, egoId), radiusOf(pair.b, egoId), i, pair.ties.length));
}

function arrowEnds(tie: Tie, pair: TiePair): { start: boolean; end: boolean } {
  // The path runs a → b; a tie's flow is relative to its own from → to.
  const forward = tie.from === pair.a;
  const toEnd = tie.flow === 'both' || (tie.flow === 'to' && forward) || (tie.flow === 'from' && !forward);
  const toStart = tie.flow === 'both' || (tie.flow === 'to' && !forward) || (tie.flow === 'from' && forward);
  return { start: toStart, end: toEnd };
}

function tieTemplates(c: PictureContext, pairs: readonly TiePair[], out: SVGTemplateResult[]): void {
  for (const pair of pairs) {
    const paths = pairPaths(pair, c.positions, c.egoId);
    pair.ties.forEach((tie, i) => {
      const quality = tie.quality ?? 'normal';
      const ends = arrowEnds(tie, pair);
      const hl = c.highlight ? (tieMatches(tie, c.highlight) ? ' hl' : ' dim') : '';
      out.push(
        svg`<path class=${`tie q-${quality}${pair.withEgo ? ' ego' : ''}${tie.stress ? ' stress' : ''}${hl}`}
          part=${`tie tie-${quality}`} data-pair=${pair.key} data-i=${i} d=${paths[i]}
          marker-start=${ends.start ? 'url(#cn-arrow)' : nothing} marker-end=${ends.end ? 'url(#cn-arrow)' : nothing}></path>`,
      );
    });
  }
}

/** Every tie between drawn people, in one go (exports and the benchmark's plain peer). */
export function renderTies(c: PictureContext, drawn: ReadonlySet<Id>): SVGTemplateResult {
  const out: SVGTemplateResult[] = [];
  tieTemplates(c, c.model.pairs.filter((pair) => drawn.has(pair.a) && drawn.has(pair.b)), out);
  return svg`<g class="ties" aria-hidden="true">${out}</g>`;
}

/** People per chunk: a large network appears chunk by chunk, and a render redraws only the chunks whose inputs changed. */
export const CHUNK = 50;

interface Chunks {
  /** Position of each person in `model.placed`. */
  index: Map<Id, number>;
  /** Pairs per chunk: a tie belongs to the chunk of its later end (the client counts as before everyone). */
  pairs: TiePair[][];
}

const chunkCache = new WeakMap<CirclesModel, Chunks>();

function chunksOf(model: CirclesModel): Chunks {
  let chunks = chunkCache.get(model);
  if (chunks) return chunks;
  const index = new Map(model.placed.map((p, i) => [p.person.id, i]));
  const pairs: TiePair[][] = Array.from({ length: Math.ceil(model.placed.length / CHUNK) }, () => []);
  for (const pair of model.pairs) {
    const last = Math.max(index.get(pair.a) ?? -1, index.get(pair.b) ?? -1);
    if (last >= 0) pairs[Math.floor(last / CHUNK)].push(pair);
  }
  chunks = { index, pairs };
  chunkCache.set(model, chunks);
  return chunks;
}

const highlightKey = (c: PictureContext) => (c.highlight ? `${c.highlight.mode}:${c.highlight.value}` : '');

/**
 * The ties of the first `count` people, one guarded group per chunk: a chunk is rebuilt only when
 * the document, the positions or the highlight change, so drawing the next chunk, moving focus
 * or selecting someone leaves the other chunks' lines alone.
 */
export function renderTieLayer(c: PictureContext, count: number): SVGTemplateResult {
  const { index, pairs } = chunksOf(c.model);
  const hl = highlightKey(c);
  const groups = pairs.slice(0, Math.ceil(count / CHUNK)).map((chunk, k) => {
    const full = (k + 1) * CHUNK <= count;
    return guard([c.model, c.positions, hl, full ? CHUNK : count], () => {
      const out: SVGTemplateResult[] = [];
      const drawn = (id: Id) => id === c.egoId || (index.get(id) ?? Infinity) < count;
      tieTemplates(c, full ? chunk : chunk.filter((pair) => drawn(pair.a) && drawn(pair.b)), out);
      return out;
    });
  });
  return svg`<g class="ties" aria-hidden="true">${groups}</g>`;
}

/**
 * The first `count` people, one guarded group per chunk (see `renderTieLayer`). Focus and
 * selection are passed to a chunk only when they are in it, so moving focus redraws two chunks.
 */
export function renderPeopleLayer(c: PictureContext, count: number): SVGTemplateResult {
  const { index } = chunksOf(c.model);
  const hl = highlightKey(c);
  const chunkOf = (id: Id | undefined) => (id === undefined ? -1 : Math.floor((index.get(id) ?? -CHUNK) / CHUNK));
  const focusChunk = chunkOf(c.focusId);
  const selectedChunk = chunkOf(c.selectedId);
  const groups: unknown[] = [];
  for (let k = 0; k * CHUNK < Math.min(count, c.model.placed.length); k++) {
    const people = c.model.placed.slice(k * CHUNK, Math.min((k + 1) * CHUNK, count));
    groups.push(
      guard(
        [c.model, c.positions, hl, c.locale, people.length, focusChunk === k ? c.focusId : '', selectedChunk === k ? c.selectedId : ''],
        () => people.map((p) => renderPerson(c, p)),
      ),
    );
  }
  return svg`<g class="people">${groups}</g>`;
}

/** The client in the centre. */
export function renderClient(c: PictureContext): SVGTemplateResult {
  const focus = c.focusId === c.egoId;
  return svg`<g class=${`person client${c.selectedId === c.egoId ? ' selected' : ''}`} part="client" data-id=${c.egoId}
      role="button" tabindex=${focus ? 0 : -1} transform="translate(0 0)">
    <title>${c.clientLabel}</title>
    <circle class="hit" r=${CLIENT_R + 6}></circle>
    <circle class="focus-ring" r=${CLIENT_R + 5}></circle>
    <circle class="symbol" r=${CLIENT_R}></circle>
    <text class="initials big" dy="0.35em">${c.initials.get(c.egoId) ?? ''}</text>
    <text class="label" y=${CLIENT_R + LABEL_FONT + 4}>${c.clientName}</text>
  </g>`;
}

/**
 * One person: a single group with its title (the accessible name and tooltip), the symbol, the
 * initials and the name. Kept lean on purpose (a large network draws hundreds): the focus ring
 * exists only on the one person that can take focus (roving tabindex), and the 44 px touch area
 * is found geometrically by the element (`nearestPerson`), not drawn per person.
 */
export function renderPerson(c: PictureContext, p: PlacedPerson): SVGTemplateResult {
  const id = p.person.id;
  const pos = c.positions[id] ?? { x: 0, y: 0 };
  const org = p.person.kind === 'organisation';
  const matches = c.highlight ? p.egoTies.some((t) => tieMatches(t, c.highlight!)) : false;
  const cls = `person${org ? ' org' : ''}${p.professional ? ' pro' : ''}${c.selectedId === id ? ' selected' : ''}${
    c.highlight ? (matches ? ' hl' : ' dim') : ''
  }`;
  const focusable = c.focusId === id;
  // SYMBOL_R is 18: the literal numbers below keep the template free of constant bindings.
  return svg`<g class=${cls} part=${org ? 'person organisation' : 'person'} data-id=${id} role="button"
      tabindex=${focusable ? 0 : -1} transform=${`translate(${f(pos.x)} ${f(pos.y)})`}><title>${c.personLabel(p)}</title>${
    focusable ? svg`<circle class="focus-ring" r="23"></circle>` : nothing
  }${
    org
      ? svg`<rect class="symbol" part="symbol" x="-17" y="-17" width="34" height="34" rx="5"></rect>`
      : svg`<circle class="symbol" part="symbol" r="18"></circle>`
  }<text class="initials" dy="0.35em">${c.initials.get(id) ?? ''}</text><text class="label" part="label" y="33">${c.labels.get(id) ?? ''}</text></g>`;
}

export interface LegendWords {
  person: string;
  organisation: string;
  arrow: string;
  qualities: Array<[quality: string, words: string]>;
  highlighted?: string;
}

/** The legend, title and date drawn beside the circles in exported files (SVG, PNG, print). */
export function renderExportLegend(
  _c: PictureContext,
  at: { x: number; y: number; title: string; date: string; words: LegendWords },
): SVGTemplateResult {
  const w = at.words;
  const row = 24;
  let y = 56;
  const next = () => (y += row);
  return svg`<g class="export-legend" transform=${`translate(${f(at.x)} ${f(at.y)})`}>
    <text class="legend-title" x="0" y="14">${at.title}</text>
    <text class="legend-text" x="0" y="34">${at.date}</text>
    <circle class="symbol" cx="12" cy=${y} r="9"></circle><text class="legend-text" x="32" y=${y + 4}>${w.person}</text>
    <rect class="symbol" x="3" y=${next() - 9} width="18" height="18" rx="3"></rect><text class="legend-text" x="32" y=${y + 4}>${w.organisation}</text>
    ${w.qualities.map(
      ([q, words]) => svg`<path class=${`tie q-${q}`} d=${`M0 ${next()}H44`}></path><text class="legend-text" x="56" y=${y + 4}>${words}</text>`,
    )}
    <path class="tie" d=${`M0 ${next()}H34`}></path><path class="arrow" d=${`M32 ${y - 5}L44 ${y}L32 ${y + 5}z`}></path>
    <text class="legend-text" x="56" y=${y + 4}>${w.arrow}</text>
    ${w.highlighted ? svg`<text class="legend-text" x="0" y=${next() + 8}>${w.highlighted}</text>` : nothing}
  </g>`;
}
