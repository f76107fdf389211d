import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import { notationFamily } from './notation-family.js';
import { generateFamily } from './generate-family.js';

describe('<genogram-editor> export and zoom', () => {
  it('exports a self-contained SVG of the whole family with the legend, title and no scripts', async () => {
    const el = await fixture<GenogramEditor>(html`<genogram-editor lang="nl" .network=${notationFamily()}></genogram-editor>`);
    const text = await el.toSvg();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(svg.nodeName).to.equal('svg');
    expect(svg.querySelector('title')!.textContent).to.match(/^Genogram van Sanne — \d+ \w+ \d{4}$/);
    expect(svg.querySelectorAll('.person').length).to.equal(24);
    expect(svg.querySelector('.export-legend .legend-title')!.textContent).to.equal('Legenda');
    expect([...svg.querySelectorAll('.export-legend .legend-text')].map((t) => t.textContent)).to.include('gescheiden');
    expect(svg.querySelectorAll('script').length).to.equal(0);
    expect(text).to.not.match(/\son[a-z]+=/i);
    // No zoom transform and no selection ring in the file; styles are inline.
    expect(svg.querySelector('g.viewport')!.hasAttribute('transform')).to.be.false;
    expect(svg.querySelectorAll('.person.selected').length).to.equal(0);
    expect(svg.querySelector('.shape')!.getAttribute('stroke')).to.match(/^rgb/);
    // The element is back to normal afterwards.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.export-legend').length).to.equal(0);
  });

  it('zooms with the buttons and the keys, and fits the family into view', async () => {
    const el = await fixture<GenogramEditor>(html`<genogram-editor .network=${generateFamily(9)}></genogram-editor>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    const g = () => el.shadowRoot!.querySelector('g.viewport')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(g().getAttribute('transform')!)![1]);
    const fitted = scale();
    // The whole family fits into the drawing area.
    const area = el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    const drawn = g().getBoundingClientRect();
    expect(drawn.width).to.be.at.most(area.width + 1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await el.updateComplete;
    expect(scale()).to.be.closeTo(fitted * 1.25, 0.01);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-fit"]')!.click();
    await el.updateComplete;
    expect(scale()).to.be.closeTo(fitted, 0.01);
  });

  it('keeps a wide family readable on a small screen: no smaller than 0.55, centred on the selected person', async () => {
    const el = await fixture<GenogramEditor>(html`<div style="width:320px"><genogram-editor .network=${notationFamily()}></genogram-editor></div>`);
    const editor = el.querySelector('genogram-editor')!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await editor.updateComplete;
    const transform = editor.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')!;
    expect(Number(/scale\(([\d.]+)\)/.exec(transform)![1])).to.equal(0.55);
    const area = editor.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    const client = editor.shadowRoot!.querySelector('[data-person="sanne"] .shape')!.getBoundingClientRect();
    expect(client.left).to.be.greaterThan(area.left);
    expect(client.right).to.be.lessThan(area.right);
  });
});
