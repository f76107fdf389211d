/**
 * Dragging one person with mouse, pen or finger (Pointer Events with capture). While the
 * pointer moves, only the moved person's `<g>` and its own lines are updated, directly and at
 * most once per frame; the document is edited once, on drop (one undo step).
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/types.js';
import type { TiePair } from './circles-model.js';
import { pairPaths } from './circles-svg.js';
import { f } from './circles-config.js';

/** Movement (CSS px) before a press becomes a drag, so a tap stays a tap. */
const SLOP = 5;

export interface DragHost {
  readonly egoId: Id;
  toDrawing(clientX: number, clientY: number): Point;
  positionOf(id: Id): Point | undefined;
  pairsOf(id: Id): readonly TiePair[];
  /** The rendered paths of one pair, in tie order. */
  pathsOf(pair: TiePair): SVGPathElement[];
  /** Marks the ring × sector cell under the point (or none) as the drop target. */
  showTarget(point: Point | null): void;
  /** A press became a drag (the document edit that follows is one undo step). */
  start(): void;
  drop(id: Id, point: Point): void;
  /** The drag was abandoned. */
  cancel(): void;
}

interface Active {
  pointerId: number;
  id: Id;
  el: SVGGElement;
  startX: number;
  startY: number;
  dragging: boolean;
  originalTransform: string;
  /** The moved person's lines, per pair, with their original path data. */
  lines: Array<{ pair: TiePair; els: SVGPathElement[]; originals: string[] }>;
  latest?: Point;
  frame?: number;
}

export class PersonDrag {
  private active?: Active;

  constructor(private readonly host: DragHost) {}

  get dragging(): boolean {
    return this.active?.dragging === true;
  }

  /** Starts watching a press on a person; capture keeps the moves coming outside the symbol. */
  down(event: PointerEvent, el: SVGGElement, id: Id): void {
    el.setPointerCapture?.(event.pointerId);
    this.active = {
      pointerId: event.pointerId,
      id,
      el,
      startX: event.clientX,
      startY: event.clientY,
      dragging: false,
      originalTransform: el.getAttribute('transform') ?? '',
      lines: [],
    };
  }

  /** Returns true while this pointer belongs to a drag. */
  move(event: PointerEvent): boolean {
    const a = this.active;
    if (!a || a.pointerId !== event.pointerId) return false;
    if (!a.dragging) {
      if (Math.hypot(event.clientX - a.startX, event.clientY - a.startY) < SLOP) return true;
      a.dragging = true;
      a.el.classList.add('dragging');
      this.host.start();
      a.lines = this.host.pairsOf(a.id).map((pair) => {
        const els = this.host.pathsOf(pair);
        return { pair, els, originals: els.map((el) => el.getAttribute('d') ?? '') };
      });
    }
    a.latest = this.host.toDrawing(event.clientX, event.clientY);
    a.frame ??= requestAnimationFrame(() => this.paint());
    return true;
  }

  /** Ends the press: a drop when it was a drag, else a tap (`'tap'`). */
  up(event: PointerEvent): 'drop' | 'tap' | null {
    const a = this.active;
    if (!a || a.pointerId !== event.pointerId) return null;
    const point = this.host.toDrawing(event.clientX, event.clientY);
    const wasDrag = a.dragging;
    this.finish();
    if (!wasDrag) return 'tap';
    this.host.drop(a.id, point);
    return 'drop';
  }

  /** Puts the person back where it was (pointer cancelled, or Escape). */
  cancel(): void {
    const wasDrag = this.active?.dragging;
    this.finish();
    if (wasDrag) this.host.cancel();
  }

  /** Applies the latest pointer position: one person, its lines, the target cell. */
  private paint(): void {
    const a = this.active;
    if (!a) return;
    a.frame = undefined;
    const p = a.latest;
    if (!p) return;
    a.el.setAttribute('transform', `translate(${f(p.x)} ${f(p.y)})`);
    for (const { pair, els } of a.lines) {
      const other = pair.a === a.id ? pair.b : pair.a;
      const otherPos = this.host.positionOf(other);
      if (!otherPos) continue;
      const paths = pairPaths(pair, { [a.id]: p, [other]: otherPos }, this.host.egoId);
      els.forEach((el, i) => el.setAttribute('d', paths[i]));
    }
    this.host.showTarget(p);
  }

  /** Restores what was changed by hand, so the next render starts from the DOM Lit knows. */
  private finish(): void {
    const a = this.active;
    if (!a) return;
    if (a.frame !== undefined) cancelAnimationFrame(a.frame);
    a.el.releasePointerCapture?.(a.pointerId);
    a.el.classList.remove('dragging');
    if (a.dragging) {
      a.el.setAttribute('transform', a.originalTransform);
      for (const line of a.lines) line.els.forEach((el, i) => el.setAttribute('d', line.originals[i]));
    }
    this.host.showTarget(null);
    this.active = undefined;
  }
}
