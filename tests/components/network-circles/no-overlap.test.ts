import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/network-circles.js';
import { generateNetwork } from '../../fixtures/generate-network.js';
import { drawnAt, root } from './helpers.js';

/** A person's drawn box (symbol, initials and name label) in drawing coordinates. */
function drawnBox(g: SVGGElement): { x: number; y: number; w: number; h: number } {
  const at = drawnAt(g);
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const part of g.querySelectorAll<SVGGraphicsElement>('.symbol, .label')) {
    const b = part.getBBox();
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  return { x: at.x + x1, y: at.y + y1, w: x2 - x1, h: y2 - y1 };
}

describe('<network-circles> labels never overlap', () => {
  // Generated networks whose inner cells are full: with boxes allowed 60 % of a cell the
  // placement found no free spot there and labels overlapped (2–5 pairs on these seeds).
  for (const [people, seed] of [
    [150, 3],
    [300, 4],
    [500, 4],
  ]) {
    it(`${people} people (seed ${seed}): no two people's symbols or labels overlap`, async () => {
      const doc = generateNetwork({ people, seed });
      const wrapper = await fixture<HTMLElement>(html`<div lang="en" style="width: 900px"><network-circles .network=${doc}></network-circles></div>`);
      const el = wrapper.querySelector('network-circles')!;
      await el.layoutComplete();
      // Zoomed out this far the names are hidden (initials only); zooming in shows them at the
      // same drawing coordinates. Show them as zoomed in, to measure them.
      root(el).querySelector('svg.picture')!.classList.remove('compact');
      const groups = [...root(el).querySelectorAll<SVGGElement>('svg.picture g.person:not(.client)')];
      expect(groups.length).to.equal(people - 1);
      const boxes = groups.map((g) => ({ id: g.dataset.id!, ...drawnBox(g) }));
      for (const b of boxes) expect(b.w, `${b.id} has a drawn label`).to.be.greaterThan(36);
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlapping.push(`${a.id}×${b.id}`);
        }
      expect(overlapping, 'overlapping pairs').to.deep.equal([]);
    });
  }
});
