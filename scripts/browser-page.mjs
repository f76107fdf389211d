// Serves the repository (TypeScript compiled on the fly) and opens pages in the system
// Chromium, headless and off the network. Shared by the screenshot and benchmark scripts.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findBrowsers, INSTALL_HINT } from './find-browsers.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { sharedFixturesMiddleware } from './shared-fixtures-plugin.mjs';
import { tsWorkerMiddleware } from './ts-worker-middleware.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export { CHROMIUM_ARGS };

/** Starts the dev server and Chromium; returns helpers and a close(). */
export async function openBrowser({ production = false, middleware = [] } = {}) {
  const { chromium } = findBrowsers();
  if (!chromium) throw new Error(INSTALL_HINT);
  const server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port: 0,
      nodeResolve: production ? { exportConditions: ['production'] } : true,
      // Benchmarks and shot pages may read ../shared/fixtures (public test data) over this route.
      middleware: [sharedFixturesMiddleware(), tsWorkerMiddleware(), ...middleware],
      plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: `${root}/tsconfig.json` })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const port = server.server.address().port;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 900000 });
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    browser,
    async newPage({ width = 1280, height = 900, deviceScaleFactor = 1 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor });
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      page.on('console', (msg) => {
        if (msg.location()?.url?.endsWith('/favicon.ico')) return;
        if (msg.type() === 'error' || msg.type() === 'warning') console.error(`[console ${msg.type()}] ${msg.text()} ${msg.location()?.url ?? ''}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
