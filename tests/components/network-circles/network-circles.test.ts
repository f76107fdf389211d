import { expect, fixture, html as litHtml, oneEvent } from '@open-wc/testing';
import '../../../src/care-network.js';
import type { CareNetworkProvider } from '../../../src/care-network.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { careCase } from '../../fixtures/care-case.js';
import { generateNetwork } from '../../fixtures/generate-network.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork } from '../../../src/model/types.js';
import type { CareNetworkChangeDetail, CareNetworkErrorDetail, PersonSelectDetail } from '../../../src/base/events.js';
import {
  angleOf,
  centreOf,
  drag,
  drawnAt,
  drawnRadii,
  emulateForcedColors,
  mount,
  personEl,
  polar,
  root,
  toClient,
} from './helpers.js';

const DEFAULT_SECTORS = ['family', 'friends', 'society', 'professionals'];

/** Who the fixture puts where: ring from the tie with the client (outer ring at most 3), sector from the person. */
function expectedPlaces(doc: CareNetwork): Map<string, { ring: number; sector: string }> {
  const places = new Map<string, { ring: number; sector: string }>();
  for (const p of doc.people) {
    if (p.id === doc.egoId || p.pregnancy) continue;
    const closeness = doc.ties
      .filter((t) => (t.from === doc.egoId && t.to === p.id) || (t.to === doc.egoId && t.from === p.id))
      .map((t) => t.closeness ?? 3);
    places.set(p.id, { ring: Math.min(3, closeness.length ? Math.min(...closeness) : 3), sector: p.sector ?? 'family' });
  }
  return places;
}

function placeOf(el: Parameters<typeof drawnRadii>[0], g: SVGGElement) {
  const p = drawnAt(g);
  const radii = drawnRadii(el);
  const r = Math.hypot(p.x, p.y);
  const ring = radii.findIndex((outer, i) => i > 0 && r > radii[i - 1] && r <= outer);
  const sector = DEFAULT_SECTORS[Math.floor(angleOf(p) / 90)];
  return { ring, sector };
}

