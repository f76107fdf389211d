/**
 * Dragging one person with mouse, pen or finger (Pointer Events with capture). While the
 * pointer moves, only the moved person and its own lines are updated, directly and at most once
 * per frame, on a small layer above the picture (copies of them; the originals are hidden), so
 * the big picture is neither re-rendered nor repainted per frame. The document is edited once,
 * on drop (one undo step).
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
  /** The empty group of the drag layer, transformed like the picture. */
  dragLayer(): SVGGElement | null;
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
  /** The moved person's lines, per pair: the originals (hidden) and their copies on the drag layer. */
  lines: Array<{ pair: TiePair; els: SVGPathElement[]; copies: SVGPathElement[] }>;
  copy?: SVGGElement;
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
    try {
      el.setPointerCapture?.(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (synthetic or already released): drag without capture.
    }
    this.active = {
      pointerId: event.pointerId,
      id,
      el,
      startX: event.clientX,
      startY: event.clientY,
      dragging: false,
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
      this.host.start();
      const layer = this.host.dragLayer();
      a.lines = this.host.pairsOf(a.id).map((pair) => {
        const els = this.host.pathsOf(pair);
        const copies = els.map((el) => el.cloneNode(true) as SVGPathElement);
        for (const c of copies) layer?.appendChild(c);
        return { pair, els, copies };
      });
      a.copy = a.el.cloneNode(true) as SVGGElement;
      a.copy.classList.add('dragging');
      a.copy.removeAttribute('tabindex');
      a.copy.setAttribute('aria-hidden', 'true');
      layer?.appendChild(a.copy);
      a.el.classList.add('drag-source');
      for (const line of a.lines) for (const el of line.els) el.classList.add('drag-source');
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
    a.copy?.setAttribute('transform', `translate(${f(p.x)} ${f(p.y)})`);
    for (const { pair, copies } of a.lines) {
      const other = pair.a === a.id ? pair.b : pair.a;
      const otherPos = this.host.positionOf(other);
      if (!otherPos) continue;
      const paths = pairPaths(pair, { [a.id]: p, [other]: otherPos }, this.host.egoId);
      copies.forEach((el, i) => el.setAttribute('d', paths[i]));
    }
    this.host.showTarget(p);
  }

  /** Removes the copies and shows the originals again (the next render moves them). */
  private finish(): void {
    const a = this.active;
    if (!a) return;
    if (a.frame !== undefined) cancelAnimationFrame(a.frame);
    if (a.el.hasPointerCapture?.(a.pointerId)) a.el.releasePointerCapture(a.pointerId);
    if (a.dragging) {
      a.copy?.remove();
      a.el.classList.remove('drag-source');
      for (const line of a.lines) {
        for (const el of line.els) el.classList.remove('drag-source');
        for (const c of line.copies) c.remove();
      }
    }
    this.host.showTarget(null);
    this.active = undefined;
  }
}
