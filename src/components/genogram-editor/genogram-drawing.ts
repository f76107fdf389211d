/**
 * Draws a laid-out genogram as SVG: households at the back, then emotional relations,
 * partnership and child lines, and the people on top with their labels. Pure templates:
 * the element handles pointer and keys by delegation on `data-person`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ChildLink, EmotionalRelation, Household, Id, Union } from '../../model/types.js';
import type { GenogramLayout, GenogramUnionGeometry, Point } from '../../layout/types.js';
import { ageOf, childrenOf, currentStatus, parentsOf, partnersOf, type FamilyIndex } from './family-graph.js';
import { personSymbol, showsAge, symbolDefs } from './genogram-symbols.js';
import {
  BOND_DASH,
  CHILD_DASH,
  DIRECTED,
  bondForm,
  bracketsPath,
  relationStrokes,
  relationTone,
  type RelationStroke,
  shorten,
  slashPath,
  statusSlashes,
} from './genogram-lines.js';
import { boxHitsBox, placeLabels, segmentHitsBox, type Box as LabelBox, type LabelRequest, type Obstacles, type PlacedLabel } from './genogram-label-place.js';
import { textWidth } from '../../base/text-measure.js';
import {
  displayName,
  historyLabels,
  historyWords,
  namesOf,
  personDescription,
  nameLines,
  yearsLabel,
  type GenogramKey,
  type Words,
} from './genogram-labels.js';

export const SYMBOL = 40;
export const NODE_WIDTH = 130;
export const ROW_HEIGHT = 170;
/** Symbol size of the legend samples (their clip paths live in the drawing for export). */
export const LEGEND_SYMBOL = 24;
/** Space under a symbol taken by its labels (name and years). */
const LABEL_HEIGHT = 52;

export interface DrawContext {
  index: FamilyIndex;
  layout: GenogramLayout;
  words: Words;
  selectedId?: Id;
  /** Health condition (lower case) → fill slot. */
  healthSlots: Map<string, number>;
  today: Date;
  /** The accessible description of a person (the element caches it per document and language). */
  describe?: (id: Id) => string;
  /** y of each union's sibship line after separating overlapping ones, filled in by `drawGenogram`. */
  sibshipY?: Map<Id, number>;
  /** People per row (rounded y), filled in by `drawGenogram`. */
  rows?: Map<number, Array<{ id: Id; x: number }>>;
  /** Ids the focus window leaves out, filled in by `drawGenogram`. */
  hiddenSet?: Set<Id>;
  /** Where each partnership's dates go (free space), filled in by `drawGenogram`. */
  unionLabels?: Map<Id, PlacedLabel>;
  /** Lines drawn so far, collected for the label placement. */
  obstacles?: Obstacles;
  /** Symbols, names and dates that emotional relations bend around (with whose they are). */
  routeBoxes?: Array<{ box: LabelBox; owner?: Id; name?: boolean }>;
  /** The legs of the relations as drawn (bent ones too), for the household captions. */
  relationLegs?: Array<{ a: Point; b: Point; reach: number }>;
  /**
   * A big drawing is built over several frames: people in slices (nearest the selected person
   * first), each partnership and relation with the last of its people. Only the first `drawn`
   * slices are drawn; a slice whose inputs did not change is not rebuilt (`deps`).
   */
  slices?: { of: Map<Id, number>; count: number; drawn: number; deps: unknown[] };
}

/**
 * Slices of at most `size` people, nearest `from` first (by distance in the drawing), so what
 * the user looks at appears first.
 */
