let query: MediaQueryList | undefined;

/**
 * Whether the user asked for less motion. One `MediaQueryList` for the page, made on first use:
 * calling `matchMedia()` per frame made a new list each time, and Chromium keeps the parsed
 * queries (measured: two per connect/disconnect cycle of a picture, never released).
 */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  query ??= matchMedia('(prefers-reduced-motion: reduce)');
  return query.matches;
}
