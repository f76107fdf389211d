// Builds Storybook and opens every story in headless Chromium: no console errors, axe clean
// (WCAG 2.1 A/AA), and no request that is not for the page's own files (nothing leaves).
//   node scripts/storybook-check.mjs [--no-build] [filter]
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './browser-page.mjs';
import { findBrowsers, INSTALL_HINT } from './find-browsers.mjs';

const OUT = 'storybook-static';
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));

test('every story renders without console errors, axe-clean, with no outside requests', async () => {
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', OUT], { encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const { chromium } = findBrowsers();
  assert.ok(chromium, INSTALL_HINT);
  const index = JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
  assert.ok(stories.length > 0, 'there are stories');

  const server = await startDevServer({
    config: { rootDir: resolve(OUT), hostname: '127.0.0.1', port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 600000 });
  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  const rows = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    let outside = [];
    let errors = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return request.continue();
      outside.push(url);
      return request.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    for (const story of stories) {
      outside = [];
      errors = [];
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 15000 }).catch(() => errors.push('story did not render'));
      await new Promise((r) => setTimeout(r, 400));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ')}`);
      });
      rows.push({ story: story.id, errors: errors.length, axe: violations.length, outside: outside.length, detail: [...errors, ...violations, ...outside].slice(0, 3).join(' | ') });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.table(rows.map(({ detail, ...r }) => ({ ...r, detail: detail.slice(0, 120) })));
  const bad = rows.filter((r) => r.errors || r.axe || r.outside);
  console.log(`${rows.length} stories opened; ${bad.length} with problems.`);
  assert.deepEqual(bad.map((r) => `${r.story}: ${r.detail}`), []);
});
