/**
 * Where each JSON path of a (syntactically valid) JSON text starts, so validation errors from
 * parseNetwork can say "line 42, column 16" as well as `people[3].birth`. Runs only when a
 * document is invalid; one pass over the text with an explicit stack (no recursion).
 */
import { join } from './context.js';
import { lineColumn } from './json-syntax.js';

interface Frame {
  path: string;
  list: boolean;
  index: number;
  /** Path of the member whose value comes next (objects). */
  pending?: string;
}

/**
 * Offsets of the values at `paths`. A path not in the text (a missing field) gets the position
 * of its nearest ancestor that is there.
 */
export function locatePaths(text: string, paths: readonly string[]): Map<string, { line: number; column: number }> {
  const wanted = new Set<string>();
  for (const p of paths) for (let q: string | undefined = p; q !== undefined; q = parentPath(q)) wanted.add(q);
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const valueStart = (path: string) => {
    if (wanted.has(path) && !offsets.has(path)) offsets.set(path, i);
  };
  const currentPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.list ? `${top.path}[${top.index}]` : (top.pending as string);
  };

  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ':') {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === ',') {
      if (top?.list) top.index++;
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      continue;
    }
    if (top && !top.list && top.pending === undefined) {
      // A member name.
      const end = stringEnd(text, i);
      const raw = text.slice(i, end);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      top.pending = join(top.path, key);
      i = end;
      continue;
    }
    // A value.
    const path = currentPath();
    valueStart(path);
    if (top && !top.list) top.pending = undefined;
    if (c === '{' || c === '[') {
      stack.push({ path, list: c === '[', index: 0 });
      i++;
    } else if (c === '"') {
      i = stringEnd(text, i);
    } else {
      while (i < n && !',}] \n\r\t'.includes(text[i])) i++;
    }
  }

  const out = new Map<string, { line: number; column: number }>();
  for (const p of paths) {
    let q: string | undefined = p;
    while (q !== undefined && !offsets.has(q)) q = parentPath(q);
    out.set(p, lineColumn(text, offsets.get(q ?? '') ?? 0));
  }
  return out;
}

/** Offset just past the string that starts at `start` (a double quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

/** `a.b[2]` → `a.b`; `a["x"]` → `a`; `a` → ``; `` → undefined. */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  if (path.endsWith(']')) {
    // `[12]` or `["key"]`: find the opening bracket of the last segment.
    const quoted = path.endsWith('"]');
    let k = path.length - 2;
    if (quoted) {
      k--; // past the closing quote
      while (k > 0 && !(path[k] === '"' && path[k - 1] === '[' && path[k - 2] !== '\\')) k--;
      return path.slice(0, k - 1);
    }
    return path.slice(0, path.lastIndexOf('['));
  }
  const dot = path.lastIndexOf('.');
  const bracket = path.lastIndexOf(']');
  return dot > bracket ? path.slice(0, dot) : bracket >= 0 ? path.slice(0, bracket + 1) : '';
}