export function sliceOrder(layout: GenogramLayout, from: Id | undefined, size: number): { of: Map<Id, number>; count: number } {
  const centre = (from && layout.positions[from]) || { x: 0, y: 0 };
  const ids = Object.keys(layout.positions);
  const distance = (id: Id) => Math.hypot(layout.positions[id].x - centre.x, (layout.positions[id].y - centre.y) * 0.8);
  const sorted = ids.map((id) => ({ id, d: distance(id) })).sort((a, b) => a.d - b.d);
  const of = new Map<Id, number>();
  sorted.forEach(({ id }, i) => of.set(id, Math.floor(i / size)));
  return { of, count: Math.max(1, Math.ceil(ids.length / size)) };
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area the drawing needs, with room for labels and the client's double outline. */
export function drawingBounds(layout: GenogramLayout): Bounds {
  const pts = Object.values(layout.positions);
  if (!pts.length) return { x: -100, y: -60, width: 200, height: 140 };
  const pad = 24;
  const minX = Math.min(...pts.map((p) => p.x)) - NODE_WIDTH / 2 - pad;
  const maxX = Math.max(...pts.map((p) => p.x)) + NODE_WIDTH / 2 + pad;
  const minY = Math.min(...pts.map((p) => p.y)) - SYMBOL / 2 - 48;
  const maxY = Math.max(...pts.map((p) => p.y)) + SYMBOL / 2 + LABEL_HEIGHT + pad;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function drawGenogram(context: DrawContext): SVGTemplateResult {
  let ctx = context;
  const { index, layout } = ctx;
  const doc = index.doc;
  const geometry = new Map(layout.unions.map((g) => [g.unionId, g]));
  const visible = (id: Id) => layout.positions[id] !== undefined;
  const rows = new Map<number, Array<{ id: Id; x: number }>>();
  for (const [id, p] of Object.entries(layout.positions)) {
    const y = Math.round(p.y);
    let row = rows.get(y);
    if (!row) rows.set(y, (row = []));
    row.push({ id, x: p.x });
  }
  ctx = { ...ctx, rows, sibshipY: sibshipLanes(index, layout), hiddenSet: new Set(layout.hidden), relationLegs: [] };
  const slices = ctx.slices;
  const count = slices?.count ?? 1;
  const sliceOf = (id: Id) => slices?.of.get(id) ?? 0;
  const people: Id[][] = Array.from({ length: count }, () => []);
  for (const p of doc.people) if (visible(p.id)) people[sliceOf(p.id)].push(p.id);
  const unions: Union[][] = Array.from({ length: count }, () => []);
  for (const u of doc.unions) if (geometry.has(u.id) && u.partners.every(visible)) unions[Math.max(...u.partners.map(sliceOf))].push(u);
  const drawn = Math.min(count, slices?.drawn ?? count);
  // The selected person's slice changes with the selection; the others are kept as they are.
  const selectedSlice = ctx.selectedId !== undefined ? sliceOf(ctx.selectedId) : -1;
  const layer = (k: number, draw: () => unknown) =>
    slices ? guard([...slices.deps, k === selectedSlice ? ctx.selectedId : undefined], draw) : draw();
  const range = Array.from({ length: drawn }, (_, k) => k);
  // Small drawings (all a care worker usually has) get their dates placed in free space; big
  // ones, built in slices, keep the plain spot above the line.
  if (!slices) ctx.obstacles = { boxes: [], segments: [] };
  const householdShapes = doc.households.map((h) => householdShape(ctx, h));
  const shapes = relationShapes(ctx, drawn < count ? (id) => sliceOf(id) < drawn : undefined);
  if (ctx.obstacles) ctx.unionLabels = placeUnionLabels(ctx, geometry, unions.flat());
  // Household captions go where no line runs, so they wait for every line (and each
  // relation's route) to be known.
  const relations = shapes.map((draw) => draw());
  const households = householdShapes.map((draw) => draw());
  return svg`
    <defs>${symbolDefs(SYMBOL, [LEGEND_SYMBOL])}</defs>
    <g class="households">${households}</g>
    <g class="relations">${relations}</g>
    <g class="unions">${range.map((k) => layer(k, () => unions[k].map((u) => drawUnion(ctx, u, geometry.get(u.id)!))))}</g>
    <g class="people">${range.map((k) => layer(k, () => people[k].map((id) => drawPerson(ctx, id))))}</g>`;
}

// ---------------------------------------------------------------- people

function drawPerson(ctx: DrawContext, id: Id): SVGTemplateResult {
  const { index, layout, words } = ctx;
  const person = index.people.get(id)!;
  const pos = layout.positions[id];
  const client = id === index.doc.egoId;
  const selected = id === ctx.selectedId;
  const years = yearsLabel(person);
  const hidden = hiddenRelatives(ctx, id);
  const label = (ctx.describe?.(id) ?? personDescription(index, id, words, ctx.today)) + (hidden ? `. ${words.t('hiddenRelatives', { count: hidden })}` : '');
  const half = SYMBOL / 2;
  const age = ageOf(person, ctx.today);
  const names = nameLines(displayName(person, words), NODE_WIDTH - 14);
  // The visible labels sit beside the button, hidden from assistive technology: the button's
  // accessible name already says all of it, in a sentence.
  return svg`
    <g class="node" data-node=${id} transform="translate(${pos.x},${pos.y})">
      <g class="person ${client ? 'client' : ''} ${selected ? 'selected' : ''}" data-person=${id}
        role="button" tabindex=${selected ? 0 : -1} aria-label=${label} aria-pressed=${selected ? 'true' : 'false'} part="person">
        <rect class="hit" x=${-NODE_WIDTH / 2 + 6} y=${-half - 10} width=${NODE_WIDTH - 12} height=${SYMBOL + LABEL_HEIGHT + 16} rx="8"></rect>
        <rect class="focus-ring" x=${-half - 12} y=${-half - 12} width=${SYMBOL + 24} height=${SYMBOL + 24} rx="10"></rect>
        ${personSymbol(person, { size: SYMBOL, client, healthSlots: ctx.healthSlots })}
      </g>
      <g class="labels" aria-hidden="true">
        ${age !== undefined && showsAge(person) ? svg`<text class="age" y="1">${age}</text>` : nothing}
        ${names.map((line, i) => svg`<text class="name" y=${half + 18 + i * 16}>${line}</text>`)}
        ${years ? svg`<text class="years" y=${half + 33 + (names.length - 1) * 16}>${years}</text>` : nothing}
        ${hidden ? svg`<text class="more" x=${half + 3} y=${half + 2}>+${hidden}</text>` : nothing}
      </g>
    </g>`;
}

/**
 * Sibship lines of different unions on one row would run into each other and read as one
 * family; overlapping ones get their own lane, 9 units apart (first come, first lane).
 */
export function sibshipLanes(index: FamilyIndex, layout: GenogramLayout): Map<Id, number> {
  const unions = new Map(index.doc.unions.map((u) => [u.id, u]));
  const spans = layout.unions.flatMap((g) => {
    const xs = (unions.get(g.unionId)?.children ?? [])
      .map((c) => layout.positions[c.personId]?.x)
      .filter((x): x is number => x !== undefined);
    if (!xs.length) return [];
    xs.push(g.dropX);
    return [{ g, min: Math.min(...xs), max: Math.max(...xs) }];
  });
  const lanes = new Map<Id, number>();
  const byRow = new Map<number, typeof spans>();
  for (const span of spans) byRow.set(Math.round(span.g.childLineY), [...(byRow.get(Math.round(span.g.childLineY)) ?? []), span]);
  for (const row of byRow.values()) {
    row.sort((a, b) => a.min - b.min);
    const laneEnds: number[] = [];
    for (const span of row) {
      let lane = laneEnds.findIndex((end) => end < span.min - 6);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = span.max;
      lanes.set(span.g.unionId, span.g.childLineY + lane * 9);
    }
  }
  return lanes;
}

/** How many parents, partners and children of a person the focus window leaves out. */
export function hiddenRelatives(ctx: DrawContext, id: Id): number {
  if (!ctx.layout.hidden.length) return 0;
  const hidden = ctx.hiddenSet ?? new Set(ctx.layout.hidden);
  const near = [...parentsOf(ctx.index, id), ...partnersOf(ctx.index, id), ...childrenOf(ctx.index, id)];
  return new Set(near.filter((n) => hidden.has(n))).size;
}

// ---------------------------------------------------------------- partnerships and children

/** Half the width a person takes on the page: the symbol or the widest label line. */
function labelHalfWidth(ctx: DrawContext, id: Id): number {
  const person = ctx.index.people.get(id);
  const names = nameLines(displayName(person, ctx.words), NODE_WIDTH - 14);
  const years = person ? yearsLabel(person) : '';
  const width = Math.max(...names.map((n) => textWidth(n, 14, undefined, 600)), years ? textWidth(years, 12) : 0);
  return Math.max(SYMBOL / 2 + 8, width / 2 + 2);
}

/** Where a partnership line runs: straight between the partners, or over the top of someone between them. */
function unionLine(ctx: DrawContext, union: Union, g: GenogramUnionGeometry) {
  const half = SYMBOL / 2;
  const pair = union.partners.length === 2;
  const blocked =
    pair && (ctx.rows?.get(Math.round(g.y)) ?? []).some((p) => !union.partners.includes(p.id) && p.x > g.x1 + 1 && p.x < g.x2 - 1);
  const lineY = blocked ? g.y - half - 16 : g.y;
  const midX = pair ? (g.x1 + g.x2) / 2 : g.x1;
  const dropX = pair ? (blocked ? midX : g.dropX) : g.x1;
  return { pair, blocked, lineY, midX, dropX };
}

/** The obstacles of everything but the dates, and the dates placed among them. */
function placeUnionLabels(ctx: DrawContext, geometry: Map<Id, GenogramUnionGeometry>, unions: Union[]): Map<Id, PlacedLabel> {
  const { layout, index, words } = ctx;
  const obstacles = ctx.obstacles!;
  const routeBoxes: NonNullable<DrawContext['routeBoxes']> = (ctx.routeBoxes = []);
  const half = SYMBOL / 2;
  const line = (a: Point, b: Point, reach = 1) => obstacles.segments.push({ a, b, reach });
  for (const [id, p] of Object.entries(layout.positions)) {
    const person = index.people.get(id);
    if (!person) continue;
    const symbol = { x: p.x - half - 8, y: p.y - half - 8, w: SYMBOL + 16, h: SYMBOL + 14 };
    const names = nameLines(displayName(person, words), NODE_WIDTH - 14);
    const years = yearsLabel(person);
    const width = Math.max(...names.map((n) => textWidth(n, 14, undefined, 600)), years ? textWidth(years, 12) : 0);
    const text = { x: p.x - width / 2 - 2, y: p.y + half + 4, w: width + 4, h: names.length * 16 + (years ? 15 : 0) + 2 };
    obstacles.boxes.push(symbol, text);
    routeBoxes.push({ box: symbol, owner: id }, { box: text, owner: id, name: true });
  }
  const requests: LabelRequest[] = [];
  for (const union of unions) {
    const g = geometry.get(union.id)!;
    const { pair, blocked, lineY, midX, dropX } = unionLine(ctx, union, g);
    if (pair) {
      if (blocked) {
        line({ x: g.x1, y: g.y - half }, { x: g.x1, y: lineY });
        line({ x: g.x1, y: lineY }, { x: g.x2, y: lineY });
        line({ x: g.x2, y: lineY }, { x: g.x2, y: g.y - half });
      } else line({ x: g.x1 + half, y: g.y }, { x: g.x2 - half, y: g.y });
      if (statusSlashes(currentStatus(union))) obstacles.boxes.push({ x: midX - 12, y: lineY - 10, w: 24, h: 20 });
      const lines = historyLabels(union, words);
      if (lines.length)
        requests.push({ id: union.id, lines, x: midX, y: lineY, minX: g.x1 + 1, maxX: g.x2 - 1, aboveOnly: blocked });
    }
    const children = union.children.filter((c) => layout.positions[c.personId]);
    if (!children.length) continue;
    const y = ctx.sibshipY?.get(union.id) ?? g.childLineY;
    line({ x: dropX, y: pair ? lineY : g.y + half }, { x: dropX, y });
    const xs = [dropX, ...children.map((c) => layout.positions[c.personId].x)];
    line({ x: Math.min(...xs), y }, { x: Math.max(...xs), y });
    for (const c of children) {
      const p = layout.positions[c.personId];
      line({ x: p.x, y }, { x: p.x, y: p.y - half });
    }
  }
  const placed = placeLabels(requests, obstacles);
  for (const label of placed.values()) routeBoxes.push({ box: label.box });
  return placed;
}

function drawUnion(ctx: DrawContext, union: Union, g: GenogramUnionGeometry): SVGTemplateResult {
  const { index, layout, words } = ctx;
  const half = SYMBOL / 2;
  const [a, b] = union.partners;
  const history = historyLabels(union, words);
  // A partner line would run through someone standing between the partners: go over the top.
  const { pair, blocked, lineY, midX, dropX } = unionLine(ctx, union, g);
  const partnersLabel = pair
    ? words.t('unionLabel', {
        a: displayName(index.people.get(a), words),
        b: displayName(index.people.get(b), words),
        history: historyWords(union, words),
      })
    : words.t('unionSingle', { a: displayName(index.people.get(a), words) });
  const partnerPath = !pair
    ? ''
    : blocked
      ? `M${g.x1},${g.y - half}V${lineY}H${g.x2}V${g.y - half}`
      : `M${g.x1 + half},${g.y}H${g.x2 - half}`;
  const form = bondForm(union);
  const slashes = statusSlashes(currentStatus(union));
  const children = union.children.filter((c) => layout.positions[c.personId]);
  const dropStartY = pair ? lineY : g.y + half;
  const placed = ctx.unionLabels?.get(union.id);
  return svg`
    <g class="union" data-union=${union.id} role="img" aria-label=${partnersLabel}>
      ${pair ? svg`<path class="partner-line bond-${form}" d=${partnerPath} stroke-dasharray=${BOND_DASH[form] || nothing}></path>` : nothing}
      ${slashes ? svg`<path class="slash" d=${slashPath(midX, lineY, slashes)}></path>` : nothing}
      ${placed
        ? placed.lines.map((l) => svg`<text class="union-date" x=${l.x} y=${l.y}>${l.text}</text>`)
        : history.map((text, i) => svg`<text class="union-date" x=${midX} y=${lineY - 8 - (history.length - 1 - i) * 13}>${text}</text>`)}
      ${children.length ? svg`<path class="drop" d=${`M${dropX},${dropStartY}V${ctx.sibshipY?.get(union.id) ?? g.childLineY}`}></path>` : nothing}
      ${children.length ? drawChildren(ctx, union, g, dropX, children) : nothing}
    </g>`;
}

function drawChildren(ctx: DrawContext, union: Union, g: GenogramUnionGeometry, dropX: number, children: ChildLink[]): SVGTemplateResult {
  const { index, layout, words } = ctx;
  const half = SYMBOL / 2;
  const groups = new Map<string, ChildLink[]>();
  for (const c of children) if (c.twinGroup) groups.set(c.twinGroup, [...(groups.get(c.twinGroup) ?? []), c]);
  const twinPoint = new Map<string, number>();
  for (const [group, twins] of groups) {
    if (twins.length < 2) continue;
    twinPoint.set(group, twins.reduce((s, t) => s + layout.positions[t.personId].x, 0) / twins.length);
  }
  const attachX = (c: ChildLink) => (c.twinGroup && twinPoint.has(c.twinGroup) ? twinPoint.get(c.twinGroup)! : layout.positions[c.personId].x);
  const xs = [dropX, ...children.map(attachX)];
  const parents = namesOf(index, union.partners, words);
  const y = ctx.sibshipY?.get(union.id) ?? g.childLineY;
  return svg`
    <path class="sibship" d=${`M${Math.min(...xs)},${y}H${Math.max(...xs)}`}></path>
    ${children.map((c) => {
      const p = layout.positions[c.personId];
      const top = p.y - half - (c.personId === index.doc.egoId ? 7 : 0) - (c.kind === 'adopted' ? 5 : 0);
      const from: Point = { x: attachX(c), y };
      const label = words.t('childLabel', {
        name: displayName(index.people.get(c.personId), words),
        kind: words.t(`child_${c.kind}` as GenogramKey),
        parents,
      });
      return svg`<g class="child child-${c.kind}" role="img" aria-label=${label}>
        <path class="child-line" d=${`M${from.x},${from.y}L${p.x},${top}`} stroke-dasharray=${CHILD_DASH[c.kind] || nothing}></path>
        ${c.kind === 'adopted' || c.kind === 'foster' ? svg`<path class="brackets" d=${bracketsPath(p.x, p.y, half)}></path>` : nothing}
      </g>`;
    })}
    ${[...groups].map(([group, twins]) => {
      if (twins.length < 2 || twins[0].twinType !== 'identical') return nothing;
      const m = twinPoint.get(group)!;
      const ends = twins.map((t) => layout.positions[t.personId]);
      const at = (p: Point) => ({ x: m + (p.x - m) * 0.45, y: y + (p.y - half - y) * 0.45 });
      const l = at(ends[0]);
      const r = at(ends[ends.length - 1]);
      const label = words.t('twinsIdentical') + ': ' + namesOf(index, twins.map((t) => t.personId), words);
      return svg`<path class="twin-bar" role="img" aria-label=${label} d=${`M${l.x},${l.y}L${r.x},${r.y}`}></path>`;
    })}`;
}

// ---------------------------------------------------------------- emotional relations

/** How far an emotional relation's strokes reach beside its centre line (zigzags, triple lines). */
const RELATION_REACH = 10;

/**
 * The points a relation runs through so it passes no symbol, name or date but its own ends'
 * symbols, and not its own people's names either (it leaves a symbol on a free side): the
 * symbol edges and the bends between them (undefined: the straight line is free, or no route
 * is). A shortest path over the corners of the obstacles, a bend costing a little extra.
 */
export function routeAround(ctx: DrawContext, rel: EmotionalRelation): Point[] | undefined {
  const a = ctx.layout.positions[rel.from];
  const b = ctx.layout.positions[rel.to];
  const by = SYMBOL / 2 + 10;
  const edge = (centre: Point, toward: Point): Point => {
    const len = Math.hypot(toward.x - centre.x, toward.y - centre.y) || 1;
    return { x: centre.x + ((toward.x - centre.x) / len) * by, y: centre.y + ((toward.y - centre.y) / len) * by };
  };
  const grow = (box: LabelBox, r: number): LabelBox => ({ x: box.x - r, y: box.y - r, w: box.w + 2 * r, h: box.h + 2 * r });
  const margin = 160;
  const region = {
    x: Math.min(a.x, b.x) - margin,
    y: Math.min(a.y, b.y) - margin,
    w: Math.abs(a.x - b.x) + 2 * margin,
    h: Math.abs(a.y - b.y) + 2 * margin,
  };
  const inRegion = (box: LabelBox) =>
    box.x < region.x + region.w && box.x + box.w > region.x && box.y < region.y + region.h && box.y + box.h > region.y;
  const grown: LabelBox[] = [];
  for (const r of ctx.routeBoxes ?? []) {
    const own = r.owner === rel.from || r.owner === rel.to;
    // Its own people's symbols are where it starts and ends; their names it leaves alone too.
    if (own && !r.name) continue;
    const g = grow(r.box, own ? 4 : RELATION_REACH);
    if (inRegion(g)) grown.push(g);
  }
  const free = (p: Point, q: Point) => !grown.some((box) => segmentHitsBox(p, q, box));
  // A leg from a symbol is checked from the symbol's edge (where it is drawn from).
  const leg = (p: Point, q: Point): boolean => {
    const ps = p === a || p === b ? edge(p, q) : p;
    const qs = q === a || q === b ? edge(q, p) : q;
    return free(ps, qs);
  };
  const ends = (pts: Point[]): Point[] => [edge(a, pts[1]), ...pts.slice(1, -1), edge(b, pts[pts.length - 2])];
  if (leg(a, b)) return undefined;
  // One bend beside the line usually does (cheap); else the search over corners.
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
  for (const d of [40, -40, 70, -70, 100, -100])
    for (const t of [0.5, 0.3, 0.7]) {
      const w = { x: a.x + (b.x - a.x) * t + normal.x * d, y: a.y + (b.y - a.y) * t + normal.y * d };
      if (leg(a, w) && leg(w, b)) return ends([a, w, b]);
    }
  const corners: Point[] = [];
  for (const g of grown)
    for (const [x, y] of [
      [g.x - 1, g.y - 1],
      [g.x + g.w + 1, g.y - 1],
      [g.x - 1, g.y + g.h + 1],
      [g.x + g.w + 1, g.y + g.h + 1],
    ])
      if (!grown.some((o) => x > o.x && x < o.x + o.w && y > o.y && y < o.y + o.h)) corners.push({ x, y });
  // The corners nearest the straight line, at most 60 (a long relation in a big drawing).
  const off = (p: Point) => Math.abs((p.x - a.x) * normal.x + (p.y - a.y) * normal.y);
  const nodes: Point[] = [a, b, ...corners.sort((p, q) => off(p) - off(q)).slice(0, 60)];
  // A* from a (index 0) to b (index 1); each bend costs 40 units of length.
  const n = nodes.length;
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[0] = 0;
  const rest = nodes.map((p) => Math.hypot(b.x - p.x, b.y - p.y));
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i] < Infinity && (u < 0 || dist[i] + rest[i] < dist[u] + rest[u])) u = i;
    if (u < 0 || u === 1) break;
    done[u] = true;
    for (let v = 1; v < n; v++) {
      if (done[v] || v === u) continue;
      const d = dist[u] + Math.hypot(nodes[v].x - nodes[u].x, nodes[v].y - nodes[u].y) + (v === 1 ? 0 : 40);
      if (d < dist[v] && leg(nodes[u], nodes[v])) {
        dist[v] = d;
        prev[v] = u;
      }
    }
  }
  if (dist[1] === Infinity) return undefined;
  const path: Point[] = [];
  for (let i = 1; i >= 0; i = prev[i]) path.unshift(nodes[i]);
  return ends(path);
}

