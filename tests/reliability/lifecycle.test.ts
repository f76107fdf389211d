/**
 * Resilience: 500 connect/disconnect cycles of every element (alone and inside
 * `<care-network>`, new elements and the same one again) leave nothing running: no listener on
 * window/document, no pending timeout, interval or animation frame (the layout's sliced runner
 * included), no element still watched by a Resize/Mutation/Intersection observer, and the
 * shared store keeps no subscriber of an element that left. A deliberately leaking peer shows
 * that the counting catches a leak. Retained memory is measured by scripts/lifecycle-heap.mjs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { installResourceCounters, listenerList, liveResources } from './live-resources.js';
import { ELEMENT_TAGS, makeCycler, quiet } from './lifecycle-cycles.js';
import type { CareNetwork } from '../../src/model/types.js';
import { removePerson } from '../../src/model/operations/people.js';

installResourceCounters();

const CYCLES = 500;
/** Cycles of the same element connected again (a cheaper path: no new render tree). */
const SAME_CYCLES = 100;
const KEEP = new Set(['p-noor', 'p-linda', 'p-mark', 'p-ans', 'p-kees', 'p-greet', 'p-fleur', 'p-karin', 'p-sam', 'o-school']);

/** The care case cut to ten people (with their ties, plan and strategies): leaks do not depend on size, time does. */
function smallCase(full: CareNetwork): CareNetwork {
  let doc = full;
  for (const p of full.people) if (!KEEP.has(p.id) && p.id !== full.egoId) doc = removePerson(doc, p.id).doc;
  return doc;
}
let doc: CareNetwork;

before(async () => {
  await import('../../src/index.js');
  await import('./leaky-element.js');
  doc = smallCase(structuredClone((await import('../fixtures/care-case.js')).careCase));
});

async function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div lang="nl" style="width: 900px; height: 700px"></div>`);
}

describe('lifecycle: 500 connect/disconnect cycles leave nothing running', function () {
  this.timeout(300000);

  for (const tag of ELEMENT_TAGS) {
    for (const shared of [false, true]) {
      // The same element again: alone (inside a provider it is the same code path).
      for (const fresh of shared ? [true] : [true, false]) {
        const label = `${tag}${shared ? ' inside <care-network>' : ''}, ${fresh ? 'a new element' : 'the same element'} each cycle`;
        it(`${label} (${fresh ? CYCLES : SAME_CYCLES} cycles): no listeners, timers, frames or observers left`, async () => {
          const box = await container();
          const cycle = makeCycler(tag, doc, box, { shared, fresh, frameEvery: 5 });
          const n = fresh ? CYCLES : SAME_CYCLES;
          // Warm-up: one-time things (the lang observer, the context root) start here.
          await cycle(3);
          await quiet();
          const before = liveResources();
          const beforeListeners = listenerList();
          await cycle(n);
          await quiet();
          const after = liveResources();
          const extra = listenerList().filter((l) => !beforeListeners.includes(l));
          expect(after, `left after ${n} cycles (new listeners: ${extra.slice(0, 5).join(', ')})`).to.deep.equal(before);
        });
      }
    }
  }

  it('children that leave a <care-network> unsubscribe from its store', async () => {
    const box = await container();
    const provider = document.createElement('care-network') as unknown as HTMLElement & { network: CareNetwork; store: { listeners: Set<unknown> } };
    provider.network = doc;
    box.append(provider);
    const baseline = provider.store.listeners.size;
    for (let i = 0; i < 100; i++) {
      for (const tag of ELEMENT_TAGS) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        provider.append(el);
        await el.updateComplete;
        el.remove();
      }
    }
    await quiet();
    expect(provider.store.listeners.size).to.equal(baseline);
  });

  it('the counting catches a leaking element (a window listener per connection)', async () => {
    const box = await container();
    const cycle = makeCycler('leaky-peer', doc, box, { shared: false, fresh: true });
    await cycle(3);
    await quiet();
    const before = liveResources();
    await cycle(CYCLES);
    await quiet();
    expect(liveResources().listeners - before.listeners).to.equal(CYCLES);
  });
});
