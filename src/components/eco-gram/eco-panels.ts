/**
 * The parts of `<eco-gram>` that only a user action shows: the menu that changes a line or a
 * system, the form that adds a system, and the table view. A lazy part of the element
 * (LazyPart): first paint never needs them, so they come in a chunk of their own, preloaded
 * when the browser is idle. Their templates and the edits they make (each one undo step, said
 * aloud); the element gives what they read and applies the edits (`EcoPanelHost`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formValue } from '../../base/form-value.js';
import type { EcoGramMessageKey } from '../../i18n/catalogs/eco-gram.js';
import type { commonMessages } from '../../i18n/catalogs/common.js';
import type { MessageParams } from '../../i18n/catalog.js';
import { addPerson, addTie, updatePerson, updateTie } from '../../model/operations/index.js';
import { SYSTEM_CATEGORIES, type CareNetwork, type Change, type Id, type OpResult, type Person, type Tie } from '../../model/types.js';
import {
  ECO_DIRECTIONS,
  ECO_STRENGTHS,
  categoryOf,
  flowFor,
  linePatch,
  withLabel,
  type EcoDirection,
  type EcoLine,
  type EcoModel,
  type EcoStrength,
} from './eco-model.js';
import { sampleLine } from './eco-symbols.js';

export { panelStyles } from './eco-panels.styles.js';

/** What the menus and the table need from the element: its words, its model and its edits. */
export interface EcoPanelHost {
  model(): EcoModel;
  readonly(): boolean;
  egoId(): Id;
  t(key: EcoGramMessageKey, params?: MessageParams): string;
  common(key: keyof (typeof commonMessages)['en']): string;
  nameOf(id: Id): string;
  categoryName(category: string): string;
  strengthWord(strength: EcoStrength): string;
  lineLabel(line: EcoLine): string;
  systemsInOrder(): EcoModel['systems'];
  directionWord(line: EcoLine, direction: EcoDirection): string;
  /** The line of a tie in the latest document. */
  lineById(tieId: Id): EcoLine | undefined;
  /** Applies an edit as one undo step (undefined when it was refused). */
  edit(op: (doc: CareNetwork) => OpResult): Change | undefined;
  announce(text: string): void;
  /** Closes the add form and moves focus to the new system. */
  systemAdded(id: Id): void;
  removeLine(tieId: Id): void;
  removeSystem(id: Id): void;
  closeMenu(): void;
  handleHistoryKeys(e: KeyboardEvent): boolean;
}

function renderLineControls(h: EcoPanelHost, line: EcoLine): TemplateResult {
  const id = line.tie.id;
  const dirLabel = (d: EcoDirection) =>
    d === 'out' || d === 'in'
      ? h.t(`direction.${d}`, { name: h.nameOf(line.b) })
      : h.t(`direction.${d}` as EcoGramMessageKey);
  const members = h.model().centre;
  return html`${!line.between && members.length > 1
      ? html`<label>${h.t('from')}
          <select data-col="from" @change=${(e: Event) => moveLineEnd(h, id, (e.target as HTMLSelectElement).value)}>
            ${members.map((p) => html`<option value=${p.id} ?selected=${p.id === line.a}>${h.nameOf(p.id)}</option>`)}
          </select>
        </label>`
      : nothing}
    <fieldset>
      <legend>${h.t('strength')}</legend>
      <div class="choices">
        ${ECO_STRENGTHS.map(
          (s) => html`<button data-strength=${s} aria-pressed=${line.strength === s ? 'true' : 'false'} @click=${() => changeLine(h, id, { strength: s })}>
            ${sampleLine({ strength: s, stress: false, direction: 'none' })}${h.strengthWord(s)}
          </button>`,
        )}
      </div>
    </fieldset>
    <fieldset>
      <legend>${h.t('stress')}</legend>
      <button data-stress aria-pressed=${line.stress ? 'true' : 'false'} @click=${() => changeLine(h, id, { stress: !line.stress })}>
        ${sampleLine({ strength: 'normal', stress: true, direction: 'none' })}${h.t('stressful')}
      </button>
    </fieldset>
    <fieldset>
      <legend>${h.t('direction')}</legend>
      <div class="choices wide">
        ${ECO_DIRECTIONS.map(
          (d) => html`<button data-direction=${d} aria-pressed=${line.direction === d ? 'true' : 'false'} @click=${() => changeLine(h, id, { direction: d })}>
            ${sampleLine({ strength: 'normal', stress: false, direction: d })}${dirLabel(d)}
          </button>`,
        )}
      </div>
    </fieldset>
    <label>${h.t('note')}
      <input type="text" .value=${formValue(line.tie.note ?? '')} @change=${(e: Event) => changeLine(h, id, { note: (e.target as HTMLInputElement).value })} />
    </label>`;
}

