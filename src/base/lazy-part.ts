import type { CSSResultOrNative, ReactiveElement } from 'lit';

/** Loads in flight per element; the element's `updateComplete` waits for them (CareElement). */
const inFlight = new WeakMap<ReactiveElement, Set<Promise<unknown>>>();

/** The loads an element waits for before its `updateComplete` resolves. */
export function pendingLoads(host: ReactiveElement): readonly Promise<unknown>[] {
  return [...(inFlight.get(host) ?? [])];
}

/**
 * A part of an element that first paint does not need (a dialog, the print view, the
 * presentation), kept in a chunk of its own and loaded on first use: `get()` gives the module
 * when it is there, or starts loading it and gives `undefined`; the element renders again when
 * it arrives, and `updateComplete` waits for it, so `await el.updateComplete` shows the part.
 * A failed load (offline) is tried again on the next use. The part may bring its own styles
 * (`styles`), which are added to the element's shadow root when it arrives.
 */
export class LazyPart<T> {
  private module?: T;
  private loading?: Promise<T>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly load: () => Promise<T>,
    private readonly styles?: (module: T) => CSSResultOrNative,
  ) {}

  get loaded(): boolean {
    return this.module !== undefined;
  }

  get(): T | undefined {
    if (this.module === undefined) void this.ready().catch(() => undefined);
    return this.module;
  }

  /** The module, loaded if needed. */
  ready(): Promise<T> {
    if (this.module !== undefined) return Promise.resolve(this.module);
    if (!this.loading) {
      const loads = inFlight.get(this.host) ?? new Set<Promise<unknown>>();
      inFlight.set(this.host, loads);
      const loading = this.load().then(
        (module) => {
          if (this.styles) adoptStyles(this.host, this.styles(module));
          this.module = module;
          this.host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.loading = undefined;
          throw error;
        },
      );
      const settled = loading.catch(() => undefined).finally(() => loads.delete(settled));
      loads.add(settled);
      this.loading = loading;
    }
    return this.loading;
  }

  /** Loads the part when the browser is idle, so a first click rarely waits for it. */
  preload(): void {
    if (this.module !== undefined || this.loading) return;
    const start = () => void this.ready().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }
}

/** Adds a style sheet to an element's shadow root (constructable sheets: strict CSP allows them). */
function adoptStyles(host: ReactiveElement, style: CSSResultOrNative): void {
  const root = host.renderRoot;
  const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