/**
 * Each emotional relation's shape, in two steps: the lines that must go where they go (along a
 * row, over the heads of a row) are known at once and become obstacles for the dates; the
 * others are drawn afterwards and bend around symbols, names and dates.
 */
function relationShapes(ctx: DrawContext, ready?: (id: Id) => boolean): Array<() => SVGTemplateResult> {
  const { index, layout, words } = ctx;
  const pairs = new Map<string, EmotionalRelation[]>();
  for (const r of index.doc.emotionalRelations) {
    if (!layout.positions[r.from] || !layout.positions[r.to]) continue;
    if (ready && !(ready(r.from) && ready(r.to))) continue;
    const key = [r.from, r.to].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }
  // Relations over the heads of others on the same row get their own lane above the row.
  const lanes = new Map<number, number>();
  return [...pairs.values()].flatMap((list) =>
    list.map((rel, i) => {
      let strokes: () => RelationStroke[];
      const a = layout.positions[rel.from];
      const b = layout.positions[rel.to];
      const sameRow = Math.abs(a.y - b.y) < 1;
      const overOthers =
        sameRow &&
        (ctx.rows?.get(Math.round(a.y)) ?? []).some(
          (p) => p.id !== rel.from && p.id !== rel.to && p.x > Math.min(a.x, b.x) + 1 && p.x < Math.max(a.x, b.x) - 1,
        );
      if (overOthers) {
        // Up from the symbols (beside the line from the parents), across above the row, down.
        const lane = lanes.get(Math.round(a.y)) ?? 0;
        lanes.set(Math.round(a.y), lane + 1);
        const level = a.y - SYMBOL / 2 - 27 - (lane % 2) * 9;
        const side = b.x > a.x ? 1 : -1;
        const ax = a.x + side * 10;
        const bx = b.x - side * 10;
        strokes = () => [
          { d: `M${ax},${a.y - SYMBOL / 2 - 2}V${level}M${bx},${b.y - SYMBOL / 2 - 2}V${level}` },
          ...relationStrokes(rel.kind, { x: ax, y: level }, { x: bx, y: level }),
        ];
        ctx.obstacles?.segments.push(
          { a: { x: ax, y: a.y - SYMBOL / 2 }, b: { x: ax, y: level }, reach: 2 },
          { a: { x: bx, y: b.y - SYMBOL / 2 }, b: { x: bx, y: level }, reach: 2 },
          { a: { x: ax, y: level }, b: { x: bx, y: level }, reach: RELATION_REACH },
        );
      } else {
        const [p, q] = shorten(a, b, SYMBOL / 2 + 10);
        // Partners and neighbours on one row: the relation runs just below the partnership line
        // (always downward, whichever way it is drawn) instead of on top of it, halfway to the
        // names so a zigzag clears both.
        const down = sameRow ? (b.x >= a.x ? 1 : -1) : 0;
        const offset = (i - (list.length - 1) / 2) * 14 + down * 15;
        strokes = () => {
          const route = sameRow ? undefined : routeAround(ctx, rel);
          if (!route) return relationStrokes(rel.kind, p, q, offset);
          for (let k = 1; k < route.length; k++) (ctx.relationLegs ??= []).push({ a: route[k - 1], b: route[k], reach: RELATION_REACH });
          const last = route.length - 2;
          return route
            .slice(1)
            .flatMap((to, i) => relationStrokes(rel.kind, route[i], to, offset, i === 0 ? 'first' : i === last ? 'last' : 'middle'));
        };
        // Dates keep off every relation's straight line where they can; a relation that still
        // meets a date or a name bends around it when drawn.
        if (ctx.obstacles) {
          const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
          const n = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
          const at = (pt: Point) => ({ x: pt.x + n.x * offset, y: pt.y + n.y * offset });
          ctx.obstacles.segments.push({ a: at(p), b: at(q), reach: RELATION_REACH });
        }
      }
      const kind = words.t(`emo_${rel.kind}` as GenogramKey);
      const label = words.t(DIRECTED.has(rel.kind) ? 'relationDirected' : 'relationLabel', {
        kind,
        from: displayName(index.people.get(rel.from), words),
        to: displayName(index.people.get(rel.to), words),
      });
      return () => svg`<g class="relation tone-${relationTone(rel.kind)}" data-kind=${rel.kind} role="img" aria-label=${label}>
        ${strokes().map(
          (st) => svg`<path class=${st.fill ? 'rel-fill' : 'rel-line'} d=${st.d} stroke-dasharray=${st.dash || nothing}></path>`,
        )}
      </g>`;
    }),
  );
}

