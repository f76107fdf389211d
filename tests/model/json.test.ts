import { expect } from '@open-wc/testing';
import { parseNetwork, serializeNetwork } from '../../src/model/json.js';
import { findJsonSyntaxIssue, lineColumn } from '../../src/model/validation/json-syntax.js';
import { careCase } from '../fixtures/care-case.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import { SCHEMA_VERSION, type CareNetwork } from '../../src/model/types.js';
import { addPerson, removePerson } from '../../src/model/operations/index.js';

/** Reverses the key order of every object: the same document, written differently. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) out[key] = shuffled((value as Record<string, unknown>)[key]);
  return out;
}

describe('serializeNetwork', () => {
  it('round-trips the fixture and generated networks through parseNetwork', () => {
    for (const doc of [careCase, generateNetwork({ people: 500, seed: 9 })]) {
      const text = serializeNetwork(doc);
      const parsed = parseNetwork(text);
      expect(parsed.errors).to.deep.equal([]);
      expect(parsed.doc).to.deep.equal(doc);
      expect(serializeNetwork(parsed.doc as CareNetwork)).to.equal(text);
    }
  });

  it('is stable: the same document in any key order gives the same bytes', () => {
    const doc = { ...careCase, vendor: { b: 1, a: [{ y: 1, x: 2 }] }, layout: { 'eco-gram': { order: { z: ['p-noor'], a: [] }, nodes: { 'p-ans': { pinned: true, ring: 1 }, 'p-fleur': { ring: 2 } } } } } as CareNetwork;
    const text = serializeNetwork(doc);
    expect(serializeNetwork(shuffled(doc) as CareNetwork)).to.equal(text);
    expect(text.endsWith('}\n')).to.equal(true);
    expect(text.split('\n')[1]).to.equal(`  "schema": "${SCHEMA_VERSION}",`);
    // Known fields in the order of types.ts, then unknown ones alphabetically.
    const keys = Object.keys(JSON.parse(text));
    expect(keys.slice(0, 4)).to.deep.equal(['schema', 'id', 'title', 'egoId']);
    expect(keys.at(-1)).to.equal('vendor');
    const firstPerson = Object.keys(JSON.parse(text).people[0]);
    expect(firstPerson.slice(0, 3)).to.deep.equal(['id', 'kind', 'name']);
    expect(Object.keys(JSON.parse(text).vendor)).to.deep.equal(['a', 'b']);
    expect(Object.keys(JSON.parse(text).vendor.a[0])).to.deep.equal(['x', 'y']);
    expect(Object.keys(JSON.parse(text).layout['eco-gram'].nodes['p-ans'])).to.deep.equal(['ring', 'pinned']);
  });

  it('drops undefined fields and keeps list order', () => {
    const { doc } = addPerson(careCase, { id: 'p-x', kind: 'person', name: 'X', role: undefined });
    const text = serializeNetwork(doc);
    expect(text).to.not.include('"role": undefined');
    expect(JSON.parse(text).people.at(-1)).to.deep.equal({ id: 'p-x', kind: 'person', name: 'X' });
    const after = serializeNetwork(removePerson(doc, 'p-x').doc);
    expect(after).to.equal(serializeNetwork(careCase));
  });
});

describe('parseNetwork', () => {
  it('strips a byte-order mark and fills defaults', () => {
    const text = `\ufeff${JSON.stringify({ schema: SCHEMA_VERSION, egoId: 'c', people: [{ id: 'c', kind: 'person', name: 'Sanne' }] })}`;
    const result = parseNetwork(text);
    expect(result.ok).to.equal(true);
    expect(result.doc?.strategies).to.deep.equal([]);
  });

  it('returns validation errors for valid JSON that is not a valid network', () => {
    const result = parseNetwork(JSON.stringify({ ...careCase, egoId: 'nobody' }));
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => [e.code, e.path])).to.deep.equal([['ego-missing', 'egoId']]);
    expect(result.errors[0]).to.deep.include({ line: 1 });
    expect(parseNetwork('[]').errors[0].code).to.equal('not-an-object');
    expect(parseNetwork(JSON.stringify({ ...careCase, schema: '3.0.0' })).errors[0].code).to.equal('schema-from-future');
  });

  it('refuses what is not text', () => {
    const result = parseNetwork(42 as unknown as string);
    expect(result.errors[0].code).to.equal('not-text');
    expect(result.errors[0].messages.nl).to.include('tekst');
  });

  const syntax: Array<[string, string, number, number, string]> = [
    ['empty text', '', 1, 1, 'empty'],
    ['only spaces', '  \n ', 2, 2, 'empty'],
    ['cut off', '{', 1, 2, 'field name'],
    ['missing colon', '{"a" 1}', 1, 6, 'colon'],
    ['trailing comma in a list', '{"a": [1, 2,]}', 1, 13, 'a value'],
    ['trailing comma in an object', '{"a": 1,}', 1, 9, 'field name'],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'comma'],
    ['list not closed', '[1, 2', 1, 6, 'end of the list'],
    ['typo in a literal', '{\n  "a": tru\n}', 2, 11, 'a value'],
    ['single quotes', "{'a': 1}", 1, 2, 'field name'],
    ['line break in text', '{"a": "x\ny"}', 1, 9, 'line break'],
    ['bad escape', '{"a": "\\q"}', 1, 9, 'escape'],
    ['bad unicode escape', '{"a": "\\u12G4"}', 1, 12, 'escape'],
    ['text not closed', '{"a": "abc', 1, 11, 'closing double quote'],
    ['minus without digits', '{"a": -}', 1, 8, 'digit'],
    ['leading zero', '{"a": 01}', 1, 8, 'comma'],
    ['dot without digits', '[1.]', 1, 4, 'digit'],
    ['exponent without digits', '[1e+]', 1, 5, 'digit'],
    ['two documents', '[1] 2', 1, 5, 'nothing more'],
    ['comment', '{ // note\n}', 1, 3, 'field name'],
    ['after emoji', '{"a": "😀", x}', 1, 12, 'field name'],
    ['windows line ends', '{\r\n"a": 1\r\n"b": 2}', 3, 1, 'comma'],
    ['NaN', '[NaN]', 1, 2, 'a value'],
  ];
  for (const [name, text, line, column, words] of syntax) {
    it(`syntax error: ${name} → line ${line}, column ${column}`, () => {
      const result = parseNetwork(text);
      expect(result.ok).to.equal(false);
      expect(result.errors.length).to.equal(1);
      const [error] = result.errors;
      expect(error.code).to.equal('json-syntax');
      expect([error.line, error.column]).to.deep.equal([line, column]);
      expect(error.messages.en).to.include(words);
      if (name !== 'empty text' && name !== 'only spaces') {
        expect(error.messages.en).to.include(`Line ${line}, column ${column}`);
        expect(error.messages.nl).to.include(`Regel ${line}, kolom ${column}`);
      }
    });
  }

  it('finds no issue in valid JSON, and handles deep nesting without recursion', () => {
    expect(findJsonSyntaxIssue('{"a": [1, -2.5e10, "\\u00e9\\n", true, false, null, {}]}')).to.equal(undefined);
    const deep = '['.repeat(200000) + ']'.repeat(199999);
    expect(findJsonSyntaxIssue(deep)?.problem).to.equal('comma-or-list-end');
    expect(parseNetwork(deep).errors[0].code).to.equal('json-syntax');
  });

  it('counts columns in characters and lines for \\n, \\r\\n and \\r', () => {
    expect(lineColumn('a😀b', 3)).to.deep.equal({ line: 1, column: 3 });
    expect(lineColumn('a\r\nb\rc\nd', 7)).to.deep.equal({ line: 4, column: 1 });
  });
});

describe('parseNetwork: where validation errors are in the text', () => {
  it('gives the line and column of the value at each error path', () => {
    const text = serializeNetwork(careCase)
      .replace('"birth": "2011-03-14"', '"birth": "2011-02-30"')
      .replace('"to": "p-mark"', '"to": "nobody"');
    const result = parseNetwork(text);
    const lines = text.split('\n');
    const birth = result.errors.find((e) => e.code === 'invalid-date');
    expect(birth?.path).to.equal('people[11].birth');
    expect(lines[(birth?.line as number) - 1].slice((birth?.column as number) - 1)).to.equal('"2011-02-30",');
    const tie = result.errors.find((e) => e.code === 'dangling-reference');
    expect(lines[(tie?.line as number) - 1].slice((tie?.column as number) - 1)).to.equal('"nobody",');
  });

  it('points a missing field at its record, and handles odd keys, escapes and compact JSON', () => {
    const doc = { schema: SCHEMA_VERSION, egoId: 'c', people: [{ id: 'c', kind: 'person', name: 'S' }, { id: 'x', name: 'a"}]' }], layout: { 'eco-gram': { nodes: { 'weird "id"': { ring: 1 } }, order: {} } } };
    const text = JSON.stringify(doc);
    const result = parseNetwork(text);
    const missing = result.errors.find((e) => e.code === 'missing-field');
    expect(missing?.path).to.equal('people[1].kind');
    expect(text.slice((missing?.column as number) - 1).startsWith('{"id":"x"')).to.equal(true);
    const dangling = result.errors.find((e) => e.code === 'dangling-reference');
    expect(dangling?.path).to.equal('layout["eco-gram"].nodes["weird \\"id\\""]');
    expect(text.slice((dangling?.column as number) - 1).startsWith('{"ring":1}')).to.equal(true);
  });

  it('places document-level errors at the start', () => {
    const result = parseNetwork('\n\n  [1, 2]');
    expect([result.errors[0].line, result.errors[0].column]).to.deep.equal([3, 3]);
  });
});

describe('serializeNetwork: dismissed suggestions', () => {
  it('writes them after the strategies, in a stable key order', () => {
    const doc = { ...careCase, dismissedSuggestions: [{ date: '2026-10-02', key: 'reanimeren:p-riet' }] } as CareNetwork;
    const text = serializeNetwork(doc);
    const parsed = JSON.parse(text);
    const keys = Object.keys(parsed);
    expect(keys.indexOf('dismissedSuggestions')).to.equal(keys.indexOf('strategies') + 1);
    expect(Object.keys(parsed.dismissedSuggestions[0])).to.deep.equal(['key', 'date']);
    expect(parseNetwork(text).doc).to.deep.equal(doc);
  });
});
