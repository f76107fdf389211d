// The DOM-free entry points must import and work in plain Node (no DOM shim), so a vendor's
// back end can validate and convert documents with the same code the elements use; and the
// whole package must import in Node without throwing (server rendering, tests).
// Compiles src/ with tsc into a scratch folder, then imports the built files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const out = 'node_modules/.cache/node-import-check';
rmSync(out, { recursive: true, force: true });
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', out, '--declaration', 'false', '--sourceMap', 'false'], {
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const entry = (path) => pathToFileURL(`${out}/${path}`).href;
const DOM_GLOBALS = ['window', 'document', 'HTMLElement', 'customElements'];

for (const layer of ['model', 'store', 'layout', 'io']) {
  const file = `${out}/${layer}/index.js`;
  test(`care-network-elements/${layer} imports in plain Node without a DOM`, async () => {
    assert.ok(existsSync(file), `${file} is built`);
    const module = await import(entry(`${layer}/index.js`));
    assert.ok(Object.keys(module).length > 0, 'exports something');
    for (const name of DOM_GLOBALS) assert.equal(typeof globalThis[name], 'undefined', `${layer} must not need ${name}`);
  });
}

test('the model validates and edits a document in Node', async () => {
  const model = await import(entry('model/index.js'));
  const doc = model.createEmptyNetwork({ name: 'Sanne' });
  assert.equal(model.validateNetwork(doc).ok, true);
  const { doc: next, change } = model.addPerson(doc, { kind: 'person', name: 'Oma Ans' });
  assert.equal(change.type, 'person-add');
  assert.equal(next.people.length, 2);
  assert.equal(doc.people.length, 1, 'the input is not mutated');
  const bad = model.validateNetwork({ ...doc, egoId: 'nobody' });
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].path, 'egoId');
});

test('the whole package imports in Node without throwing (server rendering)', async () => {
  const pkg = await import(entry('index.js'));
  assert.equal(typeof pkg.define, 'function');
  assert.equal(typeof pkg.CareNetworkProvider, 'function');
});

test('parseNetwork answers very deep nesting and very large values without a crash (in Node)', async () => {
  const { parseNetwork } = await import(entry('model/json.js'));
  const deep = parseNetwork('['.repeat(100_000) + ']'.repeat(100_000));
  assert.equal(deep.ok, false);
  assert.ok(deep.errors[0].messages.nl, 'a Dutch message too');
  const huge = JSON.stringify({ schema: '1.0.0', egoId: 'c', people: [{ id: 'c', kind: 'person', name: 'x'.repeat(2_000_000) }] });
  const big = parseNetwork(huge);
  assert.equal(big.ok, true);
  assert.equal(big.doc.people[0].name.length, 2_000_000);
});