// ---------------------------------------------------------------- households

/**
 * A household's boundary (its lines become obstacles for the dates at once) and a function
 * that draws it with its caption once every line is known.
 */
function householdShape(ctx: DrawContext, household: Household): () => SVGTemplateResult | typeof nothing {
  const { layout, index, words } = ctx;
  const members = household.members.filter((m) => layout.positions[m]);
  if (!members.length) return () => nothing;
  // Room for the name under the lowest row (above, partnership dates need the room).
  // Beside a partner who lives elsewhere the boundary hugs the symbol, so the partnership line
  // and its dates between two households stay outside both.
  const inside = new Set(members);
  const hug = SYMBOL / 2 + 8;
  const boxes = householdBoxes(
    members.map((m) => {
      const p = layout.positions[m];
      const half = labelHalfWidth(ctx, m) + 8;
      const row = (ctx.rows?.get(Math.round(p.y)) ?? []).filter((o) => o.id !== m);
      const left = row.filter((o) => o.x < p.x).sort((a, b) => b.x - a.x)[0];
      const right = row.filter((o) => o.x > p.x).sort((a, b) => a.x - b.x)[0];
      const partners = new Set(partnersOf(index, m));
      const away = (o?: { id: Id }) => Boolean(o && partners.has(o.id) && !inside.has(o.id));
      return { ...p, half, left: away(left) ? hug : half, right: away(right) ? hug : half };
    }),
    household.name ? 16 : 0,
  );
  const label = `${words.t('legendHousehold')}: ${namesOf(index, members, words)}`;
  const own = new Set<object>();
  for (const b of boxes) {
    const c = [
      { x: b.x, y: b.y },
      { x: b.x + b.w, y: b.y },
      { x: b.x + b.w, y: b.y + b.h },
      { x: b.x, y: b.y + b.h },
    ];
    for (let i = 0; i < 4; i++) {
      const segment = { a: c[i], b: c[(i + 1) % 4], reach: 1 };
      own.add(segment);
      ctx.obstacles?.segments.push(segment);
    }
  }
  // The outline of the union of the boxes: every box is stroked, then every box is filled over
  // the strokes, so only the outer edge stays (the household sits behind everything else).
  return () => {
    const at = household.name ? captionSpot(ctx, household.name, boxes, own) : undefined;
    return svg`<g class="household" role="img" aria-label=${label}>
    ${boxes.map((b) => svg`<rect class="household-line" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="10"></rect>`)}
    ${boxes.map((b) => svg`<rect class="household-fill" x=${b.x + 1} y=${b.y + 1} width=${b.w - 2} height=${b.h - 2} rx="9"></rect>`)}
    ${at ? svg`<text class="household-name" x=${at.x} y=${at.y}>${household.name}</text>` : nothing}
  </g>`;
  };
}

