// Runs under a strict Content Security Policy with Trusted Types (the header is set by
// scripts/csp-check.mjs): renders every element on the care case, edits through the shared
// store and through each element's own buttons, and reports every violation.
import '../../src/index.js';
import { careCase } from '../fixtures/care-case.js';
import { generateFamily } from '../fixtures/generate-family.js';
import { updatePerson, addPerson } from '../../src/model/operations/index.js';
import type { CareNetworkProvider } from '../../src/components/care-network/care-network.component.js';

declare global {
  interface Window {
    __csp?: { violations: string[]; rendered: Record<string, number>; edits: number; done: boolean; workerRequested: boolean };
  }
}

const report = { violations: [] as string[], rendered: {} as Record<string, number>, edits: 0, done: false, workerRequested: false };
window.__csp = report;
document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));

void (async () => {
  const net = document.getElementById('net') as CareNetworkProvider;
  net.network = careCase;
  await frame();
  net.store.apply((doc) => updatePerson(doc, doc.egoId, { name: 'Noor <b>Bakker</b>' }));
  net.store.apply((doc) => addPerson(doc, { kind: 'person', name: '<img src=x onerror=alert(1)>', sector: 'friends' }));
  report.edits += 2;
  await frame();
  for (const tag of ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist']) {
    const el = document.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    if (!el || !customElements.get(tag)) continue;
    await el.updateComplete;
    report.rendered[tag] = el.shadowRoot?.querySelectorAll('*').length ?? 0;
    // Open the table view where there is one (a second template path), then undo an edit.
    const toggle = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /tabel|table/i.test(b.textContent ?? ''));
    toggle?.click();
    await frame();
  }
  // A big family: the layout runs in a module worker (or, where a policy forbids the worker,
  // on the main thread); either way without a violation.
  const big = document.getElementById('big') as HTMLElement & { network?: unknown; drawn?: Promise<unknown>; updateComplete?: Promise<unknown> };
  big.network = generateFamily({ size: 100, seed: 3 });
  await big.updateComplete;
  await big.drawn;
  report.workerRequested = performance.getEntriesByType('resource').some((e) => e.name.includes('genogram-worker'));
  report.rendered['genogram-editor (100 people)'] = big.shadowRoot?.querySelectorAll('*').length ?? 0;
  net.undo();
  net.redo();
  report.edits += 2;
  await frame();
  report.done = true;
})();
