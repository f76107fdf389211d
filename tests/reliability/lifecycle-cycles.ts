/**
 * Connect/disconnect cycles of the elements, shared by the lifecycle test (counts listeners,
 * timers, frames and observers) and the heap measurement (scripts/lifecycle-heap.mjs).
 * Each cycle puts an element with a document on the page, lets it render and start its
 * frame-by-frame work, then takes it off the page.
 */
export const ELEMENT_TAGS = ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'] as const;

export interface CycleOptions {
  /** Inside `<care-network>` (the provider comes and goes with the element). */
  shared: boolean;
  /** A new element each cycle (else the same one is connected again). */
  fresh: boolean;
  /** Waits for an animation frame every this many cycles (1: every cycle), so frame-by-frame work starts. */
  frameEvery?: number;
}

type Lit = HTMLElement & { network?: unknown; updateComplete?: Promise<unknown> };

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export function makeCycler(tag: string, doc: unknown, container: HTMLElement, options: CycleOptions) {
  let kept: { el: Lit; outer: Lit } | undefined;
  const make = (): { el: Lit; outer: Lit } => {
    const el = document.createElement(tag) as Lit;
    if (!options.shared) {
      el.network = doc;
      return { el, outer: el };
    }
    const provider = document.createElement('care-network') as Lit;
    provider.network = doc;
    provider.append(el);
    return { el, outer: provider };
  };
  return async function cycle(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const pair = options.fresh ? make() : (kept ??= make());
      container.append(pair.outer);
      await pair.el.updateComplete;
      if (i % (options.frameEvery ?? 1) === 0) await nextFrame();
      pair.outer.remove();
    }
  };
}

/** Lets pending zero-delay timers and frames of the last cycle run out. */
export async function quiet(): Promise<void> {
  await new Promise((r) => setTimeout(r, 120));
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 50));
}
