// Browser tests in the system browsers (no browser downloads on these machines).
// scripts/run-browser-tests.mjs finds the browsers and passes their paths in the environment.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { sharedFixturesPlugin } from './scripts/shared-fixtures-plugin.mjs';
import { tsWorkerMiddleware } from './scripts/ts-worker-middleware.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

// React ships CommonJS only; the framework integration tests load it through this plugin.
const commonjs = fromRollup(rollupCommonjs);

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));


function makeBrowsers() {
const browsers = [];
if (process.env.CHROME_PATH) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  );
}
if (process.env.FIREFOX_PATH) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: {
          'network.dns.localDomains': 'firefox.settings.services.mozilla.com',
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  );
}

return browsers;
}

const ISOLATED = 'tests/components/radio-checklist/**/*.test.ts';

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['tests/**/*.test.ts', `!${ISOLATED}`],
  // Keyboard and focus tests of the checklist run in browsers of their own: after some other
  // test pages headless Firefox no longer delivers keys or :focus-within to later pages.
  groups: process.env.WTR_FILES || process.env.WTR_NO_GROUPS ? [] : [{ name: 'focus-isolated', files: ISOLATED, browsers: makeBrowsers() }],
  nodeResolve: true,
  // Lit's dev-mode banner is noise in every test file; every other browser log stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  browsers: makeBrowsers(),
  concurrency: 1,
  concurrentBrowsers: 1,
  // Module workers named by their built `.js` file are served from the `.ts` source.
  middleware: [tsWorkerMiddleware()],
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig }),
    commonjs({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      requireReturnsDefault: 'preferred',
    }),
    sharedFixturesPlugin(),
    // CN_MINIFIED_TEMPLATES=1: the library's Lit templates minified as the npm and CDN builds
    // ship them (scripts/minify-lit-templates.mjs), to run the suite against shipped markup.
    ...(process.env.CN_MINIFIED_TEMPLATES === '1'
      ? [{ name: 'minify-lit-templates', transform: (c) => (c.path.startsWith('/src/') && c.path.endsWith('.ts') ? { body: minifyLitTemplates(c.body, c.path) } : undefined) }]
      : []),
  ],
  // React's CommonJS reads process.env.NODE_ENV; give the test pages the one value it needs.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head>
      <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    </head><body><script type="module" src="${testFramework}"></script></body></html>`,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
  reporters: [defaultReporter(), summaryReporter()],
};
