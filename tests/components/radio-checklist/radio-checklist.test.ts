import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import '../../../src/radio-checklist.js';
import '../../../src/care-network.js';
import '../../../src/plan-board.js';
import type { RadioChecklist } from '../../../src/radio-checklist.js';
import type { CareNetworkProvider } from '../../../src/components/care-network/care-network.component.js';
import type { CareNetworkChangeDetail } from '../../../src/base/events.js';
import type { CareNetwork } from '../../../src/model/types.js';
import { radioNetwork } from './radio-network.js';
import { createPrintFrame } from '../../../src/base/print-frame.js';
import { careCase } from '../../fixtures/care-case.js';

async function mount(network: CareNetwork = radioNetwork(), lang = 'nl'): Promise<RadioChecklist> {
  const el = await fixture<RadioChecklist>(html`<radio-checklist lang=${lang} .network=${network}></radio-checklist>`);
  await el.updateComplete;
  // A real click on the (inert) title makes this page the active window: Firefox applies
  // :focus-within and delivers keys only to an active window, and an earlier test file may have
  // left another page active.
  await clickOn(el.shadowRoot!.querySelector('h2')!);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: RadioChecklist, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const row = (el: RadioChecklist, id: string) => $(el, `li.row[data-row="${id}"]`);
const box = (el: RadioChecklist, id: string, kind: string) =>
  row(el, id).querySelector<HTMLInputElement>(`input[type=checkbox][name="${kind}"]`)!;
const docOf = (el: RadioChecklist) => (el as unknown as { store: { doc: CareNetwork } }).store.doc;

async function clickOn(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('<radio-checklist>', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the client first, then the network, then every member grouped by life domain', async () => {
    const el = await mount();
    const headings = [...el.shadowRoot!.querySelectorAll('.group h3')].map((h) => h.textContent!.replace(/\(\d+\)/, '').trim());
    expect(headings).to.deep.equal(['De cliënt', 'Het hele netwerk', 'Familie', 'Vrienden', 'Buren, werk en school', 'Hulpverleners']);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.row);
    // Closest first within a group (Mama is in ring 1, Oma and Kevin in ring 2).
    expect(rows).to.deep.equal(['client', 'network', 'mama', 'oma', 'broer', 'lotte', 'els', 'coach']);
    // The network row offers Uitbreiden; person rows offer RADIO.
    expect([...row(el, 'network').querySelectorAll('input[type=checkbox]')].map((i) => (i as HTMLInputElement).name)).to.deep.equal(['uitbreiden']);
    expect(row(el, 'oma').querySelectorAll('input[type=checkbox]')).to.have.length(5);
  });

  it('groups by ring when asked, from the toolbar', async () => {
    const el = await mount();
    const select = $(el, '.toolbar select') as HTMLSelectElement;
    select.value = 'ring';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.groupBy).to.equal('ring');
    const headings = [...el.shadowRoot!.querySelectorAll('.group h3')].map((h) => h.textContent!.replace(/\(\d+\)/, '').trim());
    expect(headings).to.deep.equal(['De cliënt', 'Het hele netwerk', 'Ring 1', 'Ring 2', 'Ring 3']);
  });

  it('filters by name and by "with a suggestion"', async () => {
    const el = await mount();
    el.search = 'oma';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.row)).to.deep.equal(['oma']);
    expect($(el, '.count').textContent).to.contain('1 van 8');
    el.search = '';
    el.show = 'with-suggestion';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.row)).to.deep.equal(['network', 'mama', 'oma', 'broer', 'lotte']);
    el.show = 'all';
    el.strategyFilter = 'intensiveren';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.row)).to.deep.equal(['els']);
  });

  it('writes a chosen strategy to the document with a real click, and emits care-network-change', async () => {
    const el = await mount();
    const changed = oneEvent(el, 'care-network-change');
    await clickOn(box(el, 'lotte', 'activeren'));
    const event = (await changed) as CustomEvent<CareNetworkChangeDetail>;
    expect(event.detail.change.type).to.equal('strategy-add');
    const added = docOf(el).strategies.find((s) => s.personId === 'lotte')!;
    expect(added).to.include({ kind: 'activeren', status: 'idea' });
    await el.updateComplete;
    expect(box(el, 'lotte', 'activeren').checked).to.equal(true);
    // More than one strategy per person.
    await clickOn(box(el, 'lotte', 'intensiveren'));
    expect(docOf(el).strategies.filter((s) => s.personId === 'lotte').map((s) => s.kind)).to.deep.equal(['activeren', 'intensiveren']);
    // Unchecking removes it.
    await el.updateComplete;
    await clickOn(box(el, 'lotte', 'activeren'));
    expect(docOf(el).strategies.filter((s) => s.personId === 'lotte').map((s) => s.kind)).to.deep.equal(['intensiveren']);
  });

  it('toggles with the keyboard (Space) and undoes with Ctrl+Z', async () => {
    const el = await mount();
    const input = box(el, 'oma', 'onderhouden');
    input.focus();
    await sendKeys({ press: ' ' });
    expect(docOf(el).strategies.some((s) => s.personId === 'oma' && s.kind === 'onderhouden')).to.equal(true);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(docOf(el).strategies.some((s) => s.personId === 'oma' && s.kind === 'onderhouden')).to.equal(false);
    await el.updateComplete;
    expect(box(el, 'oma', 'onderhouden').checked).to.equal(false);
  });

  it('explains each strategy on focus and on hover (not only a title), and Escape hides it', async () => {
    const el = await mount();
    const input = box(el, 'oma', 'reanimeren');
    const explanation = input.closest('.choice-wrap')!.querySelector<HTMLElement>('.explanation')!;
    expect(getComputedStyle(explanation).display).to.equal('none');
    input.focus();
    await el.updateComplete;
    expect(getComputedStyle(explanation).display).to.equal('block');
    expect(explanation.textContent).to.contain('nieuw leven');
    // Screen readers get it as the description of the checkbox.
    expect(input.getAttribute('aria-describedby')).to.equal('explain-reanimeren');
    expect($(el, '#explain-reanimeren').textContent).to.contain('nieuw leven');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(explanation).display).to.equal('none');
    input.blur();
    const other = box(el, 'mama', 'deblokkeren');
    other.scrollIntoView({ block: 'center' });
    const r = other.closest('label')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    const tip = other.closest('.choice-wrap')!.querySelector<HTMLElement>('.explanation')!;
    expect(getComputedStyle(tip).display).to.equal('block');
  });

  it('sets status and note on a chosen strategy', async () => {
    const el = await mount();
    const detail = $(el, 'li.detail[data-strategy="s-els"]');
    const select = detail.querySelector('select')!;
    expect(select.value).to.equal('planned');
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    const note = detail.querySelector<HTMLInputElement>('input[type=text]')!;
    note.value = 'Elke woensdag koffie';
    note.dispatchEvent(new Event('change'));
    expect(docOf(el).strategies[0]).to.include({ status: 'in-progress', note: 'Elke woensdag koffie' });
  });

  it('shows explained suggestions for the right ties', async () => {
    const el = await mount();
    const text = (id: string) => [...row(el, id).querySelectorAll('.suggestion p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(text('oma')).to.deep.equal(['R Suggestie: Reanimeren, omdat het contact met Oma Jans fijn is, maar Sanne en Oma Jans elkaar zelden zien.']);
    expect(text('broer')[0]).to.match(/^D Suggestie: Deblokkeren, omdat er onenigheid is tussen Sanne en Kevin/);
    expect(text('lotte')[0]).to.match(/^O Suggestie: Onderhouden, omdat de band met Lotte sterk is/);
    expect(text('network')[0]).to.match(/^U Suggestie: Uitbreiden, omdat Mama Ingrid veel van de zorg/);
    expect(text('els')).to.deep.equal([]); // Intensiveren already chosen
    expect(text('coach')).to.deep.equal([]);
    // Never applied by itself.
    expect(box(el, 'oma', 'reanimeren').checked).to.equal(false);
  });

  it('a suggestion disappears when acted on', async () => {
    const el = await mount();
    await clickOn(row(el, 'oma').querySelector('button[data-accept="reanimeren:oma"]')!);
    await el.updateComplete;
    const s = docOf(el).strategies.find((x) => x.personId === 'oma')!;
    expect(s).to.include({ kind: 'reanimeren', status: 'idea', tieId: 't-oma' });
    expect(row(el, 'oma').querySelector('.suggestion')).to.equal(null);
    expect(box(el, 'oma', 'reanimeren').checked).to.equal(true);
    // Choosing the checkbox itself also counts as acting on it.
    await clickOn(box(el, 'broer', 'deblokkeren'));
    await el.updateComplete;
    expect(row(el, 'broer').querySelector('.suggestion')).to.equal(null);
  });

  it('a dismissed suggestion is stored in the document, stays away, and can come back', async () => {
    const el = await mount();
    await clickOn(row(el, 'lotte').querySelector('button[data-dismiss="onderhouden:lotte"]')!);
    await el.updateComplete;
    expect(docOf(el).dismissedSuggestions!.map((d) => d.key)).to.deep.equal(['onderhouden:lotte']);
    expect(row(el, 'lotte').querySelector('.suggestion')).to.equal(null);
    expect(box(el, 'lotte', 'onderhouden').checked).to.equal(false);
    const restore = $(el, 'button[data-restore="onderhouden:lotte"]');
    expect(restore).to.exist;
    restore.click();
    await el.updateComplete;
    expect(row(el, 'lotte').querySelector('.suggestion')).to.exist;
  });

  it('turns a strategy into a linked plan agreement in one undo step', async () => {
    const el = await mount();
    await clickOn(row(el, 'els').querySelector('button[data-make-agreement="s-els"]')!);
    await el.updateComplete;
    const dialog = $(el, 'dialog.agreement-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const what = dialog.querySelector('textarea')!;
    expect(what.value).to.equal('Vaker iets samen doen met Buurvrouw Els');
    expect((dialog.querySelector('select') as HTMLSelectElement).value).to.equal('q-contact');
    const who = [...dialog.querySelectorAll<HTMLInputElement>('input[name=who]')];
    expect(who.map((w) => [w.value, w.checked])).to.deep.equal([['els', true], ['client', true]]);
    const before = docOf(el);
    await clickOn(dialog.querySelector('button[type=submit]')!);
    await el.updateComplete;
    const doc = docOf(el);
    expect(doc.plan.agreements).to.have.length(1);
    const agreement = doc.plan.agreements[0];
    expect(agreement).to.include({ questionId: 'q-contact', what: 'Vaker iets samen doen met Buurvrouw Els', status: 'not-started' });
    expect(agreement.who).to.deep.equal(['els', 'client']);
    expect(doc.strategies[0].agreementId).to.equal(agreement.id);
    expect(row(el, 'els').querySelector('.agreement-what')!.textContent).to.equal('Afspraak: Vaker iets samen doen met Buurvrouw Els');
    expect(el.shadowRoot!.querySelector('dialog.agreement-dialog')).to.equal(null);
    // Focus goes back to the strategy, now on its link to the plan; the change is announced.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('Toon in plan');
    await new Promise((r) => setTimeout(r));
    expect($(el, '[role=status]').textContent).to.equal('Afspraak gemaakt: Vaker iets samen doen met Buurvrouw Els');
    el.undo();
    expect(docOf(el)).to.equal(before);
  });

  it('creates a new question when the plan has none, in the same undo step', async () => {
    const network = radioNetwork();
    const el = await mount({ ...network, plan: { ...network.plan, questions: [] } });
    el.openAgreementDialog('s-els');
    await el.updateComplete;
    const input = $(el, 'dialog.agreement-dialog input[name="new-question"]') as HTMLInputElement;
    expect(input.value).to.equal('Hoe houd ik goed contact met de mensen om me heen?');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.submitAgreement()).to.equal(undefined);
    await el.updateComplete;
    expect($(el, '.form-error').textContent).to.equal('Schrijf eerst de vraag op.');
    input.value = 'Meer mensen om me heen';
    input.dispatchEvent(new Event('input'));
    const agreementId = el.submitAgreement()!;
    const doc = docOf(el);
    expect(doc.plan.questions.map((q) => q.text)).to.deep.equal(['Meer mensen om me heen']);
    expect(doc.plan.agreements[0].questionId).to.equal(doc.plan.questions[0].id);
    expect(doc.strategies[0].agreementId).to.equal(agreementId);
    el.undo();
    expect(docOf(el).plan.questions).to.deep.equal([]);
    expect(docOf(el).plan.agreements).to.deep.equal([]);
  });

  it('asks what to do with the agreement when a linked strategy is removed', async () => {
    const el = await mount();
    el.openAgreementDialog('s-els');
    el.submitAgreement();
    await el.updateComplete;
    const agreementId = docOf(el).plan.agreements[0].id;

    // Cancel: nothing changes and the checkbox stays checked.
    await clickOn(box(el, 'els', 'intensiveren'));
    await el.updateComplete;
    const dialog = $(el, 'dialog.choice-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Vaker iets samen doen met Buurvrouw Els');
    await clickOn(dialog.querySelector('button[data-choice="cancel"]')!);
    await el.updateComplete;
    expect(docOf(el).strategies).to.have.length(1);
    expect(box(el, 'els', 'intensiveren').checked).to.equal(true);

    // Keep the agreement, remove the link.
    await clickOn(box(el, 'els', 'intensiveren'));
    await el.updateComplete;
    await clickOn($(el, 'dialog.choice-dialog button[data-choice="keep"]'));
    expect(docOf(el).strategies).to.deep.equal([]);
    expect(docOf(el).plan.agreements.map((a) => a.id)).to.deep.equal([agreementId]);

    // Undo, then remove both.
    el.undo();
    await el.updateComplete;
    await clickOn(box(el, 'els', 'intensiveren'));
    await el.updateComplete;
    await clickOn($(el, 'dialog.choice-dialog button[data-choice="both"]'));
    expect(docOf(el).strategies).to.deep.equal([]);
    expect(docOf(el).plan.agreements).to.deep.equal([]);
  });

  it('asks what to do with the strategy when its agreement is removed', async () => {
    const el = await mount();
    el.openAgreementDialog('s-els');
    el.submitAgreement();
    await el.updateComplete;
    const removeButton = [...row(el, 'els').querySelectorAll('button')].find((b) => b.textContent!.includes('Afspraak verwijderen'))!;
    await clickOn(removeButton);
    await el.updateComplete;
    await clickOn($(el, 'dialog.choice-dialog button[data-choice="keep"]'));
    const doc = docOf(el);
    expect(doc.plan.agreements).to.deep.equal([]);
    expect(doc.strategies).to.have.length(1);
    expect(doc.strategies[0].agreementId).to.equal(undefined);
  });

  it('emits strategy-select with the agreement for "Show in plan"', async () => {
    const el = await mount();
    el.openAgreementDialog('s-els');
    const id = el.submitAgreement();
    await el.updateComplete;
    const show = [...row(el, 'els').querySelectorAll('button')].find((b) => b.textContent!.includes('Toon in plan'))!;
    const selected = oneEvent(el, 'strategy-select');
    show.click();
    const event = await selected;
    expect(event.detail.agreement!.id).to.equal(id);
    expect(event.detail.personId).to.equal('els');
    expect(event.detail.strategy.kind).to.equal('intensiveren');
  });

  it('inside <care-network> it follows the shared people and writes through the shared store', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network lang="nl">
      <radio-checklist id="a"></radio-checklist>
      <radio-checklist id="b" readonly></radio-checklist>
    </care-network>`);
    provider.network = radioNetwork();
    const a = provider.querySelector<RadioChecklist>('#a')!;
    const b = provider.querySelector<RadioChecklist>('#b')!;
    await a.updateComplete;
    expect(row(a, 'oma')).to.exist;
    const changes: string[] = [];
    provider.addEventListener('care-network-change', (e) => changes.push(e.detail.change.type));
    a.openAgreementDialog('s-els');
    a.submitAgreement();
    // Through the shared store here; the next test checks the same in <plan-board>.
    const agreement = provider.network.plan.agreements[0];
    expect(agreement.who).to.deep.equal(['els', 'client']);
    expect(provider.network.strategies[0].agreementId).to.equal(agreement.id);
    // Each edit is shown at once; together they are one undo step (checked below).
    expect(changes).to.deep.equal(['agreement-add', 'strategy-update']);
    await b.updateComplete;
    expect(row(b, 'els').querySelector('.agreement-what')!.textContent).to.contain('Vaker iets samen doen');
    // A person added elsewhere shows up at once.
    provider.store.apply((doc) => ({
      doc: { ...doc, people: [...doc.people, { id: 'tante', kind: 'person', name: 'Tante Ria', sector: 'family' }] },
      change: { type: 'person-add', ids: ['tante'] },
    }));
    await a.updateComplete;
    expect(row(a, 'tante').querySelector('.name')!.textContent).to.equal('Tante Ria');
    provider.undo();
    provider.undo();
    expect(provider.network.plan.agreements).to.deep.equal([]);
    expect(provider.network.strategies[0].agreementId).to.equal(undefined);
  });

  it('an agreement made here shows in <plan-board> on the same page, and the two point at each other', async function () {
    this.timeout(60000);
    const provider = await fixture<CareNetworkProvider>(html`<care-network lang="nl">
      <radio-checklist></radio-checklist>
      <plan-board></plan-board>
    </care-network>`);
    provider.network = radioNetwork();
    const checklist = provider.querySelector<RadioChecklist>('radio-checklist')!;
    const board = provider.querySelector('plan-board')!;
    await checklist.updateComplete;
    await clickOn(row(checklist, 'els').querySelector('button[data-make-agreement="s-els"]')!);
    await checklist.updateComplete;
    await clickOn($(checklist, 'dialog.agreement-dialog button[type=submit]'));
    await board.updateComplete;
    const agreement = provider.network.plan.agreements[0];
    const card = board.shadowRoot!.querySelector(`[data-card="${agreement.id}"]`)!;
    expect(card, 'card on the board').to.exist;
    expect(card.textContent).to.contain('Vaker iets samen doen met Buurvrouw Els');
    expect(card.querySelector('.strategy-badge')!.textContent!.replace(/\s+/g, ' ')).to.contain('Intensiveren');

    // "Show in plan" selects the card on the board.
    await checklist.updateComplete;
    const show = [...row(checklist, 'els').querySelectorAll('button')].find((b) => b.textContent!.includes('Toon in plan'))!;
    show.click();
    expect(board.selectedId).to.equal(agreement.id);

    // Selecting the card on the board marks the strategy in the checklist.
    board.selectedId = '';
    await board.updateComplete;
    (board.shadowRoot!.querySelector(`[data-card="${agreement.id}"] button.card-title`) as HTMLElement).click();
    await checklist.updateComplete;
    expect($(checklist, 'li.detail[data-strategy="s-els"]').classList.contains('marked')).to.equal(true);

    // One undo takes the agreement off the board and the link off the strategy.
    provider.undo();
    await board.updateComplete;
    expect(board.shadowRoot!.querySelector(`[data-card="${agreement.id}"]`)).to.equal(null);
    expect(provider.network.strategies[0].agreementId).to.equal(undefined);
  });

  it('is read-only with `readonly`: no edits, no suggestions, disabled checkboxes', async () => {
    const el = await fixture<RadioChecklist>(html`<radio-checklist lang="nl" readonly .network=${radioNetwork()}></radio-checklist>`);
    expect(box(el, 'oma', 'reanimeren').matches(':disabled')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.suggestion')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-make-agreement]')).to.equal(null);
    expect(el.chooseStrategy('reanimeren', 'oma')).to.equal(undefined);
    expect(docOf(el).strategies).to.have.length(1);
  });

  it('summarises people per strategy and status, sectors without strategy, and extension', async () => {
    const el = await mount();
    const summary = $(el, '.summary');
    const intensiveren = [...summary.querySelectorAll('tbody tr')][3];
    expect([...intensiveren.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal(['1', '0', '1', '0', '0']);
    expect(summary.textContent).to.contain('Leefgebieden nog zonder strategie: Familie, Vrienden, Hulpverleners');
    expect(summary.textContent).to.contain('Er wordt nog niet gewerkt aan een groter netwerk.');
    el.chooseStrategy('uitbreiden', null);
    await el.updateComplete;
    expect($(el, '.summary').textContent).to.contain('Het netwerk wordt uitgebreid (één plan voor Uitbreiden).');
  });

  it('prints the checklist with the network summary through the shared print view', async () => {
    const el = await mount();
    el.openAgreementDialog('s-els');
    el.submitAgreement();
    const frame = createPrintFrame(el.printOptions(new Date(2026, 10, 22)));
    try {
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h1')!.textContent).to.equal('Netwerkstrategieën van Sanne');
      expect(doc.querySelector('.cn-print-header p')!.textContent).to.equal('Afgedrukt op 22 november 2026');
      const text = doc.body.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Leefgebieden nog zonder strategie: Familie, Vrienden, Hulpverleners');
      const els = [...doc.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'Buurvrouw Els')!;
      expect([...els.querySelectorAll('td.tick')].map((td) => td.textContent)).to.deep.equal(['☐', '☐', '☐', '✔', '☐', '☐']);
      expect(els.textContent!.replace(/\s+/g, ' ')).to.contain('Intensiveren (Gepland): Samen koffie op woensdag');
      expect(els.textContent).to.contain('Afspraak: Vaker iets samen doen met Buurvrouw Els');
      // Every member is on paper, also those without a strategy (to fill in by hand).
      expect(doc.querySelectorAll('tbody th[scope=row]').length).to.equal(6 + 8);
      expect(doc.querySelector('script')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('shows the fixture case: strategies linked by tie and to the plan, deceased and pregnancies left out', async function () {
    this.timeout(90000); // axe over ~30 rows takes long on a loaded machine
    const el = await mount(careCase);
    // Papa's Deblokkeren is stored on the tie; it shows in his row, linked to the mediation agreement.
    const mark = row(el, 'p-mark');
    expect(box(el, 'p-mark', 'deblokkeren').checked).to.equal(true);
    expect(mark.querySelector('.agreement-what')!.textContent).to.equal('Afspraak: Papa en mama gaan samen naar een gesprek bij een mediator.');
    expect(box(el, 'network', 'uitbreiden').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('li.row[data-row="p-henk"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('li.row[data-row="p-baby"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(radioNetwork(), 'en');
    expect($(el, 'header h2').textContent).to.equal('Network strategies (RADIO)');
    expect(row(el, 'oma').querySelector('.suggestion p')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Suggestion: Revive, because the contact with Oma Jans is good, but Sanne and Oma Jans meet rarely.',
    );
  });

  it('starts well with an empty network: one explained Uitbreiden suggestion', async () => {
    const el = await fixture<RadioChecklist>(html`<radio-checklist lang="nl"></radio-checklist>`);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.row);
    expect(rows).to.deep.equal(['client', 'network']);
    expect(row(el, 'network').querySelector('.suggestion p')!.textContent).to.contain('er nog niemand uit het eigen netwerk in de kaart staat');
    expect($(el, '.name').textContent).to.equal('Geen naam (cliënt)');
  });

  it('has 44px targets and fits 320px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('label.choice, button, select, input[type=text], input[type=search]')) {
      const r = target.getBoundingClientRect();
      if (r.width === 0) continue; // inside a closed <details>
      expect(r.height, target.outerHTML.slice(0, 80)).to.be.at.least(44);
    }
    expect(el.scrollWidth).to.be.at.most(320);
    const base = $(el, '.base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('is accessible (axe), also with a dialog open', async function () {
    this.timeout(60000);
    const el = await mount();
    await expect(el).to.be.accessible();
    el.openAgreementDialog('s-els');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
