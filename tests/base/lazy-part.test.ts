import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CareElement } from '../../src/base/care-element.js';
import { LazyPart } from '../../src/base/lazy-part.js';
import { define } from '../../src/base/define.js';

/** A module that arrives when the test says so (or fails), like a chunk over a slow network. */
function deferredModule() {
  let resolve!: (m: { label: string }) => void;
  let reject!: (e: Error) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<{ label: string }>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return { load, resolve: (label: string) => resolve({ label }), fail: () => reject(new Error('offline')), calls: () => calls };
}

class LazyProbe extends CareElement {
  show = false;
  module = deferredModule();
  lazy = new LazyPart(this, this.module.load);
  override render() {
    return litHtml`<p>${this.show ? (this.lazy.get()?.label ?? 'loading') : 'closed'}</p>`;
  }
}
define('cn-lazy-probe', LazyProbe);

const text = (el: LazyProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyPart', () => {
  it('loads on first use, renders again when it arrives, and updateComplete waits for it', async () => {
    const el = await fixture<LazyProbe>(html`<cn-lazy-probe></cn-lazy-probe>`);
    expect(el.module.calls(), 'nothing loaded before it is used').to.equal(0);
    el.show = true;
    el.requestUpdate();
    let settled = false;
    const done = el.updateComplete.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(text(el)).to.equal('loading');
    expect(settled, 'updateComplete waits for the load').to.equal(false);
    el.module.resolve('the dialog');
    await done;
    expect(text(el)).to.equal('the dialog');
    expect(el.lazy.loaded).to.equal(true);
    expect(el.module.calls()).to.equal(1);
  });

  it('a failed load does not hang updateComplete and is tried again on the next use', async () => {
    const el = await fixture<LazyProbe>(html`<cn-lazy-probe></cn-lazy-probe>`);
    el.show = true;
    el.requestUpdate();
    await new Promise((r) => setTimeout(r, 0));
    el.module.fail();
    await el.updateComplete;
    expect(text(el)).to.equal('loading');
    el.requestUpdate();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.module.calls(), 'tried again').to.equal(2);
    el.module.resolve('second try');
    await el.updateComplete;
    expect(text(el)).to.equal('second try');
  });
});
