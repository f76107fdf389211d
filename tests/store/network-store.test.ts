import { expect } from '@open-wc/testing';
import { NetworkStore } from '../../src/store/network-store.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import type { CareNetwork, OpResult } from '../../src/model/types.js';

/** A tiny pure operation for the store's own tests (the model's operations are tested in tests/model). */
function rename(name: string) {
  return (doc: CareNetwork): OpResult => ({
    doc: { ...doc, people: doc.people.map((p) => (p.id === doc.egoId ? { ...p, name } : p)) },
    change: { type: 'person-update', ids: [doc.egoId], label: name },
  });
}

const nameOf = (store: NetworkStore) => store.doc.people[0].name;

describe('NetworkStore', () => {
  it('applies operations and notifies subscribers with the document and the change', () => {
    const store = new NetworkStore(createEmptyNetwork());
    const seen: string[] = [];
    store.subscribe((e) => seen.push(`${e.source}:${e.change.type}:${e.doc.people[0].name}`));
    store.apply(rename('Sanne'));
    expect(nameOf(store)).to.equal('Sanne');
    expect(seen).to.deep.equal(['edit:person-update:Sanne']);
  });

  it('undo restores the exact earlier snapshot and redo the exact later one', () => {
    const start = createEmptyNetwork();
    const store = new NetworkStore(start);
    store.apply(rename('A'));
    const afterA = store.doc;
    store.apply(rename('B'));
    const afterB = store.doc;
    expect(store.undo()).to.equal(true);
    expect(store.doc).to.equal(afterA);
    expect(store.undo()).to.equal(true);
    expect(store.doc).to.equal(start);
    expect(store.undo()).to.equal(false);
    expect(store.redo()).to.equal(true);
    expect(store.redo()).to.equal(true);
    expect(store.doc).to.equal(afterB);
    expect(store.redo()).to.equal(false);
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = new NetworkStore(createEmptyNetwork());
    store.apply(rename('A'));
    store.undo();
    store.apply(rename('C'));
    expect(store.canRedo).to.equal(false);
    expect(nameOf(store)).to.equal('C');
  });

  it('keeps at most historyLimit steps, forgetting the oldest', () => {
    const store = new NetworkStore(createEmptyNetwork(), { historyLimit: 3 });
    for (const n of ['1', '2', '3', '4', '5']) store.apply(rename(n));
    expect(store.undoDepth).to.equal(3);
    while (store.undo());
    expect(nameOf(store)).to.equal('2');
    store.setHistoryLimit(1);
    expect(store.undoDepth).to.equal(0);
  });

  it('groups a transaction (a drag) into one undo step, showing each step live', () => {
    const start = createEmptyNetwork();
    const store = new NetworkStore(start);
    const live: string[] = [];
    store.subscribe((e) => live.push(e.doc.people[0].name));
    store.begin('drag');
    store.apply(rename('x1'));
    store.apply(rename('x2'));
    store.apply(rename('x3'));
    expect(store.canUndo).to.equal(false);
    store.commit();
    expect(live).to.deep.equal(['x1', 'x2', 'x3']);
    expect(store.undoDepth).to.equal(1);
    store.undo();
    expect(store.doc).to.equal(start);
    store.redo();
    expect(nameOf(store)).to.equal('x3');
  });

  it('group() commits on success and rolls back when the function throws', () => {
    const start = createEmptyNetwork();
    const store = new NetworkStore(start);
    expect(() =>
      store.group('bad', () => {
        store.apply(rename('half'));
        throw new Error('boom');
      }),
    ).to.throw('boom');
    expect(store.doc).to.equal(start);
    const result = store.group('good', () => {
      store.apply(rename('a'));
      store.apply(rename('b'));
      return 42;
    });
    expect(result).to.equal(42);
    expect(store.undoDepth).to.equal(1);
    const entry = store.undo();
    expect(entry).to.equal(true);
    expect(store.doc).to.equal(start);
  });

  it('a batch change lists the grouped changes', () => {
    const store = new NetworkStore(createEmptyNetwork());
    let last: string | undefined;
    store.subscribe((e) => (last = `${e.change.type}/${e.change.changes?.length ?? 0}`));
    store.group('two', () => {
      store.apply(rename('a'));
      store.apply(rename('b'));
    });
    store.undo();
    expect(last).to.equal('batch/2');
  });

  it('replace clears history and tells subscribers it was a replacement', () => {
    const store = new NetworkStore(createEmptyNetwork());
    store.apply(rename('a'));
    const sources: string[] = [];
    store.subscribe((e) => sources.push(e.source));
    const next = createEmptyNetwork({ name: 'Other' });
    store.replace(next);
    expect(store.doc).to.equal(next);
    expect(store.canUndo).to.equal(false);
    expect(sources).to.deep.equal(['replace']);
  });

  it('an operation that returns the same document records nothing', () => {
    const store = new NetworkStore(createEmptyNetwork());
    store.apply((doc) => ({ doc, change: { type: 'person-update', ids: [] } }));
    expect(store.canUndo).to.equal(false);
  });

  it('unsubscribe stops notifications; rollback without a transaction is harmless', () => {
    const store = new NetworkStore(createEmptyNetwork());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    off();
    store.apply(rename('a'));
    store.rollback();
    store.commit();
    expect(calls).to.equal(0);
  });
});
