// Finds the system browsers the tests, benchmarks and screenshots use.
// npm packages cannot download browsers on these machines, so only installed ones count.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function firstExisting(fromEnv, candidates) {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findBrowsers() {
  return {
    chromium: firstExisting(process.env.CHROME_PATH, CHROMIUM_CANDIDATES),
    firefox: firstExisting(process.env.FIREFOX_PATH, FIREFOX_CANDIDATES),
  };
}

export const INSTALL_HINT =
  'No browser found for the tests. Install the system browsers with:\n' +
  '  apt-get update && apt-get install -y chromium firefox-esr\n' +
  'or point CHROME_PATH (and FIREFOX_PATH) at an installed Chromium (and Firefox).';
