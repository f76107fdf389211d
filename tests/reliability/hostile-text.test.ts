import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { careCase } from '../fixtures/care-case.js';
import { serializeSvg } from '../../src/base/export.js';
import type { CareNetwork } from '../../src/model/types.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'مريم <b>العلي</b>',
  'Zoë e\u0301\u0301\u0301 \u202eevil',
  'W'.repeat(5000),
];

/** The care case with hostile names, notes and plan text in every place the elements show. */
function hostileCase(): CareNetwork {
  const doc = structuredClone(careCase);
  doc.people.forEach((p, i) => {
    if (i < HOSTILE.length * 2) p.name = `${HOSTILE[i % HOSTILE.length]} ${p.name}`;
    p.notes = HOSTILE[i % HOSTILE.length];
  });
  doc.plan.questions.forEach((q, i) => (q.text = HOSTILE[i % HOSTILE.length]));
  doc.plan.agreements.forEach((a, i) => (a.what = HOSTILE[(i + 1) % HOSTILE.length]));
  doc.plan.conditions.forEach((c) => (c.agency = HOSTILE[0]));
  return doc;
}

const TAGS = ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'];

function injected(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('script, img[src="x"], b')];
}

describe('hostile text renders as text in every element', () => {
  for (const tag of TAGS) {
    it(`${tag}: markup, scripts, RTL, combining marks and very long names stay text (picture, table, export)`, async () => {
      window.__pwned = undefined;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1000px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { network: CareNetwork; updateComplete: Promise<unknown> };
      el.network = hostileCase();
      wrapper.appendChild(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      const root = el.shadowRoot!;
      expect(injected(root), 'no injected elements').to.have.length(0);
      expect(root.textContent, 'the markup is shown as text').to.match(/<\w/);
      // The table view (where there is one) is a second rendering path.
      const toggle = [...root.querySelectorAll('button')].find((b) => /tabel|table/i.test(b.textContent ?? ''));
      if (toggle) {
        toggle.click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 100));
        expect(injected(root), 'no injected elements in the table').to.have.length(0);
      }
      const picture = root.querySelector('svg');
      if (picture && picture.getBoundingClientRect().width > 0) {
        const file = serializeSvg(picture, { title: HOSTILE[1] });
        expect(file).not.to.match(/<script/i);
        expect(file).not.to.match(/\son[a-z]+=/i);
        expect(new DOMParser().parseFromString(file, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
      }
      expect(window.__pwned, 'no script ran').to.equal(undefined);
    });
  }
});
