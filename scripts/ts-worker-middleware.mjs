// Dev servers (tests, screenshots, benchmarks): a request for `src/**/x.js` that does not exist
// is served from `x.ts`. Sources name their module workers the way the built package has them,
// `new Worker(new URL('./x-worker.js', import.meta.url))`; the esbuild plugin only rewrites
// `import` specifiers, not such URLs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function tsWorkerMiddleware() {
  return function tsWorker(context, next) {
    const path = context.path;
    if (path.startsWith('/src/') && path.endsWith('.js') && !path.includes('..')) {
      const js = join(root, path);
      const ts = js.slice(0, -3) + '.ts';
      if (!existsSync(js) && existsSync(ts)) context.url = context.url.replace(/\.js(?=$|\?)/, '.ts');
    }
    return next();
  };
}
