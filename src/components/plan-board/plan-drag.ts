/**
 * Dragging agreement cards between columns with Pointer Events (mouse, pen and touch alike).
 * The card follows the pointer; the drop place is found from the columns' geometry (so it
 * works whether the columns stand side by side or are stacked on a phone). Nothing changes
 * in the document until the drop, which is one edit (one undo step). Escape or a cancelled
 * pointer puts the card back. The "Move to…" menu is the non-drag path to the same edit.
 */
import type { Id } from '../../model/types.js';

export interface DropTarget {
  /** The column's key: a question id, or a status in the status view. */
  column: string;
  /** The card the dragged one goes before; absent for the end of the column. */
  beforeId?: Id;
}

export interface DragHost {
  /** Where the columns are (the element's shadow root). */
  root(): ParentNode;
  /** Shows where the card would land (undefined: nowhere / drag ended). */
  dragOver(id: Id | undefined, target: DropTarget | undefined): void;
  drop(id: Id, target: DropTarget): void;
}

/** Pointer travel (px) before a press becomes a drag, so a tap or click stays a click. */
const THRESHOLD = 6;
const INTERACTIVE = 'button, a, input, select, textarea, summary, [role="menu"], [role="menuitem"]';

interface Active {
  id: Id;
  card: HTMLElement;
  pointerId: number;
  startX: number;
  startY: number;
  dragging: boolean;
  target?: DropTarget;
}

export class CardDrag {
  private active?: Active;
  /** True right after a drag, so the click that ends it does not also select the card. */
  private justDragged = false;

  constructor(private readonly host: DragHost) {}

  get dragging(): boolean {
    return this.active?.dragging ?? false;
  }

  /** Swallows the click that follows a drag. */
  consumeClick(): boolean {
    const was = this.justDragged;
    this.justDragged = false;
    return was;
  }

  pointerDown(event: PointerEvent, id: Id): void {
    if (this.active || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const origin = event.composedPath()[0] as Element | undefined;
    // Controls inside the card keep their own behaviour; the grip is the one exception.
    if (origin instanceof Element && origin.closest(INTERACTIVE) && !origin.closest('.grip')) return;
    const card = event.currentTarget as HTMLElement;
    this.active = { id, card, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, dragging: false };
    this.justDragged = false;
    try {
      card.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (or a synthetic one): follow it without capture.
    }
    card.addEventListener('pointermove', this.move);
    card.addEventListener('pointerup', this.up);
    card.addEventListener('pointercancel', this.cancel);
    card.addEventListener('lostpointercapture', this.cancel);
    card.ownerDocument.addEventListener('keydown', this.key, true);
  }

  private move = (event: PointerEvent): void => {
    const a = this.active;
    if (!a || event.pointerId !== a.pointerId) return;
    const dx = event.clientX - a.startX;
    const dy = event.clientY - a.startY;
    if (!a.dragging) {
      if (Math.hypot(dx, dy) < THRESHOLD) return;
      a.dragging = true;
      a.card.classList.add('dragging');
    }
    event.preventDefault();
    a.card.style.transform = `translate(${dx}px, ${dy}px) rotate(1deg)`;
    a.target = this.targetAt(event.clientX, event.clientY, a.id);
    this.host.dragOver(a.id, a.target);
    this.autoScroll(event.clientY);
  };

  private up = (event: PointerEvent): void => {
    const a = this.active;
    if (!a || event.pointerId !== a.pointerId) return;
    const target = a.dragging ? this.targetAt(event.clientX, event.clientY, a.id) : undefined;
    const dragged = a.dragging;
    this.end();
    if (dragged) {
      this.justDragged = true;
      // The click after a drag fires right after pointerup; forget the flag if it never comes.
      setTimeout(() => (this.justDragged = false), 0);
      if (target) this.host.drop(a.id, target);
    }
  };

  private cancel = (): void => {
    if (this.active) this.end();
  };

  /** Puts the card back and stops listening (the document was replaced, or the board left the page). */
  abort(): void {
    this.cancel();
  }

  private key = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.active?.dragging) {
      event.preventDefault();
      event.stopPropagation();
      this.end();
    }
  };

  private end(): void {
    const a = this.active;
    if (!a) return;
    this.active = undefined;
    a.card.removeEventListener('pointermove', this.move);
    a.card.removeEventListener('pointerup', this.up);
    a.card.removeEventListener('pointercancel', this.cancel);
    a.card.removeEventListener('lostpointercapture', this.cancel);
    a.card.ownerDocument.removeEventListener('keydown', this.key, true);
    if (a.card.hasPointerCapture?.(a.pointerId)) a.card.releasePointerCapture(a.pointerId);
    a.card.classList.remove('dragging');
    a.card.style.transform = '';
    this.host.dragOver(undefined, undefined);
  }

  /** The column under (or nearest to) the point, and the card the dragged one would precede. */
  private targetAt(x: number, y: number, id: Id): DropTarget | undefined {
    const columns = [...this.host.root().querySelectorAll<HTMLElement>('[data-drop]')];
    let best: { el: HTMLElement; distance: number } | undefined;
    for (const el of columns) {
      const r = el.getBoundingClientRect();
      const distance = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
      if (!best || distance < best.distance) best = { el, distance };
    }
    if (!best) return undefined;
    const cards = [...best.el.querySelectorAll<HTMLElement>('[data-card]')].filter((c) => c.dataset.card !== id);
    const before = cards.find((c) => {
      const r = c.getBoundingClientRect();
      return y < r.top + r.height / 2;
    });
    return { column: best.el.dataset.drop!, beforeId: before?.dataset.card };
  }

  private autoScroll(y: number): void {
    const view = this.active?.card.ownerDocument.defaultView;
    if (!view) return;
    const edge = 48;
    if (y < edge) view.scrollBy(0, -12);
    else if (y > view.innerHeight - edge) view.scrollBy(0, 12);
  }
}