function categoryOptions(h: EcoPanelHost, selected: string): TemplateResult[] {
  const list = (SYSTEM_CATEGORIES as readonly string[]).includes(selected) ? [...SYSTEM_CATEGORIES] : [...SYSTEM_CATEGORIES, selected];
  return list.map((c) => html`<option value=${c} ?selected=${c === selected}>${h.categoryName(c)}</option>`);
}

/** The menu of a line: its strength, stress, direction and note, and removing it. */
export function renderLineMenu(h: EcoPanelHost, line: EcoLine): TemplateResult {
  return html`${renderLineControls(h, line)}
    <div class="actions">
      <button class="danger" @click=${() => h.removeLine(line.tie.id)}>${h.t('removeLine')}</button>
      <button @click=${() => h.closeMenu()}>${h.common('close')}</button>
    </div>`;
}

export function renderSystemForm(h: EcoPanelHost, person: Person): TemplateResult {
  const lines = h.model().linesBySystem.get(person.id) ?? [];
  const category = categoryOf(person);
  return html`<section>
      <label>${h.t('name')}
        <input type="text" name="system-name" .value=${formValue(person.name)} @change=${(e: Event) => updateSystem(h, person.id, { name: (e.target as HTMLInputElement).value })} />
      </label>
      <label>${h.t('category')}
        <select @change=${(e: Event) => updateSystem(h, person.id, { category: (e.target as HTMLSelectElement).value })}>
          ${categoryOptions(h, category)}
        </select>
      </label>
    </section>
    ${lines.map(
      (line) => html`<section>
        <h3 class="visually-hidden">${h.lineLabel(line)}</h3>
        ${renderLineControls(h, line)}
        <div class="actions"><button class="danger" @click=${() => h.removeLine(line.tie.id)}>${h.t('removeLine')}</button></div>
      </section>`,
    )}
    ${renderBetweenPicker(h, person)}
    <div class="actions">
      ${lines.length === 0 ? html`<button @click=${() => addLine(h, person.id)}>${h.t('addLine')}</button>` : nothing}
      <button class="danger" @click=${() => h.removeSystem(person.id)}>${h.t('removeSystem')}</button>
      <button @click=${() => h.closeMenu()}>${h.common('close')}</button>
    </div>`;
}

/** Draws a line between this system and another one (an alter–alter tie). */
function renderBetweenPicker(h: EcoPanelHost, person: Person): TemplateResult | typeof nothing {
  const linked = new Set(
    h.model().lines.filter((l) => l.between && (l.a === person.id || l.b === person.id)).map((l) => (l.a === person.id ? l.b : l.a)),
  );
  const others = h.model().systems.filter((s) => s.person.id !== person.id && !linked.has(s.person.id));
  if (!others.length) return nothing;
  return html`<section>
    <label>${h.t('lineToSystem')}
      <select
        @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          if (select.value) addLine(h, select.value, person.id);
          select.value = '';
        }}
      >
        <option value="">—</option>
        ${others.map((s) => html`<option value=${s.person.id}>${h.nameOf(s.person.id)}</option>`)}
      </select>
    </label>
  </section>`;
}

export function renderAddForm(h: EcoPanelHost): TemplateResult {
  const centre = h.model().centre;
  return html`<form
    @submit=${(e: Event) => {
      e.preventDefault();
      addSystem(h, e.target as HTMLFormElement);
    }}
  >
    <label>${h.t('name')} <input type="text" name="name" required autocomplete="off" /></label>
    <label>${h.t('category')} <select name="category">${categoryOptions(h, 'family')}</select></label>
    <label>${h.t('kind')}
      <select name="kind">
        <option value="person">${h.t('kindPerson')}</option>
        <option value="organisation">${h.t('kindOrganisation')}</option>
      </select>
    </label>
    ${centre.length > 1
      ? html`<label>${h.t('from')}
          <select name="from">${centre.map((p) => html`<option value=${p.id}>${p.name || '?'}</option>`)}</select>
        </label>`
      : nothing}
    <label>${h.t('strength')}
      <select name="strength">
        ${ECO_STRENGTHS.map((s) => html`<option value=${s} ?selected=${s === 'normal'}>${h.strengthWord(s)}</option>`)}
        <option value="none">${h.t('noLine')}</option>
      </select>
    </label>
    <div class="actions">
      <button type="submit" class="primary">${h.common('add')}</button>
      <button type="button" @click=${() => h.closeMenu()}>${h.common('cancel')}</button>
    </div>
  </form>`;
}

