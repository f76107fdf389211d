// Every element renders and edits under a strict CSP with Trusted Types, in Chromium, with no
// violation reported. The policy is the one SECURITY.md documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser-page.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html care-network-elements";

test('every element renders and edits under a strict CSP with Trusted Types', async () => {
  const session = await openBrowser({
    middleware: [
      async (ctx, next) => {
        await next();
        if (ctx.path.startsWith('/tests/csp/page.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
      },
    ],
  });
  try {
    const page = await session.newPage();
    const consoleProblems = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|TrustedScript|Trusted Types/i.test(m.text())) consoleProblems.push(m.text());
    });
    const response = await page.goto(session.url('tests/csp/page.html'));
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the strict policy');
    await page.waitForFunction(() => window.__csp?.done, { timeout: 60000 });
    const report = await page.evaluate(() => window.__csp);
    console.log(`rendered (shadow DOM nodes per element): ${JSON.stringify(report.rendered)}; edits: ${report.edits}; genogram worker requested: ${report.workerRequested}`);
    assert.deepEqual(report.violations, [], 'no CSP violations');
    assert.ok(report.workerRequested, 'the big family was laid out in the genogram worker (through the Trusted Types policy)');
    assert.deepEqual(consoleProblems, [], 'no CSP / Trusted Types errors in the console');
    const expected = ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'];
    const rendered = Object.keys(report.rendered);
    assert.deepEqual(expected.filter((t) => !rendered.includes(t)), [], 'every element rendered');
    for (const [tag, count] of Object.entries(report.rendered)) assert.ok(count > 5, `${tag} drew something (${count} nodes)`);
  } finally {
    await session.close();
  }
});
