// A test-runner plugin that lets browser tests read the public test data in ../shared/fixtures
// (GEDCOM files) without the package ever depending on it: tests call
// executeServerCommand('shared-fixture', { path }) or ('shared-fixture-list', { dir }).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Finds `shared/fixtures` beside this checkout (main, a worktree, or CI's fresh clone). */
export function findSharedFixtures(start = process.cwd()) {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'shared', 'fixtures');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function safeJoin(root, path) {
  const full = resolve(root, path);
  if (full !== root && !full.startsWith(root + sep)) throw new Error(`Outside shared/fixtures: ${path}`);
  return full;
}

export function listFiles(root, dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(root, full));
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out.sort();
}

export function sharedFixturesPlugin() {
  return {
    name: 'shared-fixtures',
    executeCommand({ command, payload }) {
      if (command !== 'shared-fixture' && command !== 'shared-fixture-list') return undefined;
      const root = findSharedFixtures();
      if (!root) throw new Error('shared/fixtures was not found beside this checkout.');
      if (command === 'shared-fixture-list') return listFiles(root, safeJoin(root, payload?.dir ?? '.'));
      // Bytes as base64, so encodings (UTF-16, ANSEL) reach the test untouched.
      return readFileSync(safeJoin(root, payload.path)).toString('base64');
    },
  };
}

/**
 * The same data for pages opened by scripts/browser-page.mjs (benchmarks, screenshots):
 * GET /__shared-fixtures__/<path> gives a file's bytes, /__shared-fixtures__/?list=<dir> the
 * paths under a folder (JSON). Only files inside shared/fixtures are served.
 */
export function sharedFixturesMiddleware() {
  const prefix = '/__shared-fixtures__/';
  return async (ctx, next) => {
    if (!ctx.path.startsWith(prefix)) return next();
    const root = findSharedFixtures();
    if (!root) {
      ctx.status = 404;
      ctx.body = 'shared/fixtures was not found beside this checkout.';
      return undefined;
    }
    try {
      const list = ctx.query.list;
      if (typeof list === 'string') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(listFiles(root, safeJoin(root, list || '.')));
      } else {
        ctx.type = 'application/octet-stream';
        ctx.body = readFileSync(safeJoin(root, decodeURIComponent(ctx.path.slice(prefix.length))));
      }
    } catch (error) {
      ctx.status = 404;
      ctx.body = String(error instanceof Error ? error.message : error);
    }
    return undefined;
  };
}
