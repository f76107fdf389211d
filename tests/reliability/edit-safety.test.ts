/** The pieces under "no lost edits": the store's interrupted transaction, formValue(), sameJson(). */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { NetworkStore, type StoreEvent } from '../../src/store/network-store.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson } from '../../src/model/operations/index.js';
import { formValue } from '../../src/base/form-value.js';
import { sameJson } from '../../src/base/document-binding.js';

describe('edit safety pieces', () => {
  it('a replace during a transaction drops it, says so, and leaves a consistent history', () => {
    const start = createEmptyNetwork({ id: 'c', name: 'Client' });
    const store = new NetworkStore(start);
    const events: StoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    store.begin('drag');
    store.apply((d) => addPerson(d, { id: 'p1', kind: 'person', name: 'A' }));
    expect(store.inTransaction).to.be.true;
    const next = createEmptyNetwork({ id: 'c', name: 'Client 2' });
    store.replace(next);
    expect(events.at(-1)).to.include({ source: 'replace', interrupted: true });
    expect(store.inTransaction).to.be.false;
    expect(store.undoDepth).to.equal(0);
    store.commit(); // the drag's late commit records nothing
    expect(store.undoDepth).to.equal(0);
    store.apply((d) => addPerson(d, { id: 'p2', kind: 'person', name: 'B' }));
    store.undo();
    expect(store.doc).to.equal(next);
    // Without a transaction a replace is a plain replace.
    store.replace(start);
    expect(events.at(-1)!.interrupted).to.equal(undefined);
  });

  it('formValue() writes untouched fields and keeps typed text', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (value: string) => render(html`<input .value=${formValue(value)} />`, box);
    draw('Anna');
    const input = box.querySelector('input')!;
    expect(input.value).to.equal('Anna');
    draw('Anke'); // the document changed; the user had not typed: follow it
    expect(input.value).to.equal('Anke');
    input.value = 'Anneke (typed)';
    draw('Anouk'); // changed again, but the user typed: keep the text
    expect(input.value).to.equal('Anneke (typed)');
    draw('Anouk');
    expect(input.value).to.equal('Anneke (typed)');
  });

  it('sameJson() compares content, not key order or identity', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).to.be.true;
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).to.be.true;
    expect(sameJson({ a: 1 }, { a: 2 })).to.be.false;
    expect(sameJson([1, 2], [2, 1])).to.be.false;
    expect(sameJson({ a: [] }, { a: {} })).to.be.false;
    expect(sameJson(null, {})).to.be.false;
  });
});