describe('<network-circles>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1100, height: 1000 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('draws every person of the care case once, in their ring and sector', async () => {
    const el = await mount(careCase);
    const expected = expectedPlaces(careCase);
    const drawn = [...root(el).querySelectorAll<SVGGElement>('g.person:not(.client)')];
    expect(drawn.map((g) => g.dataset.id).sort()).to.deep.equal([...expected.keys()].sort());
    for (const g of drawn) {
      expect(placeOf(el, g), g.dataset.id).to.deep.equal(expected.get(g.dataset.id!));
    }
    expect(root(el).querySelectorAll('g.client')).to.have.length(1);
    // Organisations have their own shape.
    expect(personEl(el, 'o-school')!.querySelector('rect.symbol')).to.exist;
    expect(personEl(el, 'p-fleur')!.querySelector('circle.symbol')).to.exist;
    // Two kinds between Noor and Rob: two separate lines.
    expect(root(el).querySelectorAll('path.tie[data-pair="p-noor|p-rob"]')).to.have.length(2);
  });

  it('draws a large network in slices, every person once, in their sector', async () => {
    const doc = generateNetwork({ people: 400, seed: 2 });
    const wrapper = await fixture<HTMLElement>(litHtml`<div lang="en"><network-circles .network=${doc}></network-circles></div>`);
    const el = wrapper.querySelector('network-circles')!;
    await el.updateComplete;
    const count = () => root(el).querySelectorAll('svg.picture g.person:not(.client)').length;
    // Not all at once: the first frame shows fewer people than the network has.
    expect(count()).to.be.lessThan(399);
    for (let i = 0; i < 200 && count() < 399; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(count()).to.equal(399);
    expect(root(el).querySelector('svg.picture.settling')).to.equal(null);
    const ids = [...root(el).querySelectorAll<SVGGElement>('svg.picture g.person:not(.client)')].map((g) => g.dataset.id);
    expect(new Set(ids).size).to.equal(399);
    for (const g of root(el).querySelectorAll<SVGGElement>('svg.picture g.person:not(.client)')) {
      const person = doc.people.find((p) => p.id === g.dataset.id)!;
      expect(placeOf(el, g).sector, person.id).to.equal(person.sector);
    }
  });

  it('moves a person to another ring and sector with a real pointer drag, as one undo step', async () => {
    const el = await mount(careCase);
    const before = el.store.doc;
    const depth = el.store.undoDepth;
    const fleur = personEl(el, 'p-fleur')!;
    const radii = drawnRadii(el);
    // Society (180°–270°), ring 3.
    const target = toClient(el, polar(225, (radii[2] + radii[3]) / 2));
    const changes: string[] = [];
    el.addEventListener('care-network-change', (e) => changes.push(e.detail.change.type));

    await drag(centreOf(fleur.querySelector('.symbol')!), target);
    await el.updateComplete;

    const doc = el.store.doc;
    expect(doc.people.find((p) => p.id === 'p-fleur')!.sector).to.equal('society');
    expect(doc.ties.find((t) => t.id === 't-noor-fleur')!.closeness).to.equal(3);
    const hint = doc.layout['network-circles']!.nodes['p-fleur'];
    expect(hint).to.include({ ring: 2, sector: 'society', pinned: true }); // 0-based ring index
    expect(hint.angle).to.be.within(180, 270);
    expect(changes).to.deep.equal(['batch']);
    expect(el.store.undoDepth).to.equal(depth + 1);
    expect(placeOf(el, personEl(el, 'p-fleur')!)).to.deep.equal({ ring: 3, sector: 'society' });

    el.undo();
    await el.updateComplete;
    expect(el.store.doc).to.equal(before);
    expect(placeOf(el, personEl(el, 'p-fleur')!)).to.deep.equal({ ring: 1, sector: 'friends' });
  });

  it('changes only the moved person and its lines while a drag is under way', async () => {
    const el = await mount(careCase);
    const picture = root(el).querySelector('svg.picture')!;
    const fleur = personEl(el, 'p-fleur')!;
    const from = centreOf(fleur.querySelector('.symbol')!);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    // The press focuses the person (one render of the roving tabindex); from here on it is a drag.
    await sendMouse({ type: 'move', position: [from[0] - 20, from[1] + 8] });
    await el.updateComplete;
    const changed = new Set<Element>();
    const observer = new MutationObserver((list) => list.forEach((m) => changed.add(m.target as Element)));
    observer.observe(picture, { attributes: true, childList: true, subtree: true, characterData: true });
    for (let i = 2; i <= 7; i++) {
      await sendMouse({ type: 'move', position: [from[0] - i * 25, from[1] + i * 10] });
      await new Promise((r) => requestAnimationFrame(r));
    }
    const during = [...changed];
    observer.disconnect();
    // The copies and the drop target's outline move on the drag layer; in the picture only the
    // moved person and its own lines are marked (hidden), nothing else changes.
    const allowed = (node: Element) => node === fleur || node.getAttribute('data-pair')?.split('|').includes('p-fleur');
    expect(during.filter((n) => !allowed(n)).map((n) => `${n.tagName}.${n.getAttribute('class')}#${n.getAttribute('data-id')}`)).to.deep.equal([]);
    expect(root(el).querySelector('svg.drag-layer g.person[data-id="p-fleur"]')).to.exist;
    expect(root(el).querySelector('svg.drag-layer path.drop-target')).to.exist;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(root(el).querySelector('svg.drag-layer g')!.childElementCount).to.equal(0);
  });

  it('moves a person with the keyboard only (arrow keys, M, the move dialog)', async () => {
    const el = await mount(careCase);
    root(el).querySelector<SVGGElement>('g.client')!.focus();
    for (let i = 0; i < 40 && (root(el).activeElement as SVGGElement | null)?.dataset.id !== 'p-fleur'; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect((root(el).activeElement as SVGGElement).dataset.id).to.equal('p-fleur');

    // Up goes a ring further in (Fleur is in ring 1, so: the client); down comes back out.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect((root(el).activeElement as SVGGElement).dataset.id).to.equal('p-noor');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const ring1 = (root(el).activeElement as SVGGElement).dataset.id!;
    expect(placeOf(el, personEl(el, ring1)!).ring).to.equal(1);
    personEl(el, 'p-fleur')!.focus();

    await sendKeys({ press: 'm' });
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    // Focus starts on the checked sector; arrow to the next sector, tab to the rings, arrow to ring 2.
    expect((root(el).activeElement as HTMLInputElement).value).to.equal('friends');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;

    const doc = el.store.doc;
    expect(doc.people.find((p) => p.id === 'p-fleur')!.sector).to.equal('society');
    expect(doc.ties.find((t) => t.id === 't-noor-fleur')!.closeness).to.equal(2);
    expect(root(el).querySelector('dialog')).to.equal(null);
    expect(placeOf(el, personEl(el, 'p-fleur')!)).to.deep.equal({ ring: 2, sector: 'society' });
    expect((root(el).activeElement as SVGGElement).dataset.id).to.equal('p-fleur');
    await new Promise((r) => setTimeout(r, 0));
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Fleur de Boer');
  });

  it('shows the same people in the table as in the picture, and edits there', async () => {
    const el = await mount(careCase);
    const pictured = new Map(
      [...root(el).querySelectorAll<SVGGElement>('g.person:not(.client)')].map((g) => [g.dataset.id!, placeOf(el, g)]),
    );
    el.view = 'table';
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll<HTMLTableRowElement>('tr[data-id]')];
    expect(rows.map((r) => r.dataset.id).sort()).to.deep.equal([...pictured.keys()].sort());
    for (const row of rows) {
      const [sector, ring] = row.querySelectorAll('select');
      expect({ ring: Number(ring.value), sector: sector.value }).to.deep.equal(pictured.get(row.dataset.id!));
    }
    const ringSelect = root(el).querySelector('tr[data-id="p-greet"]')!.querySelectorAll('select')[1];
    ringSelect.value = '1';
    ringSelect.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.store.doc.ties.find((t) => t.id === 't-noor-greet')!.closeness).to.equal(1);
    el.view = 'picture';
    await el.updateComplete;
    expect(placeOf(el, personEl(el, 'p-greet')!).ring).to.equal(1);
  });

  it('deletes with the Delete key and brings everything back with Ctrl+Z', async () => {
    const el = await mount(careCase);
    const before = el.store.doc;
    personEl(el, 'p-rob')!.focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.store.doc.people.some((p) => p.id === 'p-rob')).to.be.false;
    expect(el.store.doc.ties.some((t) => t.from === 'p-rob' || t.to === 'p-rob')).to.be.false;
    expect(personEl(el, 'p-rob')).to.equal(null);
    // Focus moved on to a neighbour, not lost.
    expect(root(el).activeElement?.classList.contains('person')).to.be.true;

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.store.doc).to.equal(before);
    expect(personEl(el, 'p-rob')).to.exist;
    expect(root(el).querySelectorAll('path.tie[data-pair="p-noor|p-rob"]')).to.have.length(2);
  });

  it('adds a person by tapping an empty spot of a ring and sector (friendly start)', async () => {
    const el = await mount(createEmptyNetwork({ name: 'Sanne' }));
    expect(root(el).querySelector('.empty')!.textContent).to.contain('Start with the people who matter');
    const radii = drawnRadii(el);
    await sendMouse({ type: 'click', position: toClient(el, polar(135, (radii[1] + radii[2]) / 2)) });
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector<HTMLSelectElement>('#f-sector')!.value).to.equal('friends');
    expect(dialog.querySelector<HTMLSelectElement>('#f-ring')!.value).to.equal('2');
    // An empty name is answered, not saved.
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.form-error')!.textContent).to.contain('fill in a name');
    root(el).querySelector<HTMLInputElement>('#f-name')!.focus();
    await sendKeys({ type: 'Jamal' });
    root(el).querySelector<HTMLButtonElement>('dialog button[type=submit]')!.click();
    await el.updateComplete;
    const jamal = el.store.doc.people.find((p) => p.name === 'Jamal')!;
    expect(jamal.sector).to.equal('friends');
    expect(el.store.doc.ties.find((t) => t.to === jamal.id)!.closeness).to.equal(2);
    expect(placeOf(el, personEl(el, jamal.id)!)).to.deep.equal({ ring: 2, sector: 'friends' });
    expect(root(el).querySelector('.empty')).to.equal(null);
  });

  it('works inside <care-network>: the provider tells the host about each edit', async () => {
    const wrapper = await fixture<HTMLElement>(litHtml`<care-network lang="en"><network-circles></network-circles></care-network>`);
    const provider = wrapper as CareNetworkProvider;
    provider.network = careCase;
    const el = provider.querySelector('network-circles')!;
    await el.updateComplete;
    expect(personEl(el, 'p-fleur')).to.exist;
    const changed = oneEvent(provider, 'care-network-change');
    personEl(el, 'p-fleur')!.focus();
    await sendKeys({ press: 'Delete' });
    const event = (await changed) as CustomEvent<CareNetworkChangeDetail>;
    expect(event.detail.change.type).to.equal('person-remove');
    expect(provider.network.people.some((p) => p.id === 'p-fleur')).to.be.false;
    provider.undo();
    await el.updateComplete;
    expect(personEl(el, 'p-fleur')).to.exist;
  });

  it('zooms with the wheel and the keyboard, and fits again', async () => {
    const el = await mount(careCase);
    const viewport = () => root(el).querySelector('g.viewport')!.getAttribute('transform')!;
    const before = viewport();
    const picture = root(el).querySelector('svg.picture')!;
    const [x, y] = centreOf(picture);
    await sendMouse({ type: 'move', position: [x, y] });
    picture.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(viewport()).not.to.equal(before);
    expect(Number(/scale\(([\d.]+)\)/.exec(viewport())![1])).to.be.greaterThan(1);
    personEl(el, 'p-fleur')!.focus();
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(viewport()).to.equal(before);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(Number(/scale\(([\d.]+)\)/.exec(viewport())![1])).to.be.closeTo(1.25, 0.01);
    // Touch areas stay about 44 CSS px across at the current zoom: a tap just beside the symbol
    // (inside 22 px of its centre, on the background) still picks the person.
    const symbol = personEl(el, 'p-fleur')!.querySelector('.symbol')!.getBoundingClientRect();
    const offset = Math.max(20, (symbol.width / 2) * (20 / 18));
    const [sx, sy] = [symbol.left + symbol.width / 2 - offset, symbol.top + symbol.height / 2];
    expect((el.shadowRoot!.elementFromPoint(sx, sy) as Element).closest('g.person')).to.equal(null);
    const selected = oneEvent(el, 'person-select');
    await sendMouse({ type: 'click', position: [Math.round(sx), Math.round(sy)] });
    expect(((await selected) as CustomEvent<PersonSelectDetail>).detail.personId).to.equal('p-fleur');
  });

  it('emits person-select when a person is clicked', async () => {
    const el = await mount(careCase);
    const selected = oneEvent(el, 'person-select');
    const [cx, cy] = centreOf(personEl(el, 'p-esther')!.querySelector('.symbol')!);
    await sendMouse({ type: 'click', position: [cx, cy] });
    const event = (await selected) as CustomEvent<PersonSelectDetail>;
    expect(event.detail.personId).to.equal('p-esther');
    expect(event.detail.person!.name).to.equal('Esther Jansen');
    // A click is not a drag: nothing changed.
    expect(el.store.undoDepth).to.equal(0);
  });

  it('shows a clear message for invalid data and keeps working', async () => {
    const el = await mount(careCase);
    const error = oneEvent(el, 'care-network-error');
    el.network = { schema: '1.0.0', egoId: 'x', people: 'none' } as unknown as CareNetwork;
    const event = (await error) as CustomEvent<CareNetworkErrorDetail>;
    expect(event.detail.errors.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('could not be shown');
    // The last good network is still drawn and editable.
    expect(personEl(el, 'p-fleur')).to.exist;
    personEl(el, 'p-fleur')!.focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(personEl(el, 'p-fleur')).to.equal(null);
  });

  it('speaks Dutch or English after the nearest lang', async () => {
    const el = await mount(careCase, 'nl');
    const addButton = () => root(el).querySelector('[data-action=add]')!.textContent!.trim();
    const sectorLabels = () => [...root(el).querySelectorAll('.sector-label')].map((t) => t.textContent!.trim());
    expect(addButton()).to.equal('Persoon toevoegen');
    expect(sectorLabels()).to.deep.equal(['Familie', 'Vrienden en kennissen', 'Buren, werk, school, clubs', 'Hulpverleners']);
    el.parentElement!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(addButton()).to.equal('Add person');
    expect(sectorLabels()).to.deep.equal(['Family', 'Friends and acquaintances', 'Neighbours, work, school, clubs', 'Professionals']);
  });

  it('takes custom rings and sectors (count, labels, order, sizes)', async () => {
    const el = await mount(careCase);
    el.rings = [
      { id: 'close', label: 'Close' },
      { id: 'far', label: { nl: 'Ver weg', en: 'Far away' }, weight: 2 },
    ];
    el.sectors = [
      { id: 'professionals', label: 'Help', weight: 2 },
      { id: 'family', label: 'Kin' },
      { id: 'school', label: 'School' },
    ];
    await el.updateComplete;
    expect(root(el).querySelectorAll('path.cell')).to.have.length(6);
    // Professionals take half the circle, first: 0°–180°.
    const karin = angleOf(drawnAt(personEl(el, 'p-karin')!));
    expect(karin).to.be.within(0, 180);
    // Friends have no sector here: they go to the first sector that fits (not lost).
    expect(personEl(el, 'p-fleur')).to.exist;
    expect([...root(el).querySelectorAll('.ring-label')].map((t) => t.textContent!.trim())).to.deep.equal(['Close', 'Far away']);
    // Weights size the bands while nobody needs more room (bands only grow to fit people).
    el.network = createEmptyNetwork({ name: 'Sanne' });
    await el.updateComplete;
    const [centre, r1, r2] = drawnRadii(el);
    expect(r2 - r1).to.be.closeTo(2 * (r1 - centre), 1);
  });

  it('is read-only when asked: no editing controls, no edits', async () => {
    const el = await mount(careCase);
    el.readonly = true;
    await el.updateComplete;
    expect(root(el).querySelector('[data-action=add]')).to.equal(null);
    personEl(el, 'p-rob')!.focus();
    await sendKeys({ press: 'Delete' });
    const fleur = personEl(el, 'p-fleur')!;
    await drag(centreOf(fleur.querySelector('.symbol')!), toClient(el, polar(225, 200)));
    expect(el.store.undoDepth).to.equal(0);
    expect(personEl(el, 'p-rob')).to.exist;
  });

  it('highlights by kind of support with a legend entry, not by colour alone', async () => {
    const el = await mount(careCase);
    el.highlight = 'support:material';
    await el.updateComplete;
    expect(personEl(el, 'p-ans')!.classList.contains('hl')).to.be.true;
    expect(personEl(el, 'p-fleur')!.classList.contains('dim')).to.be.true;
    expect(root(el).querySelector('.legend')!.textContent).to.contain('Highlighted: Money or things');
  });

  it('sums up people per sector and ring, informal vs professional, one-way vs mutual', async () => {
    const el = await mount(careCase);
    const summary = root(el).querySelector('.summary')!;
    const people = expectedPlaces(careCase);
    expect(summary.textContent).to.contain(`${people.size} people in the network`);
    const counts = [...summary.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)));
    const total = counts.flat().reduce((a, b) => a + b, 0);
    expect(total).to.equal(people.size);
    const familyRing1 = [...people.values()].filter((p) => p.sector === 'family' && p.ring === 1).length;
    expect(counts[0][0]).to.equal(familyRing1);
    expect(summary.textContent).to.match(/Professional: \d+ \(\d+%\)/);
    expect(summary.textContent).to.match(/both ways \d+, one way \d+/);
  });

  it('exports a self-contained SVG with legend and date', async () => {
    const el = await mount(careCase);
    const text = await el.toSvg();
    expect(text).to.contain('<svg');
    expect(text).to.contain('Fleur de Boer');
    expect(text).to.contain('Arrow: who helps whom');
    expect(text).not.to.match(/<script|onclick|tabindex/i);
    expect(root(el).querySelector('.export-legend')).to.equal(null);
  });

  describe('accessibility (axe)', () => {
    it('is clean in the default theme', async () => {
      const el = await mount(careCase);
      await expect(el).to.be.accessible();
    });

    it('is clean in the dark theme', async () => {
      const el = await mount(careCase);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean with forced colours (the element\'s forced-colors rules applied)', async () => {
      const el = await mount(careCase);
      emulateForcedColors(el);
      await expect(el).to.be.accessible();
    });

    it('is clean in the table view and with the add dialog open', async () => {
      const el = await mount(careCase);
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.openAdd();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