/**
 * Where a household's caption goes (its baseline's start) so no line, symbol, name or date
 * crosses it: an inside corner of one of its boxes (lowest box and bottom corners first), then
 * anywhere along a box's inside bottom or top edge, then just below the lowest edge, outside.
 * Without a free spot, the lowest box's bottom-left corner.
 */
function captionSpot(ctx: DrawContext, name: string, boxes: Box[], own: Set<object>): Point {
  const width = textWidth(name, 12);
  const byDepth = [...boxes].sort((a, b) => b.y + b.h - (a.y + a.h));
  const lowest = byDepth[0];
  const fallback = { x: lowest.x + 10, y: lowest.y + lowest.h - 6 };
  const obstacles = ctx.obstacles;
  if (!obstacles) return fallback;
  const segments = [...obstacles.segments.filter((s) => !own.has(s)), ...(ctx.relationLegs ?? [])];
  const taken = [...obstacles.boxes, ...[...(ctx.unionLabels?.values() ?? [])].map((l) => l.box)];
  const free = (spot: Point) => {
    const box = { x: spot.x - 2, y: spot.y - 11, w: width + 4, h: 14 };
    const crossed = segments.some((s) => segmentHitsBox(s.a, s.b, { x: box.x - s.reach, y: box.y - s.reach, w: box.w + 2 * s.reach, h: box.h + 2 * s.reach }));
    return !crossed && !taken.some((t) => boxHitsBox(t, box));
  };
  /** Starts along a box's width where the caption fits, corners first. */
  const along = (b: Box): number[] => {
    const first = b.x + 10;
    const last = b.x + b.w - 10 - width;
    if (last < first) return [];
    const xs = [first, last];
    for (let x = first + 12; x < last; x += 12) xs.push(x);
    return xs;
  };
  const rows = (b: Box) => [b.y + b.h - 6, b.y + 16];
  for (const corners of [true, false])
    for (const b of byDepth) {
      const xs = along(b);
      for (const y of rows(b)) for (const x of corners ? xs.slice(0, 2) : xs.slice(2)) if (free({ x, y })) return { x, y };
    }
  // Outside, right under the lowest edge (it may be wider than the box there).
  const below = lowest.y + lowest.h + 13;
  for (const x of [lowest.x + 4, lowest.x + lowest.w - 4 - width, lowest.x + (lowest.w - width) / 2]) if (free({ x, y: below })) return { x, y: below };
  return fallback;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Boxes whose union is the household boundary: one band per generation row (from the first to
 * the last member in it) and a bridge between consecutive rows where they overlap.
 */
type HouseholdPoint = Point & { half?: number; left?: number; right?: number };

export function householdBoxes(points: HouseholdPoint[], extraBottom = 0): Box[] {
  const rows = new Map<number, HouseholdPoint[]>();
  for (const p of points) rows.set(Math.round(p.y), [...(rows.get(Math.round(p.y)) ?? []), p]);
  // Each band reaches just past its outer members' names (not a whole column), so two
  // households side by side leave the partnership line between them free.
  const reach = (p: HouseholdPoint) => p.half ?? NODE_WIDTH / 2 - 4;
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const bands = sorted.map(([y, ps]) => {
    const x = Math.min(...ps.map((p) => p.x - reach(p)));
    return { x, y: y - SYMBOL / 2 - 18, w: Math.max(...ps.map((p) => p.x + reach(p))) - x, h: SYMBOL + LABEL_HEIGHT + 22 };
  });
  // Where a side hugs the symbol (a partner in another household stands there), the band is
  // a step: narrow beside the symbols, full width under them for the names.
  const steps: Box[] = [];
  const tops = bands.map((b) => b.y);
  sorted.forEach(([y, ps], i) => {
    const band = bands[i];
    const left = Math.min(...ps.map((p) => p.x - (p.left ?? reach(p))));
    const right = Math.max(...ps.map((p) => p.x + (p.right ?? reach(p))));
    if (left <= band.x && right >= band.x + band.w) return;
    const split = y + SYMBOL / 2 + 2 - band.y;
    steps.push({ x: left, y: band.y, w: right - left, h: split + 1 });
    band.y += split;
    band.h -= split;
  });
  if (bands.length) bands[bands.length - 1].h += extraBottom;
  const bridges: Box[] = [];
  for (let i = 1; i < bands.length; i++) {
    const a = bands[i - 1];
    const b = bands[i];
    const left = Math.max(a.x, b.x);
    const right = Math.min(a.x + a.w, b.x + b.w);
    const top = a.y + a.h - 6;
    const height = tops[i] - top + 6;
    if (height <= 0) continue;
    if (right - left >= 40) bridges.push({ x: (left + right) / 2 - 20, y: top, w: 40, h: height });
    else bridges.push({ x: Math.min(a.x, b.x), y: top, w: Math.max(a.x + a.w, b.x + b.w) - Math.min(a.x, b.x), h: height });
  }
  return [...steps, ...bands, ...bridges];
}
