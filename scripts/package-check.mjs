// The published package: builds it, checks what `npm pack` would ship and that every `exports`
// path resolves, type-checks the generated JSX types, and opens a plain HTML page that uses
// only the one-file CDN build in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { openBrowser } from './browser-page.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

test('npm run build makes dist/ and dist/cdn/', () => {
  run('npm', ['run', '--silent', 'build']);
  assert.ok(existsSync('dist/index.js'));
  assert.ok(existsSync('dist/cdn/care-network-elements.js'));
  // Both builds ship the Lit templates minified (scripts/minify-lit-templates.mjs).
  const styles = readFileSync('dist/base/theme.js', 'utf8');
  assert.ok(styles.includes(':host{') && !/\n {2,}--_font:/.test(styles), 'dist/ has minified css`` templates');
  assert.ok(!/\n {4,}<(div|button|span)\b/.test(readFileSync('dist/cdn/care-network-elements.js', 'utf8')), 'the CDN build has minified html`` templates');
});

test('npm pack ships only what a user needs', () => {
  const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--silent']));
  const files = packed.files.map((f) => f.path);
  const allowed = /^(dist\/|schema\/|custom-elements\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  const unexpected = files.filter((f) => !allowed.test(f));
  assert.deepEqual(unexpected, [], `unexpected files in the package: ${unexpected.join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cdn/care-network-elements.js']) {
    assert.ok(files.includes(needed), `${needed} is shipped`);
  }
  assert.ok(!files.some((f) => f.startsWith('dist/') && f.includes('.test.')), 'no tests shipped');
  // The CDN build loads parts lazily (import() of chunks next to it): every chunk is shipped.
  const chunks = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
  for (const chunk of chunks) assert.ok(files.includes(`dist/cdn/${chunk}`), `CDN chunk dist/cdn/${chunk} is shipped`);
});

test('every exports path resolves to a shipped file', () => {
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const paths = typeof value === 'string' ? [value] : Object.values(value);
    for (const path of paths) targets.push([key, path]);
  }
  const missing = targets.filter(([, path]) => !existsSync(path));
  assert.deepEqual(missing, [], `exports that do not resolve: ${missing.map(([k, p]) => `${k} → ${p}`).join(', ')}`);
  for (const file of pkg.sideEffects) if (file.startsWith('./dist/') && !file.includes('*')) assert.ok(existsSync(file), `sideEffects entry ${file} exists`);
});

test('the generated JSX types type-check in a TSX file', () => {
  mkdirSync('node_modules/.cache/jsx-check', { recursive: true });
  writeFileSync(
    'node_modules/.cache/jsx-check/use.tsx',
    `import '../../../dist/jsx.js';\nexport const ok = <care-network historyLimit={50} oncare-network-change={(e) => e.detail.doc.people.length} />;\n`,
  );
  writeFileSync(
    'node_modules/.cache/jsx-check/tsconfig.json',
    JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, noEmit: true, module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: true, types: [], lib: ['ES2022', 'DOM'] }, files: ['use.tsx'] }),
  );
  run('npx', ['tsc', '-p', 'node_modules/.cache/jsx-check/tsconfig.json']);
  const html = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.ok(html.tags.some((t) => t.name === 'care-network'), 'VS Code HTML data lists the tags');
  assert.ok(existsSync('dist/vscode.css-custom-data.json'));
});

test('a plain HTML page works with only the CDN build', async () => {
  const session = await openBrowser();
  try {
    const page = await session.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(session.url('tests/integration/plain-cdn.html'));
    await page.waitForFunction(() => window.__result !== undefined, { timeout: 20000 });
    const result = await page.evaluate(() => window.__result);
    assert.deepEqual(result.events, ['person-add']);
    assert.deepEqual(result.people, ['Sanne', 'Oma']);
    assert.deepEqual(result.tags, ['care-network', 'network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'], 'the CDN build registers every element');
    // A lazy part (the plan's presentation) loads from the chunks next to the CDN file.
    const presented = await page.evaluate(async () => {
      const board = document.createElement('plan-board');
      document.body.append(board);
      board.mode = 'present';
      await board.updateComplete;
      return Boolean(board.shadowRoot.querySelector('.present'));
    });
    assert.equal(presented, true, 'the presentation (a lazy chunk) loads in the CDN build');
    assert.ok(requests.some((u) => /\/dist\/cdn\/plan-present-[^/]+\.js$/.test(u)), 'from its own chunk');
    const scripts = requests.filter((u) => u.endsWith('.js'));
    assert.ok(scripts.every((u) => u.includes('/dist/cdn/') || u.includes('/tests/integration/')), `only the CDN file is loaded: ${scripts.join(', ')}`);
  } finally {
    await session.close();
  }
});
