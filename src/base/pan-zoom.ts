import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanZoomOptions {
  minScale?: number;
  maxScale?: number;
  /**
   * Whether a pointer-down may start a pan; elements return false when the pointer is on a
   * person (whose drag they handle) so the two gestures never fight.
   */
  canPan?: (event: PointerEvent) => boolean;
}

/**
 * Zoom and pan for an SVG drawing: wheel (zooms around the pointer), pinch with two fingers,
 * drag on the background to pan, and methods for buttons and keys (zoom in/out, fit).
 * The host applies `transform` to a `<g>` (`translate(x y) scale(k)`); the controller converts
 * pointer positions back to drawing coordinates with `toDrawing()`.
 */
export class PanZoomController implements ReactiveController {
  transform: Transform = { x: 0, y: 0, k: 1 };
  private target?: SVGSVGElement;
  private pointers = new Map<number, { x: number; y: number }>();
  private pinch?: { distance: number; k: number; centre: { x: number; y: number } };
  private readonly minScale: number;
  private readonly maxScale: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PanZoomOptions = {},
  ) {
    this.minScale = options.minScale ?? 0.2;
    this.maxScale = options.maxScale ?? 5;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.detach();
  }

  /** Listens on the SVG element; call after each render that may have replaced it. */
  attach(svg: SVGSVGElement | null | undefined): void {
    if (!svg || svg === this.target) return;
    this.detach();
    this.target = svg;
    svg.addEventListener('wheel', this.onWheel, { passive: false });
    svg.addEventListener('pointerdown', this.onPointerDown);
    svg.addEventListener('pointermove', this.onPointerMove);
    svg.addEventListener('pointerup', this.onPointerUp);
    svg.addEventListener('pointercancel', this.onPointerUp);
  }

  detach(): void {
    const svg = this.target;
    if (!svg) return;
    svg.removeEventListener('wheel', this.onWheel);
    svg.removeEventListener('pointerdown', this.onPointerDown);
    svg.removeEventListener('pointermove', this.onPointerMove);
    svg.removeEventListener('pointerup', this.onPointerUp);
    svg.removeEventListener('pointercancel', this.onPointerUp);
    this.target = undefined;
    this.pointers.clear();
  }

  /** The `transform` attribute value for the zoomed group. */
  get attribute(): string {
    const { x, y, k } = this.transform;
    return `translate(${round(x)} ${round(y)}) scale(${round(k, 4)})`;
  }

  set(transform: Transform): void {
    this.transform = { ...transform, k: this.clamp(transform.k) };
    this.host.requestUpdate();
  }

  /** Zooms by `factor` around a point in SVG user space (default: the viewport centre). */
  zoomBy(factor: number, around?: { x: number; y: number }): void {
    const { x, y, k } = this.transform;
    const next = this.clamp(k * factor);
    const c = around ?? this.viewportCentre();
    // Keep the drawing point under `c` where it is.
    const f = next / k;
    this.set({ x: c.x - (c.x - x) * f, y: c.y - (c.y - y) * f, k: next });
  }

  panBy(dx: number, dy: number): void {
    this.set({ ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy });
  }

  /** Scales and centres `bounds` (drawing units) inside `viewport` (SVG user units). */
  fit(bounds: Bounds, viewport: { width: number; height: number }, padding = 16): void {
    const w = Math.max(1, bounds.width);
    const h = Math.max(1, bounds.height);
    const k = this.clamp(Math.min((viewport.width - 2 * padding) / w, (viewport.height - 2 * padding) / h));
    this.set({
      k,
      x: viewport.width / 2 - (bounds.x + w / 2) * k,
      y: viewport.height / 2 - (bounds.y + h / 2) * k,
    });
  }

  /** Converts client (screen) coordinates to drawing coordinates. */
  toDrawing(clientX: number, clientY: number): { x: number; y: number } {
    const p = this.toUser(clientX, clientY);
    const { x, y, k } = this.transform;
    return { x: (p.x - x) / k, y: (p.y - y) / k };
  }

  /** Client coordinates to the SVG's user space (the viewBox). */
  toUser(clientX: number, clientY: number): { x: number; y: number } {
    const ctm = this.target?.getScreenCTM();
    if (!ctm) return { x: clientX, y: clientY };
    const inv = ctm.inverse();
    return { x: inv.a * clientX + inv.c * clientY + inv.e, y: inv.b * clientX + inv.d * clientY + inv.f };
  }

  private clamp(k: number): number {
    return Math.min(this.maxScale, Math.max(this.minScale, k));
  }

  private viewportCentre(): { x: number; y: number } {
    const vb = this.target?.viewBox?.baseVal;
    return vb && vb.width ? { x: vb.x + vb.width / 2, y: vb.y + vb.height / 2 } : { x: 0, y: 0 };
  }

  private onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    // Trackpad pinch arrives as wheel + ctrlKey with small deltas; a mouse wheel has larger ones.
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    const factor = Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.0015));
    this.zoomBy(factor, this.toUser(event.clientX, event.clientY));
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    if (this.pointers.size === 0 && this.options.canPan && !this.options.canPan(event)) return;
    this.pointers.set(event.pointerId, this.toUser(event.clientX, event.clientY));
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      this.pinch = { distance: dist(a, b), k: this.transform.k, centre: mid(a, b) };
    }
  };

  private onPointerMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const now = this.toUser(event.clientX, event.clientY);
    this.pointers.set(event.pointerId, now);
    if (this.pointers.size === 2 && this.pinch) {
      const [a, b] = [...this.pointers.values()];
      const targetK = this.clamp((this.pinch.k * dist(a, b)) / Math.max(1, this.pinch.distance));
      this.zoomBy(targetK / this.transform.k, mid(a, b));
    } else if (this.pointers.size === 1) {
      this.panBy(now.x - last.x, now.y - last.y);
    }
  };

  private onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinch = undefined;
  };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const mid = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
