import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/genogram-editor.js';
import type { GenogramEditor } from '../../../src/genogram-editor.js';
import { EMOTIONAL_KINDS } from '../../../src/model/types.js';
import { shapePath } from '../../../src/components/genogram-editor/genogram-symbols.js';
import { relationStrokes } from '../../../src/components/genogram-editor/genogram-lines.js';
import { notationFamily } from './notation-family.js';

async function render(lang = 'en') {
  const el = await fixture<GenogramEditor>(html`<genogram-editor lang=${lang} .network=${notationFamily()}></genogram-editor>`);
  await el.updateComplete;
  return el;
}
const $ = (el: GenogramEditor, sel: string) => el.shadowRoot!.querySelector(sel) as SVGElement | null;
const $$ = (el: GenogramEditor, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as SVGElement[];
const personEl = (el: GenogramEditor, id: string) => $(el, `[data-person="${id}"]`)!;
const nodeEl = (el: GenogramEditor, id: string) => $(el, `[data-node="${id}"]`)!;
const shapeOf = (el: GenogramEditor, id: string) => personEl(el, id).querySelector('.shape')!.getAttribute('d');

describe('<genogram-editor> notation', () => {
  it('draws the sexes and genders with their 2020 shapes and names them', async () => {
    const el = await render();
    const cases: Array<[string, 'square' | 'circle' | 'dome' | 'unknown', string]> = [
      ['vader', 'square', 'man'],
      ['moeder', 'circle', 'woman'],
      ['adopt', 'dome', 'nonbinary'],
      ['pleeg', 'unknown', 'sex unknown'],
      ['tante', 'circle', 'transgender woman'],
      ['oom', 'square', 'transgender man'],
    ];
    for (const [id, shape, word] of cases) {
      expect(shapeOf(el, id), id).to.equal(shapePath(shape, 40));
      expect(personEl(el, id).getAttribute('aria-label'), id).to.contain(word);
    }
    // Transgender: an inner shape of the sex at birth inside the lived gender.
    expect(personEl(el, 'tante').querySelector('.inner')!.getAttribute('d')).to.equal(shapePath('square', 40 * 0.55));
    expect(personEl(el, 'oom').querySelector('.inner')!.getAttribute('d')).to.equal(shapePath('circle', 40 * 0.55));
    expect(personEl(el, 'tw4').querySelector('.inner'), 'intersex mark').to.exist;
    expect(personEl(el, 'tw4').getAttribute('aria-label')).to.contain('intersex');
    expect(personEl(el, 'pleeg').querySelector('.sym-mark')!.textContent).to.equal('?');
  });

  it('marks the client with a double outline, the deceased with an X, ages and years', async () => {
    const el = await render();
    expect(personEl(el, 'sanne').querySelector('.client-ring')).to.exist;
    expect(personEl(el, 'moeder').querySelector('.client-ring')).to.not.exist;
    expect(personEl(el, 'sanne').getAttribute('aria-label')).to.match(/^Sanne, the client/);
    const ans = personEl(el, 'ans');
    expect(ans.querySelector('.cross')).to.exist;
    expect(nodeEl(el, 'ans').querySelector('.age')!.textContent).to.equal('71');
    expect(nodeEl(el, 'ans').querySelector('.years')!.textContent).to.equal('1930–2001');
    expect(ans.getAttribute('aria-label')).to.contain('died at 71').and.contain('deceased');
    // Deceased without a date: X, no age.
    const piet = personEl(el, 'piet');
    expect(piet.querySelector('.cross')).to.exist;
    expect(nodeEl(el, 'piet').querySelector('.age')).to.not.exist;
    expect(personEl(el, 'vader').querySelector('.cross')).to.not.exist;
  });

  it('draws pregnancy, miscarriage, abortion and stillbirth', async () => {
    const el = await render();
    expect(shapeOf(el, 'preg')).to.match(/^M0,-20L20,16H-20Z$/);
    expect(personEl(el, 'preg').getAttribute('aria-label')).to.contain('pregnancy');
    expect(personEl(el, 'misk').querySelector('circle.filled')).to.exist;
    expect(personEl(el, 'misk').getAttribute('aria-label')).to.contain('miscarriage');
    expect(personEl(el, 'abor').querySelector('.cross')).to.exist;
    expect(personEl(el, 'abor').querySelector('.shape')).to.not.exist;
    expect(personEl(el, 'abor').getAttribute('aria-label')).to.contain('abortion');
    const still = personEl(el, 'dood');
    expect(still.querySelector('.shape')!.getAttribute('d')).to.equal(shapePath('square', 40 * 0.55));
    expect(still.querySelector('.cross')).to.exist;
    expect(still.getAttribute('aria-label')).to.contain('stillbirth');
  });

  it('fills health markers by condition (same part everywhere) and status pattern', async () => {
    const el = await render();
    const fills = (id: string) => [...personEl(el, id).querySelectorAll('.health')].map((h) => [h.getAttribute('d'), h.getAttribute('fill')]);
    const [[ansRegion, ansFill]] = fills('ans');
    expect(ansFill).to.equal('var(--_health)');
    const marja = fills('moeder');
    expect(marja).to.have.length(2);
    expect(marja[0][1]).to.equal('url(#gx-hatch)');
    expect(marja[1][1]).to.equal('url(#gx-recovery)');
    // Three conditions, three different parts of the symbol.
    expect(new Set([ansRegion, marja[0][0], marja[1][0]]).size).to.equal(3);
    expect(personEl(el, 'moeder').getAttribute('aria-label')).to.contain('depressie (suspected)').and.contain('alcohol (in recovery)');
  });

  it('draws each partnership form, separation and divorce slashes, and dates on the line', async () => {
    const el = await render();
    const union = (id: string) => $(el, `[data-union="${id}"]`)!;
    const dash = (id: string) => union(id).querySelector('.partner-line')!.getAttribute('stroke-dasharray');
    expect(dash('u-parents')).to.equal(null); // married: solid
    expect(dash('u-broer')).to.equal('8 5'); // living together: dashed
    expect(dash('u-eng')).to.equal('12 4 2 4'); // engaged
    expect(dash('u-rel')).to.equal('2 4'); // relationship: dotted
    const slashes = (id: string) => (union(id).querySelector('.slash')?.getAttribute('d')?.match(/M/g) ?? []).length;
    expect(slashes('u-parents')).to.equal(2);
    expect(slashes('u-sep')).to.equal(1);
    expect(slashes('u-broer')).to.equal(0);
    // The whole history where it fits; here a relation's lane runs above the parents' row, so
    // the drawing may keep the first and last step (the accessible name below has all three).
    const dates = [...union('u-parents').querySelectorAll('.union-date')].map((t) => t.textContent);
    expect(dates.join(' · ')).to.be.oneOf(['m. 1989 · sep. 2004 · div. 2015', 'm. 1989 · div. 2015']);
    expect(union('u-parents').getAttribute('aria-label')).to.equal('Partnership of Henk and Marja: married 1989, separated 2004, divorced 2015');
    expect(union('u-grand').getAttribute('aria-label')).to.contain('widowed 2001');
  });

  it('writes the dates in Dutch: "h. 1989", "gesch. 2015"', async () => {
    const el = await render('nl');
    const dates = [...$(el, '[data-union="u-parents"]')!.querySelectorAll('.union-date')].map((t) => t.textContent);
    expect(dates.join(' · ')).to.be.oneOf(['h. 1989 · apart 2004 · gesch. 2015', 'h. 1989 · gesch. 2015']);
    expect(personEl(el, 'ans').getAttribute('aria-label')).to.match(/^Ans, grootmoeder van Sanne/);
  });

  it('draws child lines per kind, brackets for adoption and foster care, twins from one point', async () => {
    const el = await render();
    const child = (id: string) => $$(el, '.child').find((c) => c.getAttribute('aria-label')!.startsWith(`${personName(el, id)}:`))!;
    expect(child('broer').querySelector('.child-line')!.getAttribute('stroke-dasharray')).to.equal(null);
    expect(child('adopt').querySelector('.child-line')!.getAttribute('stroke-dasharray')).to.equal('7 4');
    expect(child('adopt').querySelector('.brackets')).to.exist;
    expect(child('adopt').getAttribute('aria-label')).to.equal('Mei: adopted child of Henk, Marja');
    expect(child('pleeg').querySelector('.child-line')!.getAttribute('stroke-dasharray')).to.equal('2 4');
    expect(child('pleeg').getAttribute('aria-label')).to.contain('foster child');
    expect(child('stief').querySelector('.child-line')!.getAttribute('stroke-dasharray')).to.equal('10 4 2 4');
    expect(child('stief').getAttribute('aria-label')).to.contain('stepchild');
    const start = (id: string) => child(id).querySelector('.child-line')!.getAttribute('d')!.split('L')[0];
    expect(start('tw1')).to.equal(start('tw2'));
    expect(start('tw3')).to.equal(start('tw4'));
    expect(start('tw1')).to.not.equal(start('broer'));
    const bars = $$(el, 'svg[part="drawing"] .twin-bar');
    expect(bars).to.have.length(1); // identical twins only
    expect(bars[0].getAttribute('aria-label')).to.equal('identical twins: Eva, Iris');
  });

  it('draws every emotional relation kind with its own pattern and name', async () => {
    const el = await render();
    for (const kind of EMOTIONAL_KINDS) {
      const g = $(el, `.relation[data-kind="${kind}"]`);
      expect(g, kind).to.exist;
      expect(g!.getAttribute('aria-label'), kind).to.match(/^[a-z].+: .+ (and|towards) .+$/);
    }
    expect($(el, '.relation[data-kind="focused-on"]')!.getAttribute('aria-label')).to.equal('focused on: Henk towards Lotte');
    // No two kinds look the same: compare the drawn strokes.
    const signature = (kind: (typeof EMOTIONAL_KINDS)[number]) =>
      JSON.stringify(relationStrokes(kind, { x: 0, y: 0 }, { x: 200, y: 0 }).map((s) => [s.d, s.dash ?? '', Boolean(s.fill)]));
    expect(new Set(EMOTIONAL_KINDS.map(signature)).size).to.equal(EMOTIONAL_KINDS.length);
  });

  it('draws a relation bent around a label in two legs: start marks on the first, middle marks and arrowhead on the last', () => {
    const a = { x: 0, y: 0 };
    const bend = { x: 100, y: 40 };
    const b = { x: 200, y: 0 };
    const first = relationStrokes('focused-on', a, bend, 0, 'first');
    const last = relationStrokes('focused-on', bend, b, 0, 'last');
    expect(first.some((s) => s.fill)).to.be.false;
    expect(last.filter((s) => s.fill)).to.have.length(1);
    expect(relationStrokes('cutoff', a, bend, 0, 'first')).to.have.length(1);
    expect(relationStrokes('cutoff', bend, b, 0, 'last')).to.have.length(2);
    const care = relationStrokes('caretaker', a, bend, 0, 'first');
    expect(care.some((s) => s.d.includes('a5,5'))).to.be.true;
    expect(relationStrokes('caretaker', bend, b, 0, 'last').some((s) => s.d.includes('a5,5'))).to.be.false;
  });

  it('draws the household boundary around the people who live together', async () => {
    const el = await render();
    const h = $(el, '.household')!;
    expect(h.getAttribute('aria-label')).to.equal('Lives together (household): Sanne, Omar');
    expect(h.querySelector('.household-name')!.textContent).to.equal('Thuis');
    const boxes = [...h.querySelectorAll('.household-line')].map((r) => r.getBoundingClientRect());
    for (const id of ['sanne', 'p4']) {
      const p = personEl(el, id).querySelector('.shape')!.getBoundingClientRect();
      const inside = boxes.some((box) => p.left >= box.left && p.right <= box.right && p.top >= box.top && p.bottom <= box.bottom);
      expect(inside, id).to.be.true;
    }
    // Someone outside the household is not inside its boundary.
    const out = personEl(el, 'ans').querySelector('.shape')!.getBoundingClientRect();
    expect(boxes.some((box) => out.left >= box.left && out.right <= box.right && out.top >= box.top && out.bottom <= box.bottom)).to.be.false;
  });

  it('leaves friends without a family link out of the genogram', async () => {
    const doc = notationFamily();
    doc.emotionalRelations = doc.emotionalRelations.filter((r) => r.to !== 'vriend');
    const el = await fixture<GenogramEditor>(html`<genogram-editor .network=${doc}></genogram-editor>`);
    expect(personEl(el, 'vriend')).to.not.exist;
    expect(personEl(el, 'p4')).to.exist;
  });

  it('explains every symbol and line in the legend (used items; the full key on request)', async () => {
    const el = await render();
    const items = () => $$(el, '[data-legend]').map((li) => li.getAttribute('data-legend'));
    const used = items();
    for (const id of ['male', 'female', 'nonbinary', 'trans-woman', 'trans-man', 'intersex', 'unknown', 'client', 'deceased', 'pregnancy', 'miscarriage', 'abortion', 'stillbirth', 'bond-married', 'bond-cohabiting', 'bond-engaged', 'bond-relationship', 'status-separated', 'status-divorced', 'status-widowed', 'child-biological', 'child-adopted', 'child-foster', 'child-step', 'twins', 'twins-identical', 'household', 'health-diagnosed', 'health-suspected', 'health-in-recovery'])
      expect(used, id).to.include(id);
    for (const kind of EMOTIONAL_KINDS) expect(used, kind).to.include(`emo-${kind}`);
    expect($$(el, '[data-legend^="condition-"]').map((li) => li.textContent!.trim())).to.deep.equal(['diabetes', 'depressie', 'alcohol']);
    // A family without relations shows no relation entries until the full key is asked for.
    el.network = { ...notationFamily(), emotionalRelations: [] };
    await el.updateComplete;
    expect(items().some((i) => i!.startsWith('emo-'))).to.be.false;
    ($(el, '[data-action="legend-full"]') as unknown as HTMLButtonElement).click();
    await el.updateComplete;
    expect(items().filter((i) => i!.startsWith('emo-'))).to.have.length(EMOTIONAL_KINDS.length);
  });

  it('is accessible (axe)', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });
});

function personName(el: GenogramEditor, id: string): string {
  return el.shadowRoot!.querySelector(`[data-node="${id}"] .name`)!.textContent!;
}
