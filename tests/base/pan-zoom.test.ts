import { expect, fixture } from '@open-wc/testing';
import { LitElement, html, svg } from 'lit';
import { PanZoomController } from '../../src/base/pan-zoom.js';
import { sendMouse } from '@web/test-runner-commands';

class PanZoomProbe extends LitElement {
  panZoom = new PanZoomController(this, { canPan: (e) => !(e.target as Element).closest('.node') });
  override render() {
    return html`<svg viewBox="0 0 400 200" style="width:400px;height:200px;display:block">
      <g transform=${this.panZoom.attribute}>${svg`<rect width="100" height="50"></rect><circle class="node" cx="300" cy="150" r="20"></circle>`}</g>
    </svg>`;
  }
  override updated() {
    this.panZoom.attach(this.renderRoot.querySelector('svg'));
  }
}
customElements.define('cn-pan-zoom-probe', PanZoomProbe);

describe('PanZoomController', () => {
  it('fits bounds into the viewport, centred', async () => {
    const el = await fixture<PanZoomProbe>(html`<cn-pan-zoom-probe></cn-pan-zoom-probe>`);
    el.panZoom.fit({ x: -100, y: -50, width: 200, height: 100 }, { width: 400, height: 200 }, 0);
    expect(el.panZoom.transform).to.deep.equal({ k: 2, x: 200, y: 100 });
  });

  it('zooms around a point, keeping it in place, within the scale limits', async () => {
    const el = await fixture<PanZoomProbe>(html`<cn-pan-zoom-probe></cn-pan-zoom-probe>`);
    el.panZoom.zoomBy(2, { x: 100, y: 100 });
    const { x, y, k } = el.panZoom.transform;
    expect(k).to.equal(2);
    // The drawing point that was under (100,100) is still there.
    expect((100 - x) / k).to.equal(100);
    expect((100 - y) / k).to.equal(100);
    el.panZoom.zoomBy(1000);
    expect(el.panZoom.transform.k).to.equal(5);
  });

  it('pans by dragging the background but not by dragging a node', async () => {
    const el = await fixture<PanZoomProbe>(html`<cn-pan-zoom-probe></cn-pan-zoom-probe>`);
    await el.updateComplete;
    const box = el.renderRoot.querySelector('svg')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 50), Math.round(box.top + 100)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 90), Math.round(box.top + 120)] });
    await sendMouse({ type: 'up' });
    expect(el.panZoom.transform.x).to.be.closeTo(40, 1);
    expect(el.panZoom.transform.y).to.be.closeTo(20, 1);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300 + 40), Math.round(box.top + 150 + 20)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), Math.round(box.top + 20)] });
    await sendMouse({ type: 'up' });
    expect(el.panZoom.transform.x).to.be.closeTo(40, 1);
  });
});
