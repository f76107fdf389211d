import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NetworkElement } from '../../src/base/network-element.js';
import { define } from '../../src/base/define.js';

/** A toolbar with a menu button at its start and one at its end, as the elements have. */
class DropdownProbe extends NetworkElement {
  override render() {
    return litHtml`<div style="display:flex;justify-content:space-between">
      <details class="dropdown first"><summary>Menu</summary>
        <div class="dropdown-panel"><button>Download the picture as SVG</button></div></details>
      <details class="dropdown last"><summary>Menu</summary>
        <div class="dropdown-panel"><button>Download the picture as SVG</button></div></details>
    </div>`;
  }
}
define('cn-dropdown-probe', DropdownProbe);

async function open(el: DropdownProbe, which: string) {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(`details.${which}`)!;
  const toggled = oneEvent(details, 'toggle');
  details.open = true;
  await toggled;
  return { details, panel: details.querySelector<HTMLElement>('.dropdown-panel')!.getBoundingClientRect() };
}

describe('dropdown menus stay inside the element', () => {
  it('a menu at the start of a narrow toolbar opens towards the end instead of off the left edge', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px;margin-left:20px"><cn-dropdown-probe></cn-dropdown-probe></div>`);
    const el = wrap.querySelector<DropdownProbe>('cn-dropdown-probe')!;
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const { details, panel } = await open(el, 'first');
    expect(details.dataset.align).to.equal('start');
    expect(panel.left).to.be.at.least(host.left - 0.5);
  });

  it('a menu at the end keeps its end alignment (it fits)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px;margin-left:20px"><cn-dropdown-probe></cn-dropdown-probe></div>`);
    const el = wrap.querySelector<DropdownProbe>('cn-dropdown-probe')!;
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const { details, panel } = await open(el, 'last');
    expect(details.dataset.align).to.equal(undefined);
    expect(panel.right).to.be.at.most(host.right + 0.5);
    expect(panel.left).to.be.at.least(host.left - 0.5);
  });
});
