import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import '../../../src/plan-board.js';
import '../../../src/care-network.js';
import type { PlanBoard, AgreementSelectDetail } from '../../../src/plan-board.js';
import type { CareNetworkProvider } from '../../../src/components/care-network/care-network.component.js';
import type { CareNetworkChangeDetail } from '../../../src/base/events.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import { updatePerson } from '../../../src/model/operations/index.js';
import type { CareNetwork } from '../../../src/model/types.js';
import { samplePlan } from '../../../stories/plan-board.fixtures.js';
import { careCase } from '../../fixtures/care-case.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel)!;
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];

/** The latest document, as the host sees it through `care-network-change`. */
function track(el: HTMLElement): { doc?: CareNetwork; count: number } {
  const seen: { doc?: CareNetwork; count: number } = { count: 0 };
  el.addEventListener('care-network-change', (e) => {
    seen.doc = (e as CustomEvent<CareNetworkChangeDetail>).detail.doc;
    seen.count++;
  });
  return seen;
}

async function board(doc: CareNetwork = samplePlan(), lang = 'en'): Promise<PlanBoard> {
  const el = await fixture<PlanBoard>(html`<plan-board lang=${lang} .network=${doc}></plan-board>`);
  await el.updateComplete;
  return el;
}

async function fillAndSave(el: PlanBoard, values: Record<string, string>): Promise<void> {
  const dialog = q<HTMLDialogElement>(el, 'dialog');
  expect(dialog.open, 'dialog open').to.equal(true);
  for (const [name, value] of Object.entries(values)) {
    const field = dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
  expect(dialog.open, 'dialog closed after saving').to.equal(false);
}

const center = (r: DOMRect) => ({ x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) });
const live = (el: PlanBoard) => q(el, '[role="status"][aria-live]').textContent!.trim();
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('<plan-board>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 1000 });
  });
  afterEach(async () => {
    await resetMouse();
    // Presentation mode may have gone full screen; leave it so later test pages get the window.
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  });

  it('creates a whole plan from empty through the UI', async () => {
    const el = await board(createEmptyNetwork({ name: 'Sanne' }));
    const seen = track(el);
    expect(q(el, '.empty').textContent).to.include('Sanne');

    q<HTMLButtonElement>(el, '.add-first').click();
    await el.updateComplete;
    await fillAndSave(el, { text: 'How do I get out more?' });
    expect(seen.doc!.plan.questions.map((x) => x.text)).to.deep.equal(['How do I get out more?']);
    const qid = seen.doc!.plan.questions[0].id;

    q<HTMLButtonElement>(el, `[data-column="${qid}"] .add-agreement`).click();
    await el.updateComplete;
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    // The client is one of the people to pick; someone new can be added on the spot.
    dialog.querySelector<HTMLInputElement>('input[name="who"][value="client"]')!.click();
    const newPerson = dialog.querySelector<HTMLInputElement>('.new-person')!;
    newPerson.value = 'Buurvrouw Els';
    (newPerson.parentElement!.parentElement!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    const els = seen.doc!.people.find((p) => p.name === 'Buurvrouw Els')!;
    expect(els, 'new person in the network').to.exist;
    expect(dialog.querySelector<HTMLInputElement>(`input[name="who"][value="${els.id}"]`)!.checked).to.equal(true);
    await fillAndSave(el, { what: 'Walk to the market on Saturday', whenText: 'every Saturday', reviewDate: '2027-03-01' });
    const agreement = seen.doc!.plan.agreements[0];
    expect(agreement).to.include({ what: 'Walk to the market on Saturday', questionId: qid, status: 'not-started', reviewDate: '2027-03-01' });
    expect(agreement.who).to.deep.equal(['client', els.id]);
    expect(agreement.when).to.deep.equal({ text: 'every Saturday' });
    expect(q(el, '.card .people').textContent).to.include('Sanne').and.to.include('Buurvrouw Els');

    q<HTMLButtonElement>(el, '.add-condition').click();
    await el.updateComplete;
    await fillAndSave(el, { text: 'Sanne keeps her appointments', agency: 'Guardian', meaning: 'Missed twice: we talk.' });
    expect(seen.doc!.plan.conditions[0]).to.include({ agency: 'Guardian', meaning: 'Missed twice: we talk.' });

    // Core team: add two members and make one the chair.
    for (const id of ['client', els.id]) {
      const select = q<HTMLSelectElement>(el, '.member-select');
      select.value = id;
      q<HTMLButtonElement>(el, '.add-member-btn').click();
      await el.updateComplete;
    }
    q<HTMLButtonElement>(el, `.member[data-person="${els.id}"] .make-chair`).click();
    await el.updateComplete;
    expect(seen.doc!.plan.coreTeam).to.deep.equal({ members: ['client', els.id], chairId: els.id });

    q<HTMLButtonElement>(el, '.add-meeting').click();
    await el.updateComplete;
    await fillAndSave(el, { date: '2027-01-10', goesWell: 'The walks', needsAttention: 'Rainy days' });
    expect(seen.doc!.plan.meetings[0]).to.include({ date: '2027-01-10', goesWell: 'The walks', needsAttention: 'Rainy days' });

    q<HTMLButtonElement>(el, '.review button').click();
    await el.updateComplete;
    await fillAndSave(el, { reviewDate: '2027-04-01' });
    expect(seen.doc!.plan.reviewDate).to.equal('2027-04-01');
    expect(q(el, '.review').textContent).to.match(/March 1, 2027|1 March 2027/); // the agreement's review comes first

    // Every step was one undo step, shared with the store.
    el.undo();
    expect(seen.doc!.plan.reviewDate).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('moves a card to another question by pointer drag', async () => {
    const el = await board();
    const seen = track(el);
    window.scrollTo(0, 0);
    const card = q(el, '[data-card="a-wake"] .grip').getBoundingClientRect();
    const target = q(el, '[data-card="a-check"]').getBoundingClientRect();
    const start = center(card);
    await sendMouse({ type: 'move', position: [start.x, start.y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 6; i++) {
      const x = Math.round(start.x + ((target.left + 30 - start.x) * i) / 6);
      const y = Math.round(start.y + ((target.top + 8 - start.y) * i) / 6);
      await sendMouse({ type: 'move', position: [x, y] });
    }
    await el.updateComplete;
    // While dragging the target column and place are shown; nothing changed yet.
    expect(q(el, '[data-column="q-papa"]').classList.contains('drop-here')).to.equal(true);
    expect(q(el, '[data-card="a-check"]').classList.contains('drop-before')).to.equal(true);
    expect(seen.count).to.equal(0);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(seen.count).to.equal(1);
    const papa = seen.doc!.plan.agreements.filter((a) => a.questionId === 'q-papa').map((a) => a.id);
    expect(papa).to.deep.equal(['a-visit', 'a-wake', 'a-check']);
    await tick();
    expect(live(el)).to.include('place 2 of 3');
    expect(qa(el, '[data-column="q-papa"] [data-card]').map((c) => c.dataset.card)).to.deep.equal(papa);
    // One undo step puts it back.
    el.undo();
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'a-wake')!.questionId).to.equal('q-school');
  });

  it('drags with touch from the grip (Pointer Events, pointerType touch)', async () => {
    const el = await board();
    const seen = track(el);
    window.scrollTo(0, 0);
    const card = q(el, '[data-card="a-call"]');
    const grip = card.querySelector<HTMLElement>('.grip')!;
    const start = center(grip.getBoundingClientRect());
    const target = center(q(el, '[data-drop="q-school"]').getBoundingClientRect());
    const fire = (node: Element, type: string, x: number, y: number) =>
      node.dispatchEvent(
        new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }),
      );
    fire(grip, 'pointerdown', start.x, start.y);
    fire(card, 'pointermove', start.x + 3, start.y + 2); // under the threshold: still a tap
    expect(card.classList.contains('dragging')).to.equal(false);
    fire(card, 'pointermove', target.x, target.y);
    expect(card.classList.contains('dragging')).to.equal(true);
    fire(card, 'pointerup', target.x, target.y);
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'a-call')!.questionId).to.equal('q-school');
  });

  it('drags between status columns to change the status', async () => {
    const el = await board();
    el.groupBy = 'status';
    await el.updateComplete;
    const seen = track(el);
    window.scrollTo(0, 0);
    const from = center(q(el, '[data-card="a-mentor"] .grip').getBoundingClientRect());
    const to = center(q(el, '[data-drop="done"]').getBoundingClientRect());
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 20, from.y + 5] });
    await sendMouse({ type: 'move', position: [to.x, to.y] });
    await sendMouse({ type: 'up' });
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'a-mentor')!.status).to.equal('done');
  });

  it('Escape cancels a drag and nothing changes', async () => {
    const el = await board();
    const seen = track(el);
    q(el, '[data-card="a-cook"]').scrollIntoView({ block: 'center' });
    const from = center(q(el, '[data-card="a-cook"] .grip').getBoundingClientRect());
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 300, from.y + 40] });
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    expect(seen.count).to.equal(0);
    expect(q(el, '[data-card="a-cook"]').style.transform).to.equal('');
  });

  it('moves a card with the "Move to…" menu, by pointer and by keyboard, and announces it', async () => {
    const el = await board();
    const seen = track(el);
    q<HTMLButtonElement>(el, '[data-card="a-cook"] .move-btn').click();
    await el.updateComplete;
    const menu = q(el, '[data-card="a-cook"] [role="menu"]');
    expect(menu).to.exist;
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.match(/^menuitem/);
    const toPapa = [...menu.querySelectorAll<HTMLButtonElement>('.to-question')].find((b) => b.textContent!.includes('papa'))!;
    toPapa.click();
    await el.updateComplete;
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'a-cook')!.questionId).to.equal('q-papa');
    await tick();
    expect(live(el)).to.include('Hoe houd ik contact met papa?');
    expect(q(el, '[data-card="a-cook"] [role="menu"]')).to.equal(null);
    // Focus stays with the card's menu button (WCAG 2.5.7 path without dragging).
    expect(el.shadowRoot!.activeElement?.classList.contains('move-btn')).to.equal(true);

    // Keyboard only: open the menu, arrow to "Stopped", Enter.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '[data-card="a-cook"] [role="menu"]')).to.exist;
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'a-cook')!.status).to.equal('stopped');
    await tick();
    expect(live(el)).to.include('Stopped');

    // Escape closes the menu without a change.
    const count = seen.count;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[data-card="a-cook"] [role="menu"]')).to.equal(null);
    expect(seen.count).to.equal(count);
  });

  it('moves the focused card with Alt+arrows', async () => {
    const el = await board();
    const seen = track(el);
    q<HTMLButtonElement>(el, '[data-card="a-mentor"] .card-title').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    const mentor = seen.doc!.plan.agreements.find((a) => a.id === 'a-mentor')!;
    expect(mentor.questionId).to.equal('q-mama');
    expect(seen.count).to.equal(2);
  });

  it('reorders and removes questions, with undo and redo from the keyboard', async () => {
    const el = await board();
    const seen = track(el);
    q<HTMLButtonElement>(el, '[data-column="q-papa"] .q-left').click();
    await el.updateComplete;
    expect(seen.doc!.plan.questions.map((x) => x.id)).to.deep.equal(['q-school', 'q-papa', 'q-mama']);
    await tick();
    expect(live(el)).to.include('question 2 of 3');
    // Focus stays on the question's own control.
    expect(el.shadowRoot!.activeElement?.closest('[data-column]')?.getAttribute('data-column')).to.equal('q-papa');

    q<HTMLButtonElement>(el, '[data-column="q-mama"] .q-edit').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'dialog .danger').click();
    await el.updateComplete;
    expect(seen.doc!.plan.questions.map((x) => x.id)).to.deep.equal(['q-school', 'q-papa']);
    // Its agreements went with it; the strategy that carried one lost only the link.
    expect(seen.doc!.plan.agreements.some((a) => a.questionId === 'q-mama')).to.equal(false);
    expect(seen.doc!.strategies.find((x) => x.id === 's-kim')!.agreementId).to.equal(undefined);

    q<HTMLButtonElement>(el, '[data-card="a-wake"] .card-title').focus();
    expect(q<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    expect(seen.doc!.plan.questions.map((x) => x.id)).to.deep.equal(['q-school', 'q-papa', 'q-mama']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    expect(seen.doc!.plan.questions).to.have.length(2);
  });

  it('filters by person, status and question', async () => {
    const el = await board();
    const person = q<HTMLSelectElement>(el, '.filter-person');
    person.value = 'ahmed';
    person.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(qa(el, '[data-card]').map((c) => c.dataset.card)).to.deep.equal(['a-bike']);
    expect(q(el, '.count').textContent).to.include('1 of 8');
    // Columns stay, saying why they are empty.
    expect(q(el, '[data-column="q-papa"] .column-empty').textContent).to.include('No agreements match');

    el.filterPerson = 'joke';
    el.filterStatus = 'in-progress';
    await el.updateComplete;
    expect(qa(el, '[data-card]').map((c) => c.dataset.card)).to.deep.equal(['a-wake']);

    el.filterStatus = '';
    el.filterQuestion = 'q-mama';
    await el.updateComplete;
    expect(qa(el, '[data-column]').map((c) => c.dataset.column)).to.deep.equal(['q-mama']);
    expect(qa(el, '[data-card]').map((c) => c.dataset.card)).to.deep.equal(['a-cook', 'a-break', 'a-call']);

    q<HTMLButtonElement>(el, '.clear-filters').click();
    await el.updateComplete;
    expect(qa(el, '[data-card]')).to.have.length(8);
  });

  it('shows the load per person in words, with a gentle signal for a heavy load', async () => {
    const doc = samplePlan();
    // Ahmed takes on five more open agreements.
    for (let i = 0; i < 5; i++) doc.plan.agreements.push({ id: `extra${i}`, questionId: 'q-school', what: `Extra ${i}`, who: ['ahmed'], status: 'in-progress' });
    const el = await board(doc);
    const row = (id: string) => q(el, `.load-row[data-person="${id}"]`);
    expect(row('ahmed').textContent).to.include('6 open of 6');
    expect(row('joke').textContent).to.include('2 open of 4');
    expect(row('kim').textContent).to.include('0 open of 1');
    expect(row('ahmed').classList.contains('heavy')).to.equal(true);
    expect(row('ahmed').querySelector('.load-heavy')!.textContent).to.include('Carries much more');
    expect(qa(el, '.load-row.heavy').map((r) => r.dataset.person)).to.deep.equal(['ahmed']);
    // The heaviest first.
    expect(qa(el, '.load-row')[0].dataset.person).to.equal('ahmed');
  });

  it('prints a clear document for everyone and a personal one', async () => {
    const el = await board(samplePlan(), 'nl');
    el.mode = 'print';
    await el.updateComplete;
    const doc = q(el, '.print-doc');
    expect(doc.querySelector('h1')!.textContent).to.equal('Plan van Daan');
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'Voorwaarden',
      '1. Hoe blijf ik elke dag naar school gaan?',
      '2. Wie helpt mama als het even te veel is?',
      '3. Hoe houd ik contact met papa?',
      'Basisteam',
    ]);
    expect(doc.querySelectorAll('tbody tr')).to.have.length(8);
    expect(doc.textContent).to.include('Volgende bespreking');
    expect(doc.textContent).to.include('Jeugdbescherming');
    expect(doc.querySelector('.print-team')!.textContent).to.match(/Oma Joke\s*—\s*voorzitter/);
    const bike = [...doc.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('Samen fietsen'))!;
    expect(bike.textContent).to.include('Ahmed').and.to.include('2 november 2026 – 31 januari 2027, elke ochtend');
    await expect(el).to.be.accessible();

    const select = q<HTMLSelectElement>(el, '.print-person');
    select.value = 'joke';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const personal = q(el, '.print-doc');
    expect(personal.querySelector('h1')!.textContent).to.equal('Afspraken van Oma Joke');
    const rows = [...personal.querySelectorAll('tbody tr')].map((r) => r.querySelector('strong')!.textContent);
    expect(rows).to.deep.equal([
      'Daan wakker bellen op maandag en dinsdag',
      'Op woensdag koken voor het gezin',
      'Mama een middag per week vrij geven',
      'Bellen als het thuis te druk wordt',
    ]);
    // Questions without her agreements are left out of her copy.
    expect(personal.textContent).not.to.include('Hoe houd ik contact met papa?');
  });

  it('prints through the shared print view: the personal copy, without the screen controls', async () => {
    const el = await board(samplePlan(), 'nl');
    const before = new Set(document.querySelectorAll('iframe'));
    const printing = el.print('ahmed');
    // The frame is built at once; the print dialog opens a moment later. Catch it in between.
    let frame: HTMLIFrameElement | undefined;
    for (let i = 0; i < 20 && !frame; i++) {
      await new Promise((r) => setTimeout(r, 2));
      frame = [...document.querySelectorAll('iframe')].find((f) => !before.has(f));
    }
    expect(frame, 'print frame').to.exist;
    let printed = 0;
    frame!.contentWindow!.print = () => void printed++;
    const body = frame!.contentDocument!.body;
    expect(body.querySelector('h1')!.textContent).to.equal('Afspraken van Ahmed');
    expect([...body.querySelectorAll('tbody tr strong')].map((s) => s.textContent)).to.deep.equal(['Samen fietsen naar school']);
    expect(body.querySelectorAll('button, select')).to.have.length(0);
    expect(body.textContent).to.include('Volgende bespreking');
    await printing;
    expect(printed).to.equal(1);
    expect(el.mode).to.equal('print');
  });

  it('closes the dialog with Escape without a change and gives focus back', async () => {
    const el = await board();
    const seen = track(el);
    q<HTMLButtonElement>(el, '[data-card="a-bike"] .card-edit').click();
    await el.updateComplete;
    expect(q<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await tick();
    await el.updateComplete;
    expect(q<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(seen.count).to.equal(0);
    expect(el.shadowRoot!.activeElement?.classList.contains('card-edit')).to.equal(true);
  });

  it('exports a calendar, Markdown and text', async () => {
    const el = await board();
    const ics = el.toIcs(new Date(Date.UTC(2026, 10, 22)));
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).to.have.length(5);
    expect(ics).to.include('X-WR-CALNAME:Plan of Daan');
    expect(el.toMarkdown()).to.include('## 2. Wie helpt mama als het even te veel is?');
    expect(el.toPlainText('ahmed').split('\n')[0]).to.equal('Agreements of Ahmed');
    // The button saves the file in the page (no network) and says what went into it.
    q<HTMLElement>(el, 'details.export summary').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.export-ics').click();
    await tick();
    expect(live(el)).to.equal('Calendar saved with 5 dates. 1 date without a day was left out.');
  });

  it('presents one question at a time, with keys and buttons', async () => {
    const el = await board();
    q<HTMLButtonElement>(el, '.present-btn').click();
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('present');
    expect(q(el, '.present-question').textContent).to.equal('Hoe blijf ik elke dag naar school gaan?');
    expect(q(el, '.present-conditions').textContent).to.include('Jeugdbescherming');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(q(el, '.present-question').textContent).to.equal('Wie helpt mama als het even te veel is?');
    expect(q(el, '.present-count').textContent).to.include('2 of 3');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(q<HTMLButtonElement>(el, '.present-nav .primary').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.mode).to.equal('board');
    expect(el.shadowRoot!.activeElement?.classList.contains('present-btn')).to.equal(true);
  });

  it('shows linked conditions and network strategies on the card, and emits agreement-select', async () => {
    const el = await board();
    expect(q(el, '[data-card="a-break"] .strategy-badge').textContent).to.include('Activate').and.to.include('Kim');
    expect(q(el, '[data-card="a-visit"] .condition-badge').textContent).to.include('Daan slaapt niet bij papa');
    const selected = oneEvent(el, 'agreement-select');
    q<HTMLButtonElement>(el, '[data-card="a-visit"] .card-title').click();
    const detail = ((await selected) as CustomEvent<AgreementSelectDetail>).detail;
    expect(detail.agreementId).to.equal('a-visit');
    expect(detail.agreement!.what).to.include('voetbalwedstrijd');
    await el.updateComplete;
    expect(q(el, '[data-card="a-visit"]').classList.contains('selected')).to.equal(true);
  });

  it('inside <care-network> shows the shared people: a rename elsewhere renames every card', async () => {
    const provider = await fixture<CareNetworkProvider>(html`<care-network><plan-board lang="en"></plan-board></care-network>`);
    provider.network = samplePlan();
    const el = provider.querySelector('plan-board')!;
    await el.updateComplete;
    provider.store.apply((doc) => updatePerson(doc, 'joke', { name: 'Grandma Jo' }));
    await el.updateComplete;
    const chips = qa(el, '.chip').map((c) => c.textContent!.trim());
    expect(chips.filter((t) => t.startsWith('Grandma Jo'))).to.have.length(4);
    expect(chips.some((t) => t.includes('Oma Joke'))).to.equal(false);
    // An edit in the board goes through the shared store and the provider tells the host.
    const changed = oneEvent(provider, 'care-network-change');
    q<HTMLButtonElement>(el, '[data-card="a-cook"] .move-btn').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-card="a-cook"] .to-status:nth-of-type(2)').click();
    expect(((await changed) as CustomEvent<CareNetworkChangeDetail>).detail.change.type).to.equal('agreement-move');
  });

  it('answers invalid data with a clear message and keeps dangling records visible', async () => {
    const el = await board();
    const refused = oneEvent(el, 'care-network-error');
    el.network = { nonsense: true } as unknown as CareNetwork;
    await refused;
    await el.updateComplete;
    expect(q(el, '[role="alert"]').textContent).to.include('could not be shown');
    expect(qa(el, '[data-card]')).to.have.length(8); // the last valid plan stays

    const doc = samplePlan();
    doc.plan.agreements.push({ id: 'lost', questionId: 'gone', what: 'Lost agreement', who: ['ghost'], status: 'not-started' });
    // Dangling references are refused by validation, with the place of each problem…
    const dangling = oneEvent(el, 'care-network-error');
    el.network = doc;
    const errors = ((await dangling) as CustomEvent<{ errors: Array<{ path: string }> }>).detail.errors.map((e) => e.path);
    expect(errors.some((p) => p.includes('agreements[8]'))).to.equal(true);
    await el.updateComplete;
    expect(qa(el, '[data-card]')).to.have.length(8);
    // …and a document that reaches the store some other way (a host writing to it directly) still
    // shows every agreement: none disappears because its question or person is missing.
    el.store.replace(doc);
    await el.updateComplete;
    const orphan = q(el, '[data-column="__orphans__"]');
    expect(orphan.querySelector('h3')!.textContent).to.include('Not linked to a question');
    expect(orphan.querySelector('[data-card="lost"] .chip')!.textContent).to.include('No name');
    // It can be moved to a real question with the menu.
    const seen = track(el);
    orphan.querySelector<HTMLButtonElement>('.move-btn')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-card="lost"] .to-question').click();
    expect(seen.doc!.plan.agreements.find((a) => a.id === 'lost')!.questionId).to.equal('q-school');
  });

  it('readonly: no editing controls and no drag', async () => {
    const el = await fixture<PlanBoard>(html`<plan-board readonly lang="en" .network=${samplePlan()}></plan-board>`);
    const seen = track(el);
    expect(qa(el, '.card-edit, .move-btn, .add-agreement, .add-question, .add-condition, .grip')).to.have.length(0);
    q(el, '[data-card="a-cook"]').scrollIntoView({ block: 'center' });
    const from = center(q(el, '[data-card="a-cook"]').getBoundingClientRect());
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 300, from.y] });
    await sendMouse({ type: 'up' });
    expect(seen.count).to.equal(0);
    // Filters, print and presentation remain.
    expect(q(el, '.filter-person')).to.exist;
    expect(q(el, '.print-btn')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible with the edit dialog open, in Dutch', async () => {
    const el = await board(samplePlan(), 'nl');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[data-card="a-bike"] .card-edit').click();
    await el.updateComplete;
    expect(q(el, 'dialog h2').textContent).to.equal('Afspraak wijzigen');
    expect(q<HTMLInputElement>(el, 'dialog [name="whenDate"]').value).to.equal('2026-11-02');
    await expect(el).to.be.accessible();
  });

  it('shows the fixture case, and offers only living people to take part', async () => {
    const el = await board(careCase, 'nl');
    expect(qa(el, '.column')).to.have.length(4);
    expect(qa(el, '[data-card]')).to.have.length(careCase.plan.agreements.length);
    // Every strategy linked to an agreement shows on its card.
    const linked = careCase.strategies.filter((s) => s.agreementId);
    for (const s of linked) expect(q(el, `[data-card="${s.agreementId}"] .strategy-badge`), s.id).to.exist;
    expect(q(el, '.member-select').querySelector('option[value="p-henk"]')).to.equal(null);
    q<HTMLButtonElement>(el, '[data-column="q-school"] .add-agreement').click();
    await el.updateComplete;
    const who = qa<HTMLInputElement>(el, 'dialog input[name="who"]').map((i) => i.value);
    expect(who[0]).to.equal('p-noor');
    expect(who).not.to.include('p-henk');
    await expect(el).to.be.accessible();
  });

  it('stacks the columns at phone width without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await board();
    const xs = qa(el, '.column').map((c) => Math.round(c.getBoundingClientRect().left));
    expect(new Set(xs).size).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    const side = q(el, '.side').getBoundingClientRect();
    const lastColumn = qa(el, '.column').pop()!.getBoundingClientRect();
    expect(side.top).to.be.greaterThan(lastColumn.bottom - 1);
  });
});