export function renderTables(h: EcoPanelHost): TemplateResult {
  const between = h.model().lines.filter((l) => l.between);
  return html`<div class="table-wrap" part="table" @keydown=${(e: KeyboardEvent) => void h.handleHistoryKeys(e)}>
    <table class="systems">
      <caption>${h.t('table')}</caption>
      <thead>
        <tr>
          <th scope="col">${h.t('system')}</th>
          <th scope="col">${h.t('category')}</th>
          ${h.model().centre.length > 1 ? html`<th scope="col">${h.t('from')}</th>` : nothing}
          <th scope="col">${h.t('strength')}</th>
          <th scope="col">${h.t('stress')}</th>
          <th scope="col">${h.t('direction')}</th>
          <th scope="col">${h.t('note')}</th>
        </tr>
      </thead>
      <tbody>
        ${h.systemsInOrder().flatMap((s) => {
          const lines = h.model().linesBySystem.get(s.person.id) ?? [];
          return lines.length ? lines.map((l) => renderRow(h, s.person, s.category, l)) : [renderRow(h, s.person, s.category, undefined)];
        })}
      </tbody>
    </table>
    ${between.length
      ? html`<table class="between">
          <caption>${h.t('betweenTable')}</caption>
          <thead>
            <tr>
              <th scope="col">${h.t('system')}</th>
              <th scope="col">${h.t('system')}</th>
              <th scope="col">${h.t('strength')}</th>
              <th scope="col">${h.t('stress')}</th>
              <th scope="col">${h.t('direction')}</th>
              <th scope="col">${h.t('note')}</th>
            </tr>
          </thead>
          <tbody>
            ${between.map(
              (l) => html`<tr data-tie-id=${l.tie.id}>
                <th scope="row">${h.nameOf(l.a)}</th>
                <td>${h.nameOf(l.b)}</td>
                ${renderLineCells(h, l, h.nameOf(l.a))}
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}

function renderRow(h: EcoPanelHost, person: Person, category: string, line: EcoLine | undefined): TemplateResult {
  const name = h.nameOf(person.id);
  const ro = h.readonly();
  return html`<tr data-person-id=${person.id} data-tie-id=${line?.tie.id ?? ''}>
    <th scope="row">
      <input type="text" aria-label="${h.t('name')}: ${name}" .value=${formValue(person.name)} ?disabled=${ro}
        @change=${(e: Event) => updateSystem(h, person.id, { name: (e.target as HTMLInputElement).value })} />
    </th>
    <td>
      <select aria-label="${h.t('category')}: ${name}" ?disabled=${ro}
        @change=${(e: Event) => updateSystem(h, person.id, { category: (e.target as HTMLSelectElement).value })}>
        ${categoryOptions(h, category)}
      </select>
    </td>
    ${h.model().centre.length > 1 ? html`<td data-col="from">${line ? h.nameOf(line.a) : ''}</td>` : nothing}
    ${line
      ? renderLineCells(h, line, name)
      : html`<td>
            <select data-col="strength" aria-label="${h.t('strength')}: ${name}" ?disabled=${ro}
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                if (value !== 'none') addLine(h, person.id, h.egoId(), value as EcoStrength);
              }}>
              <option value="none" selected>${h.t('noLine')}</option>
              ${ECO_STRENGTHS.map((s) => html`<option value=${s}>${h.strengthWord(s)}</option>`)}
            </select>
          </td>
          <td></td>
          <td></td>
          <td></td>`}
  </tr>`;
}

function renderLineCells(h: EcoPanelHost, line: EcoLine, name: string): TemplateResult {
  const id = line.tie.id;
  const ro = h.readonly();
  const dirLabel = (d: EcoDirection) =>
    d === 'out' || d === 'in' ? h.t(`direction.${d}`, { name: h.nameOf(line.b) }) : h.t(`direction.${d}` as EcoGramMessageKey);
  return html`<td>
      <select data-col="strength" aria-label="${h.t('strength')}: ${name}" ?disabled=${ro}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          if (value === 'none') h.removeLine(id);
          else changeLine(h, id, { strength: value as EcoStrength });
        }}>
        ${ECO_STRENGTHS.map((s) => html`<option value=${s} ?selected=${line.strength === s}>${h.strengthWord(s)}</option>`)}
        <option value="none">${h.t('noLine')}</option>
      </select>
    </td>
    <td>
      <input type="checkbox" data-col="stress" aria-label="${h.t('stressful')}: ${name}" .checked=${line.stress} ?disabled=${ro}
        @change=${(e: Event) => changeLine(h, id, { stress: (e.target as HTMLInputElement).checked })} />
    </td>
    <td>
      <select data-col="direction" aria-label="${h.t('direction')}: ${name}" ?disabled=${ro}
        @change=${(e: Event) => changeLine(h, id, { direction: (e.target as HTMLSelectElement).value as EcoDirection })}>
        ${ECO_DIRECTIONS.map((d) => html`<option value=${d} ?selected=${line.direction === d}>${dirLabel(d)}</option>`)}
      </select>
    </td>
    <td>
      <input type="text" data-col="note" aria-label="${h.t('note')}: ${name}" .value=${formValue(line.tie.note ?? '')} ?disabled=${ro}
        @change=${(e: Event) => changeLine(h, id, { note: (e.target as HTMLInputElement).value })} />
    </td>`;
}

// ------------------------------------------------------------------ edits

/** Changes a line's strength, stress or direction (one undo step) and says so. */
function changeLine(h: EcoPanelHost, tieId: Id, change: { strength?: EcoStrength; stress?: boolean; direction?: EcoDirection; note?: string }): void {
  const line = h.lineById(tieId);
  if (!line) return;
  let patch: Partial<Tie> = {};
  const words: string[] = [];
  if (change.strength !== undefined || change.stress !== undefined) {
    patch = linePatch(line.tie, change);
    if (change.strength !== undefined) words.push(h.strengthWord(change.strength));
    if (change.stress !== undefined) words.push(change.stress ? h.t('stressful') : `${h.t('stress')}: –`);
  }
  if (change.direction !== undefined) {
    patch.flow = flowFor(line.tie, line.a, change.direction);
    words.push(h.directionWord(line, change.direction));
  }
  if (change.note !== undefined) {
    patch.note = change.note.trim() ? change.note : undefined;
    words.push(h.t('note'));
  }
  const label = `${h.nameOf(line.a)} – ${h.nameOf(line.b)}`;
  const done = h.edit((doc) => withLabel(updateTie(doc, tieId, patch), label));
  if (done) h.announce(h.t('lineChanged', { a: h.nameOf(line.a), b: h.nameOf(line.b), what: words.join(', ') }));
}

/** Moves a line's household end to another member of the household; the flow keeps its meaning. */
function moveLineEnd(h: EcoPanelHost, tieId: Id, memberId: Id): void {
  const line = h.lineById(tieId);
  if (!line || line.between || line.a === memberId) return;
  const patch: Partial<Tie> = line.tie.from === line.a ? { from: memberId } : { to: memberId };
  const label = `${h.nameOf(memberId)} – ${h.nameOf(line.b)}`;
  const done = h.edit((doc) => withLabel(updateTie(doc, tieId, patch), label));
  if (done) h.announce(h.t('lineChanged', { a: h.nameOf(memberId), b: h.nameOf(line.b), what: h.t('from') }));
}

/** Draws a normal line from the client (or a household member) to a system. */
function addLine(h: EcoPanelHost, systemId: Id, fromId: Id = h.egoId(), strength: EcoStrength = 'normal'): Id | undefined {
  let tieId: Id | undefined;
  const done = h.edit((doc) => {
    const r = addTie(doc, { from: fromId, to: systemId, quality: strength });
    tieId = r.change.ids[0];
    return withLabel(r, `${h.nameOf(fromId)} – ${h.nameOf(systemId)}`);
  });
  if (done) h.announce(h.t('lineAdded', { a: h.nameOf(fromId), b: h.nameOf(systemId) }));
  return tieId;
}

function addSystem(h: EcoPanelHost, form: HTMLFormElement): void {
  const data = new FormData(form);
  const name = String(data.get('name') ?? '').trim();
  if (!name) {
    form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
    return;
  }
  const category = String(data.get('category') ?? 'other');
  const kind = data.get('kind') === 'organisation' ? 'organisation' : 'person';
  const from = String(data.get('from') ?? h.egoId());
  const strength = String(data.get('strength') ?? 'normal');
  let newId: Id | undefined;
  const done = h.edit((doc) => {
    const added = addPerson(doc, { kind, name, category, professional: ['health', 'services', 'income'].includes(category) || undefined });
    newId = added.change.ids[0];
    if (strength === 'none') return added;
    const tied = addTie(added.doc, { from, to: newId, quality: strength as EcoStrength });
    return batch(tied.doc, [added.change, tied.change], name);
  });
  if (done && newId) {
    h.announce(h.t('added', { name }));
    h.systemAdded(newId);
  }
}

function updateSystem(h: EcoPanelHost, id: Id, patch: Partial<Person>): void {
  const name = patch.name !== undefined ? patch.name : h.nameOf(id);
  const done = h.edit((doc) => updatePerson(doc, id, patch));
  if (done) h.announce(h.t('systemChanged', { name }));
}

/** Several changes as one undo step. */
function batch(doc: CareNetwork, changes: Change[], label: string): OpResult {
  return { doc, change: { type: 'batch', ids: [...new Set(changes.flatMap((c) => c.ids))], changes, label } };
}
