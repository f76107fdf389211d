import { expect, fixture } from '@open-wc/testing';
import { html, svg } from 'lit';
import { exportFileName, serializeSvg, svgToPng } from '../../src/base/export.js';
import { createPrintFrame } from '../../src/base/print-frame.js';

describe('serializeSvg', () => {
  it('writes computed styles inline and removes scripts, event attributes and external links', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--line: rgb(10, 20, 30)">
      <svg viewBox="0 0 100 50" width="200" height="100">
        <style>.tie { stroke: var(--line); stroke-dasharray: 4 2; }</style>
        ${svg`<line class="tie" x1="0" y1="0" x2="100" y2="50" onclick="alert(1)"></line>
        <text x="5" y="20" style="font-size: 12px">&lt;script&gt;alert(1)&lt;/script&gt;</text>
        <a href="https://example.org/x"><circle cx="50" cy="25" r="5"></circle></a>
        <g style="display: none"><circle id="hidden" r="3"></circle></g>`}
      </svg>
    </div>`);
    const element = host.querySelector('svg')!;
    // A script element added by hostile data must never reach the file.
    element.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'script'));
    const text = serializeSvg(element, { title: 'Netwerk <van> Sanne' });
    expect(text).to.match(/^<\?xml/);
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).to.contain('stroke="rgb(10, 20, 30)"');
    expect(text).to.match(/stroke-dasharray="4(px)?,? 2(px)?"/);
    expect(text).not.to.match(/<script/i);
    expect(text).not.to.match(/\son\w+=/i);
    expect(text).not.to.contain('https://example.org');
    expect(text).not.to.contain('id="hidden"');
    expect(text).to.contain('<title>Netwerk &lt;van&gt; Sanne</title>');
    expect(text).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.documentElement.getAttribute('width')).to.equal('100');
  });

  it('makes a PNG of the exported SVG', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><svg viewBox="0 0 40 20"><rect width="40" height="20" fill="red"></rect></svg></div>`);
    const blob = await svgToPng(serializeSvg(host.querySelector('svg')!), 40, 20, 1);
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
  });
});

function drawing(): SVGSVGElement {
  const svgEl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svgEl.setAttribute('viewBox', '0 0 10 10');
  svgEl.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'circle')).setAttribute('r', '4');
  return svgEl;
}

describe('print view', () => {
  it('builds a print document with title, subtitle, page size and the drawing', () => {
    const frame = createPrintFrame({
      title: 'Plan van Sanne',
      subtitle: '22 november 2026',
      size: 'A3',
      orientation: 'landscape',
      content: [drawing(), document.createTextNode('Legenda')],
      lang: 'nl',
    });
    try {
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h1')!.textContent).to.equal('Plan van Sanne');
      expect(doc.body.textContent).to.contain('22 november 2026');
      expect(doc.body.textContent).to.contain('Legenda');
      expect(doc.querySelector('.cn-print-svg svg circle')).to.exist;
      const rules = [...doc.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n');
      expect(rules).to.match(/@page\s*\{[^}]*size:\s*A3 landscape/i);
      expect(doc.documentElement.lang).to.equal('nl');
    } finally {
      frame.remove();
    }
  });

  it('gives export files a plain name with the date', () => {
    expect(exportFileName('Netwerkcirkels van Zoë de Vries', 'svg', new Date(2026, 10, 2))).to.equal(
      'netwerkcirkels-van-zoe-de-vries-2026-11-02.svg',
    );
  });
});
