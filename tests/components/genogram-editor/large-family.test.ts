import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import { generateFamily } from './generate-family.js';

const shown = (el: GenogramEditor) => el.shadowRoot!.querySelectorAll('svg[part="drawing"] [data-person]').length;
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('<genogram-editor> big families never freeze the page', () => {
  it('lays out off the main thread and builds the drawing over frames, nearest the client first', async () => {
    const family = generateFamily(300);
    const el = await fixture<GenogramEditor>(html`<genogram-editor large-family="100000" .network=${family}></genogram-editor>`);
    // The layout is on its way: the page says so and the drawing is marked busy.
    expect(el.layingOut).to.be.true;
    expect(el.shadowRoot!.querySelector('svg[part="drawing"]')!.getAttribute('aria-busy')).to.equal('true');
    for (let i = 0; i < 2000 && el.layingOut; i++) await tick();
    await el.updateComplete;
    // The first slice holds the client; the rest follows frame by frame.
    expect(shown(el)).to.be.greaterThan(0).and.lessThan(300);
    expect(el.shadowRoot!.querySelector(`[data-person="${family.egoId}"]`)).to.exist;
    await el.drawn;
    expect(shown(el)).to.equal(300);
    expect(el.shadowRoot!.querySelector('svg[part="drawing"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.layout.quality.overlaps).to.equal(0);
  });

  it('keeps the keyboard walk working in a big drawing', async () => {
    const family = generateFamily(200);
    const el = await fixture<GenogramEditor>(html`<genogram-editor large-family="100000" .network=${family}></genogram-editor>`);
    await el.drawn;
    const next = el.walk('up');
    expect(next).to.be.a('string');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-person')).to.equal(next);
  });
});
