import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import type { CareNetwork, EmotionalKind } from '../../../src/model/types.js';
import { careCase } from '../../fixtures/care-case.js';
import { mulberry32 } from '../../fixtures/generate-network.js';
import { generateFamily } from './generate-family.js';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function render(network: CareNetwork) {
  const el = await fixture<GenogramEditor>(html`<genogram-editor lang="nl" .network=${network}></genogram-editor>`);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

const all = (el: GenogramEditor, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as SVGGraphicsElement[];
const rectOf = (node: Element, shrink = 1): Rect => {
  const r = node.getBoundingClientRect();
  return { left: r.left + shrink, top: r.top + shrink, right: r.right - shrink, bottom: r.bottom - shrink };
};
const inside = (p: { x: number; y: number }, r: Rect) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;

/** Points along a path every few units, in screen pixels. */
function samples(path: SVGPathElement): Array<{ x: number; y: number }> {
  const m = path.getScreenCTM()!;
  const len = path.getTotalLength();
  const out: Array<{ x: number; y: number }> = [];
  for (let t = 0; t <= len; t += 3) {
    const p = path.getPointAtLength(t);
    out.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
  }
  return out;
}

/**
 * Every relation line point that falls inside a symbol or name label of someone else, or inside
 * a name label of its own people, or inside a partnership's dates.
 */
function overlaps(el: GenogramEditor, network: CareNetwork): string[] {
  const people = network.people.map((p) => p.id);
  const symbols = new Map(people.map((id) => [id, all(el, `[data-person="${id}"] .shape`).map((n) => rectOf(n))]));
  // A text's box is its font's em box (Firefox's reaches well above the capitals): 2 px in.
  const names = new Map(people.map((id) => [id, all(el, `[data-node="${id}"] .labels text.name, [data-node="${id}"] .labels text.years`).map((n) => rectOf(n, 2))]));
  const dates = all(el, 'g.unions .union-date').map((n) => rectOf(n));
  const relations = all(el, 'g.relations > .relation');
  const found: string[] = [];
  expect(relations.length).to.equal(network.emotionalRelations.length);
  relations.forEach((g) => {
    const label = g.getAttribute('aria-label')!;
    const [from, to] = ownersOf(network, label);
    const blocked: Array<[string, Rect]> = [];
    for (const id of people) {
      if (id !== from && id !== to) for (const r of symbols.get(id) ?? []) blocked.push([`symbol ${id}`, r]);
      for (const r of names.get(id) ?? []) blocked.push([`name ${id}`, r]);
    }
    for (const r of dates) blocked.push(['dates', r]);
    for (const path of g.querySelectorAll('path.rel-line'))
      for (const p of samples(path as SVGPathElement)) {
        const hit = blocked.find(([, r]) => inside(p, r));
        if (hit) {
          found.push(`${label}: ${hit[0]}`);
          return;
        }
      }
  });
  return found;
}

/** The two people of a relation, from the names its accessible label gives. */
function ownersOf(network: CareNetwork, label: string): [string, string] {
  const names = new Map(network.people.map((p) => [p.id, p.name]));
  const rel = network.emotionalRelations.find((r) => label.includes(names.get(r.from)!) && label.includes(names.get(r.to)!));
  return rel ? [rel.from, rel.to] : ['', ''];
}

/** A generated family with relations across generations and along rows. */
function familyWithRelations(): CareNetwork {
  const doc = generateFamily(40, 11);
  const rnd = mulberry32(5);
  const kinds: EmotionalKind[] = ['conflict', 'close', 'cutoff', 'harmony', 'focused-on', 'distant', 'hostile'];
  const ids = doc.people.map((p) => p.id);
  const seen = new Set<string>();
  for (let i = 0; doc.emotionalRelations.length < 14 && i < 200; i++) {
    const from = ids[Math.floor(rnd() * ids.length)];
    const to = ids[Math.floor(rnd() * ids.length)];
    const key = [from, to].sort().join('|');
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    doc.emotionalRelations.push({ id: `e${i}`, from, to, kind: kinds[i % kinds.length] });
  }
  // Unique names, so each relation's label names its two people.
  doc.people.forEach((p, i) => (p.name = `${p.name.split(' ')[0]} ${i}`));
  return doc;
}

describe('<genogram-editor> relation routing', () => {
  it('keeps relation lines of the care case off other people’s symbols, every name and the dates', async () => {
    const el = await render(careCase);
    expect(overlaps(el, careCase)).to.deep.equal([]);
  });

  it('keeps relation lines of a generated family off other symbols, names and dates', async () => {
    const doc = familyWithRelations();
    const el = await render(doc);
    const found = overlaps(el, doc);
    expect(found).to.deep.equal([]);
  });

  it('lets a relation from a person above leave beside their own name, not through it', async () => {
    const el = await render(careCase);
    const ans = all(el, '[data-node="p-ans"] .labels text.name').map((n) => rectOf(n, 0));
    const wave = all(el, 'g.relations > .relation[data-kind="harmony"] path.rel-line');
    expect(wave.length).to.be.greaterThan(0);
    const pts = wave.flatMap((path) => samples(path as unknown as SVGPathElement));
    expect(pts.filter((p) => ans.some((r) => inside(p, r)))).to.deep.equal([]);
  });
});

describe('<genogram-editor> household captions', () => {
  /** Lines crossing each household caption: every drawn line, sampled. */
  function crossings(el: GenogramEditor): string[] {
    const captions = all(el, 'g.households .household-name');
    expect(captions.length).to.be.greaterThan(0);
    const lines = all(el, 'g.relations path, g.unions path, g.unions line, g.people path.bracket');
    const found: string[] = [];
    for (const caption of captions) {
      const box = rectOf(caption, 0);
      for (const line of lines) {
        if (!('getTotalLength' in line)) continue;
        const pts = samples(line as unknown as SVGPathElement);
        if (pts.some((p) => inside(p, box))) found.push(`${caption.textContent}: ${line.closest('[class]')!.getAttribute('class')} ${line.getAttribute('d')?.slice(0, 40)}`);
      }
      for (const other of all(el, 'g.households .household')) {
        if (other.contains(caption)) continue;
        for (const r of other.querySelectorAll('rect.household-line'))
          if (boxesMeet(rectOf(r, 0), box)) found.push(`${caption.textContent}: another household`);
      }
    }
    return found;
  }
  const boxesMeet = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('puts each caption of the care case where no line crosses it, inside its boundary', async () => {
    const el = await render(careCase);
    expect(crossings(el)).to.deep.equal([]);
    for (const caption of all(el, 'g.households .household-name')) {
      const box = rectOf(caption, 0);
      const bands = [...caption.closest('.household')!.querySelectorAll('rect.household-line')].map((r) => rectOf(r, 0));
      expect(bands.some((b) => box.left >= b.left && box.right <= b.right && box.top >= b.top && box.bottom <= b.bottom), caption.textContent!).to.be.true;
    }
  });
});
