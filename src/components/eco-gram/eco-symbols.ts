/**
 * Small SVG pieces of the ecomap: household members as genogram symbols, the arrowhead markers
 * and one line drawn in any style (used by the picture, the legend and the menu's samples).
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Person } from '../../model/types.js';
import type { Point } from '../../layout/types.js';
import { ARROW_PATH, LINE_STYLES, arrowEnds, hatchPath, linePath, type Segment } from './eco-lines.js';
import type { EcoDirection, EcoStrength } from './eco-model.js';

/** Shape of a genogram symbol: square for men, circle for women, diamond for nonbinary, else unknown. */
export function symbolShape(person: Person): 'square' | 'circle' | 'diamond' | 'unknown' {
  if (person.gender === 'man' || (!person.gender && person.sex === 'male')) return 'square';
  if (person.gender === 'woman' || (!person.gender && person.sex === 'female')) return 'circle';
  if (person.gender === 'nonbinary') return 'diamond';
  return 'unknown';
}

/** A genogram symbol of `size` centred on `p`; the client has a double outline. */
export function memberSymbol(person: Person, p: Point, size: number, isClient: boolean): SVGTemplateResult {
  const h = size / 2;
  const shape = symbolShape(person);
  const outline = (grow: number, cls: string) => {
    const s = h + grow;
    switch (shape) {
      case 'square':
        return svg`<rect class=${cls} x=${p.x - s} y=${p.y - s} width=${2 * s} height=${2 * s}></rect>`;
      case 'circle':
        return svg`<circle class=${cls} cx=${p.x} cy=${p.y} r=${s}></circle>`;
      case 'diamond':
        return svg`<path class=${cls} d="M${p.x} ${p.y - s * 1.2}L${p.x + s * 1.2} ${p.y}L${p.x} ${p.y + s * 1.2}L${p.x - s * 1.2} ${p.y}Z"></path>`;
      default:
        return svg`<rect class=${cls} x=${p.x - s} y=${p.y - s} width=${2 * s} height=${2 * s} rx=${s * 0.45}></rect>`;
    }
  };
  const dead = person.deceased || person.death;
  return svg`${isClient ? outline(4, 'symbol-ring') : nothing}${outline(0, 'symbol')}
    ${shape === 'unknown' ? svg`<text class="symbol-mark" x=${p.x} y=${p.y + 5} text-anchor="middle">?</text>` : nothing}
    ${dead ? svg`<path class="symbol-dead" d="M${p.x - h} ${p.y - h}L${p.x + h} ${p.y + h}M${p.x + h} ${p.y - h}L${p.x - h} ${p.y + h}"></path>` : nothing}`;
}

/** The arrowhead marker; `userSpaceOnUse` so a thick line does not get a giant head. */
export function arrowMarkers(prefix: string): SVGTemplateResult {
  return svg`<defs>
    <marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
      <path class="arrowhead" d=${ARROW_PATH}></path>
    </marker>
  </defs>`;
}

export interface LineLook {
  strength: EcoStrength;
  stress: boolean;
  direction: EcoDirection;
  between?: boolean;
}

/**
 * One line in its full style: the stroke (width, dash or cut), the hatch marks of stress on top
 * and the arrowheads. Data attributes name the style so tests and exports can read it.
 */
export function styledLine(seg: Segment, look: LineLook, markerPrefix: string, hatchStart?: number): SVGTemplateResult {
  const a = lineAttributes(seg, look, markerPrefix, hatchStart);
  return svg`<path class=${a.strokeClass} part="line-stroke" d=${a.d} stroke-width=${a.width} stroke-dasharray=${a.dash}
      marker-start=${a.markerStart} marker-end=${a.markerEnd}></path>
    ${a.hatch ? svg`<path class="hatch" part="line-stress" d=${a.hatch.d} data-marks=${a.hatch.marks}></path>` : nothing}`;
}

/**
 * The attributes of a line's stroke and hatch, for `styledLine` and for the picture's own line
 * template (which writes the paths out inline: one template clone per line instead of two).
 */
export function lineAttributes(seg: Segment, look: LineLook, markerPrefix: string, hatchStart?: number) {
  const style = LINE_STYLES[look.strength];
  const { atStart, atEnd } = arrowEnds(look.direction);
  const marker = `url(#${markerPrefix}-arrow)`;
  return {
    strokeClass: look.between ? 'stroke between' : 'stroke',
    d: linePath(seg, look.strength),
    width: style.width,
    dash: style.dash,
    markerStart: atStart ? marker : nothing,
    markerEnd: atEnd ? marker : nothing,
    hatch: look.stress ? hatchPath(seg, 16, hatchStart) : undefined,
  };
}

/** An arrowhead drawn in place at `tip`, pointing along (`ux`, `uy`): the marker's shape, 14 units long. */
function arrowAt(tip: Point, ux: number, uy: number): string {
  const back = { x: tip.x - ux * 12.6, y: tip.y - uy * 12.6 };
  const side = { x: -uy * 7, y: ux * 7 };
  const f = (n: number) => Math.round(n * 10) / 10;
  return `M${f(back.x + side.x)} ${f(back.y + side.y)}L${f(tip.x)} ${f(tip.y)}L${f(back.x - side.x)} ${f(back.y - side.y)}Z`;
}

/**
 * A small sample of a line style (legend, menus) in its own 56 × 20 SVG. The arrowheads are drawn
 * in as paths: the sample needs no marker of its own, so a legend is a handful of nodes.
 */
export function sampleLine(look: LineLook): SVGTemplateResult {
  const seg: Segment = { start: { x: 2, y: 10 }, end: { x: 54, y: 10 } };
  const style = LINE_STYLES[look.strength];
  const { atStart, atEnd } = arrowEnds(look.direction);
  const heads = `${atEnd ? arrowAt(seg.end, 1, 0) : ''}${atStart ? arrowAt(seg.start, -1, 0) : ''}`;
  const hatch = look.stress ? hatchPath(seg) : undefined;
  return svg`<svg viewBox="0 0 56 20" aria-hidden="true" focusable="false" class="sample">
    <path class="stroke ${look.between ? 'between' : ''}" d=${linePath(seg, look.strength)} stroke-width=${style.width} stroke-dasharray=${style.dash}></path>
    ${heads ? svg`<path class="arrowhead" d=${heads}></path>` : nothing}${hatch ? svg`<path class="hatch" d=${hatch.d}></path>` : nothing}
  </svg>`;
}
