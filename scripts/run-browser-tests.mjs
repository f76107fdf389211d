// Runs the browser tests in every system browser found, then checks coverage of the
// DOM-free core. Says exactly what to install when no browser is there.
import { spawnSync } from 'node:child_process';
import { findBrowsers, INSTALL_HINT } from './find-browsers.mjs';

const { chromium, firefox } = findBrowsers();
if (!chromium && !firefox) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const env = { ...process.env };
delete env.CHROME_PATH;
delete env.FIREFOX_PATH;
if (chromium) env.CHROME_PATH = chromium;
if (firefox && process.env.CN_SKIP_FIREFOX !== '1') env.FIREFOX_PATH = firefox;
console.log(`Browsers: ${[env.CHROME_PATH, env.FIREFOX_PATH].filter(Boolean).join(', ')}`);
if (!env.FIREFOX_PATH) console.log('Firefox not found: running Chromium only (apt-get install -y firefox-esr adds it).');

const extra = process.argv.slice(2);
// Running chosen files only: leave out the separately grouped files too.
if (extra.includes('--files')) env.WTR_NO_GROUPS = '1';
// Coverage is read from Chromium's V8 counters; Firefox runs the same tests without it.
const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(chromium ? ['--coverage'] : []), ...extra];
const run = spawnSync('npx', args, { stdio: 'inherit', env });
if (run.status !== 0) process.exit(run.status ?? 1);

if (chromium && !extra.includes('--files')) {
  const check = spawnSync('node', ['scripts/check-coverage.mjs'], { stdio: 'inherit' });
  process.exit(check.status ?? 1);
}
