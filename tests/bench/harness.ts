/**
 * Benchmark helpers, run in headless Chromium by `npm run bench` (scripts/run-bench.mjs).
 * A bench module exports `run(): Promise<BenchReport>`; rows are printed as a table and
 * written to `bench-results/<name>.json`. Goals are compared as ratios against a peer measured
 * in the same run, because the machines are noisy.
 */
export interface BenchReport {
  /** File name under bench-results/ (without .json). */
  name: string;
  rows: Array<Record<string, unknown>>;
  /** Plain-language lines printed under the table (goals met or not). */
  notes?: string[];
}

/** Median wall time of `fn` in ms over `repeats` runs after `warmup` runs. */
export async function medianMs(fn: () => unknown, { warmup = 3, repeats = 15 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return round(median(times));
}

/** The middle value (the upper one of an even count); sorts `times` in place. */
function median(times: number[]): number {
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * Medians of two functions sampled in turn (a, b, a, b, …), so both see the same machine load:
 * on a shared machine a burst of other work then slows both sides of a ratio alike, instead of
 * whichever happened to run during it.
 */
export async function pairedMedianMs(
  a: () => unknown,
  b: () => unknown,
  { warmup = 2, repeats = 15 } = {},
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let t0 = performance.now();
    await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}

/**
 * Longest main-thread task (ms) observed while `fn` runs and the frames after it render, from the
 * Long Tasks API (≥ 50 ms; 0 when none). The page first yields to the event loop: awaits that
 * resolve as microtasks (Lit's updateComplete) do not end a task, so without this the work done
 * before the call (warm-up runs, building test data) would count as part of `fn`'s first task.
 */
export async function longestTask(fn: () => Promise<unknown>): Promise<number> {
  await frames(1);
  await new Promise((r) => setTimeout(r, 0));
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await fn();
  await frames(2);
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return round(longest);
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Waits for the next animation frames (lets rendering happen). */
export function frames(n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}
