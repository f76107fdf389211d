import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/network-circles.js';
import type { NetworkCircles } from '../../../src/network-circles.js';
import type { CareNetwork } from '../../../src/model/types.js';

export async function mount(network: CareNetwork, lang = 'en'): Promise<NetworkCircles> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><network-circles .network=${network}></network-circles></div>`);
  const el = wrapper.querySelector('network-circles')!;
  await el.layoutComplete();
  return el;
}

export const root = (el: NetworkCircles) => el.shadowRoot!;

export function personEl(el: NetworkCircles, id: string): SVGGElement | null {
  return root(el).querySelector<SVGGElement>(`g.person[data-id="${id}"]`);
}

/** Drawing coordinates of a person, read from its transform. */
export function drawnAt(g: SVGGElement): { x: number; y: number } {
  const m = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!;
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** Ring radii as drawn: [centre, ring 1, ring 2, …]. */
export function drawnRadii(el: NetworkCircles): number[] {
  return [...root(el).querySelectorAll('circle.ring-line')].map((c) => Number(c.getAttribute('r'))).sort((a, b) => a - b);
}

/** Angle in degrees clockwise from 12 o'clock. */
export function angleOf(p: { x: number; y: number }): number {
  const a = (Math.atan2(p.x, -p.y) * 180) / Math.PI;
  return a < 0 ? a + 360 : a;
}

/** A drawing point to viewport (CSS px) coordinates, for sendMouse. */
export function toClient(el: NetworkCircles, p: { x: number; y: number }): [number, number] {
  const viewport = root(el).querySelector<SVGGElement>('g.viewport')!;
  const m = viewport.getScreenCTM()!;
  const q = new DOMPoint(p.x, p.y).matrixTransform(m);
  return [Math.round(q.x), Math.round(q.y)];
}

export function centreOf(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** A real mouse drag in small steps (pointer events come from the browser, not from script). */
export async function drag(from: [number, number], to: [number, number], steps = 8): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * i) / steps);
    const y = Math.round(from[1] + ((to[1] - from[1]) * i) / steps);
    await sendMouse({ type: 'move', position: [x, y] });
  }
  await sendMouse({ type: 'up' });
}

export function polar(angle: number, radius: number): { x: number; y: number } {
  const a = (angle * Math.PI) / 180;
  return { x: Math.sin(a) * radius, y: -Math.cos(a) * radius };
}

/**
 * Forced colours cannot be switched on through the test runner's media emulation (Chromium via
 * puppeteer has no forced-colors switch there), so this applies the element's own
 * `@media (forced-colors: active)` rules unconditionally: the same CSS a Windows high-contrast
 * user gets, with the real system colours (Canvas, CanvasText, Highlight).
 */
export function emulateForcedColors(el: NetworkCircles): void {
  const shadow = root(el);
  const rules: string[] = [];
  for (const sheet of shadow.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
        for (const inner of rule.cssRules) rules.push(inner.cssText);
      }
    }
  }
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, forced];
}
