/**
 * Counts what a page still holds open: listeners on window/document/<html>, pending timeouts,
 * intervals and animation frames, and targets watched by Resize/Mutation/Intersection
 * observers. Install it before the library is imported (d3-timer binds
 * `requestAnimationFrame` when its module loads), then compare `liveResources()` before and
 * after many connect/disconnect cycles. Test-only code.
 */
export interface LiveResources {
  listeners: number;
  timeouts: number;
  intervals: number;
  frames: number;
  observed: number;
}

const listeners = new Map<string, number>();
const listenerKeys = new WeakMap<object, number>();
let nextKey = 1;
const timeouts = new Set<number>();
const intervals = new Set<number>();
const pendingFrames = new Set<number>();
const observed = new Map<object, Set<Node>>();
let installed = false;

function keyOf(fn: unknown): number {
  if (typeof fn !== 'function' && (typeof fn !== 'object' || fn === null)) return 0;
  let k = listenerKeys.get(fn);
  if (k === undefined) listenerKeys.set(fn, (k = nextKey++));
  return k;
}

function targetName(target: EventTarget): string | undefined {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target === document.documentElement) return 'html';
  return undefined;
}

function capture(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

export function installResourceCounters(): void {
  if (installed) return;
  installed = true;
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const name = targetName(this);
    if (name && fn && !(typeof options === 'object' && options?.once)) {
      listeners.set(`${name}|${type}|${keyOf(fn)}|${capture(options)}`, 1);
    }
    return add.call(this, type, fn, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const name = targetName(this);
    if (name && fn) listeners.delete(`${name}|${type}|${keyOf(fn)}|${capture(options)}`);
    return remove.call(this, type, fn, options);
  };

  const w = window as unknown as Record<string, unknown>;
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearT(id);
  };
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  w.setInterval = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(fn, ms, ...args);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearI(id);
  };
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = raf((t) => {
      pendingFrames.delete(id);
      fn(t);
    });
    pendingFrames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    pendingFrames.delete(id);
    caf(id);
  };

  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Base = w[name] as { prototype: { observe: (t: Node, o?: unknown) => void; unobserve?: (t: Node) => void; disconnect: () => void } } | undefined;
    if (!Base) continue;
    const p = Base.prototype;
    const observe = p.observe;
    const unobserve = p.unobserve;
    const disconnect = p.disconnect;
    p.observe = function (this: object, target: Node, options?: unknown) {
      let set = observed.get(this);
      if (!set) observed.set(this, (set = new Set()));
      set.add(target);
      return observe.call(this, target, options);
    };
    if (unobserve) {
      p.unobserve = function (this: object, target: Node) {
        observed.get(this)?.delete(target);
        return unobserve.call(this, target);
      };
    }
    p.disconnect = function (this: object) {
      observed.delete(this);
      return disconnect.call(this);
    };
  }
}

export function liveResources(): LiveResources {
  let watched = 0;
  for (const set of observed.values()) watched += set.size;
  return { listeners: listeners.size, timeouts: timeouts.size, intervals: intervals.size, frames: pendingFrames.size, observed: watched };
}

/** The listener entries (for a readable failure message). */
export function listenerList(): string[] {
  return [...listeners.keys()];
}
