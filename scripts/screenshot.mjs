// Renders a page of this repository in headless Chromium and saves a PNG to look at.
//   node scripts/screenshot.mjs <page.html> <out.png> [--width 1280] [--height 900] [--scale 1]
//     [--wait <css selector>] [--full]
// The page may import .ts sources directly (compiled on the fly), e.g. demo/shots/*.html.
import { openBrowser } from './browser-page.mjs';

const [pagePath, out, ...rest] = process.argv.slice(2);
if (!pagePath || !out) {
  console.error('usage: node scripts/screenshot.mjs <page.html> <out.png> [--width N] [--height N] [--scale N] [--wait selector] [--full]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const session = await openBrowser();
try {
  const page = await session.newPage({
    width: Number(opt('width', 1280)),
    height: Number(opt('height', 900)),
    deviceScaleFactor: Number(opt('scale', 1)),
  });
  await page.goto(session.url(pagePath), { waitUntil: 'networkidle0' });
  const wait = opt('wait');
  if (wait) await page.waitForSelector(wait, { timeout: 15000 });
  // Let layouts and animations settle.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await session.close();
}
