// Loads the bench module named in ?module= and leaves its report on window for the runner.
import type { BenchReport } from './harness.js';

declare global {
  interface Window {
    __benchResult?: BenchReport | { error: string };
  }
}

void (async () => {
  const module = new URLSearchParams(location.search).get('module');
  try {
    const bench = (await import(`./${module}`)) as { run(): Promise<BenchReport> };
    window.__benchResult = await bench.run();
  } catch (error) {
    window.__benchResult = { error: String((error as Error)?.stack ?? error) };
  }
})();
