/**
 * The dialog forms of the genogram: a person's details, a partnership's history, an
 * emotional relation, and what saving each one does to the document. The element owns the
 * `<dialog>` and applies the result as one undo step. Dates are partial (year, year-month,
 * year-month-day), as families know them. A lazy part of the element (LazyPart): first paint
 * never needs it, so it comes in its own chunk when the browser is idle or a dialog opens.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formValue } from '../../base/form-value.js';
import {
  addEmotionalRelation,
  addUnionEvent,
  removeEmotionalRelation,
  setHousehold,
  updateChild,
  updatePerson,
} from '../../model/operations/index.js';
import {
  EMOTIONAL_KINDS,
  GENDERS,
  PREGNANCY_STATES,
  SEXES,
  UNION_STATUSES,
  CHILD_KINDS,
  type Change,
  type ChildKind,
  type EmotionalKind,
  type HealthMarker,
  type Id,
  type OpResult,
  type CareNetwork,
  type Person,
  type Union,
  type UnionStatus,
} from '../../model/types.js';
import { displayName, historyWords, namesOf, type GenogramKey, type Words } from './genogram-labels.js';
import type { FamilyIndex } from './family-graph.js';

export { dialogStyles } from './genogram-dialog.styles.js';

/** The open edit dialog: whose details, which partnership, or whose emotional relations. */
export type Dialog =
  | { type: 'person'; personId: Id }
  | { type: 'union'; personId: Id; unionId?: Id }
  | { type: 'relation'; personId: Id };

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

export interface PersonDraft {
  markers: HealthMarker[];
}

export interface PersonFormValues {
  patch: Partial<Person>;
  childKind?: string;
  twinType?: string;
  household?: boolean;
}

/** Reads the person form into a patch; empty fields clear the value. */
export function readPersonForm(form: HTMLFormElement, draft: PersonDraft): PersonFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const opt = <T extends string>(name: string): T | undefined => (text(name) ? (text(name) as T) : undefined);
  const patch: Partial<Person> = {
    name: text('name'),
    sex: opt('sex'),
    gender: opt('gender'),
    birth: opt('birth'),
    death: opt('death'),
    deceased: data.get('deceased') === 'on' || undefined,
    pregnancy: opt('pregnancy'),
    notes: opt('notes'),
    healthMarkers: draft.markers.length ? draft.markers.map((m) => ({ ...m })) : undefined,
  };
  return {
    patch,
    childKind: opt('childKind'),
    twinType: text('twinType'),
    household: data.has('household') ? data.get('household') === 'on' : undefined,
  };
}

export interface PersonDialogOptions {
  index: FamilyIndex;
  person: Person;
  words: Words;
  draft: PersonDraft;
  inHousehold: boolean;
  onMarkerAdd: (marker: HealthMarker) => void;
  onMarkerRemove: (i: number) => void;
  onMarkerStatus: (i: number, status: HealthMarker['status']) => void;
}

export function personForm(o: PersonDialogOptions): TemplateResult {
  const { person, words, index } = o;
  const t = words.t;
  const link = (index.childOf.get(person.id) ?? [])[0];
  const select = (name: string, values: readonly string[], prefix: string, current: string | undefined, empty = true) =>
    html`<select name=${name} id=${`f-${name}`}>
      ${empty ? html`<option value="" ?selected=${!current}>${t('none')}</option>` : nothing}
      ${values.map((v) => html`<option value=${v} ?selected=${current === v}>${t(`${prefix}${v}` as GenogramKey)}</option>`)}
    </select>`;
  const addMarker = (e: Event) => {
    const row = (e.currentTarget as HTMLElement).closest('.marker-add')!;
    const input = row.querySelector<HTMLInputElement>('input')!;
    const status = row.querySelector<HTMLSelectElement>('select')!.value as HealthMarker['status'];
    if (!input.value.trim()) return input.focus();
    o.onMarkerAdd({ condition: input.value.trim(), status });
    input.value = '';
  };
  return html`
    <div class="field"><label for="f-name">${t('fieldName')}</label>
      <input id="f-name" name="name" .value=${formValue(person.name ?? '')} autocomplete="off" /></div>
    <div class="field-row">
      <div class="field"><label for="f-sex">${t('fieldSex')}</label>${select('sex', SEXES, 'sex_', person.sex)}</div>
      <div class="field"><label for="f-gender">${t('fieldGender')}</label>${select('gender', GENDERS, 'gender_', person.gender)}</div>
    </div>
    <div class="field-row">
      <div class="field"><label for="f-birth">${t('fieldBirth')}</label>
        <input id="f-birth" name="birth" .value=${formValue(person.birth ?? '')} pattern=${DATE_PATTERN} title=${t('badDate')} inputmode="numeric" /></div>
      <div class="field"><label for="f-death">${t('fieldDeath')}</label>
        <input id="f-death" name="death" .value=${formValue(person.death ?? '')} pattern=${DATE_PATTERN} title=${t('badDate')} inputmode="numeric" /></div>
    </div>
    <div class="field check"><input type="checkbox" id="f-deceased" name="deceased" ?checked=${Boolean(person.deceased)} />
      <label for="f-deceased">${t('fieldDeceased')}</label></div>
    <div class="field"><label for="f-pregnancy">${t('fieldPregnancy')}</label>
      <select name="pregnancy" id="f-pregnancy">
        <option value="" ?selected=${!person.pregnancy}>${t('preg_none')}</option>
        ${PREGNANCY_STATES.map((v) => html`<option value=${v} ?selected=${person.pregnancy === v}>${t(`preg_${v}` as GenogramKey)}</option>`)}
      </select></div>
    ${link
      ? html`<div class="field-row">
          <div class="field"><label for="f-childKind">${t('fieldChildKind', { parents: namesOf(index, link.union.partners, words) })}</label>
            ${select('childKind', CHILD_KINDS, 'child_', link.link.kind, false)}</div>
          <div class="field"><label for="f-twinType">${t('fieldTwinType')}</label>
            <select name="twinType" id="f-twinType">
              <option value="" ?selected=${!link.link.twinGroup}>${t('twin_none')}</option>
              <option value="fraternal" ?selected=${Boolean(link.link.twinGroup) && link.link.twinType !== 'identical'}>${t('twin_fraternal')}</option>
              <option value="identical" ?selected=${link.link.twinType === 'identical'}>${t('twin_identical')}</option>
            </select></div>
        </div>`
      : nothing}
    ${person.id !== index.doc.egoId
      ? html`<div class="field check"><input type="checkbox" id="f-household" name="household" ?checked=${o.inHousehold} />
          <label for="f-household">${t('fieldHousehold')}</label>
          <input type="hidden" name="household-shown" value="1" /></div>`
      : nothing}
    <fieldset class="markers"><legend>${t('legendHealth')}</legend>
      <ul>
        ${o.draft.markers.map(
          (m, i) => html`<li>
            <span>${m.condition}</span>
            <select aria-label=${`${m.condition}: ${t('healthStatus')}`} @change=${(e: Event) => o.onMarkerStatus(i, (e.target as HTMLSelectElement).value as HealthMarker['status'])}>
              ${(['diagnosed', 'suspected', 'in-recovery'] as const).map((s) => html`<option value=${s} ?selected=${(m.status ?? 'diagnosed') === s}>${t(`health_${s}`)}</option>`)}
            </select>
            <button type="button" @click=${() => o.onMarkerRemove(i)}>${t('healthRemove', { condition: m.condition })}</button>
          </li>`,
        )}
      </ul>
      <div class="marker-add field-row">
        <div class="field"><label for="f-condition">${t('healthCondition')}</label><input id="f-condition" /></div>
        <div class="field"><label for="f-condition-status">${t('healthStatus')}</label>
          <select id="f-condition-status">${(['diagnosed', 'suspected', 'in-recovery'] as const).map((s) => html`<option value=${s}>${t(`health_${s}`)}</option>`)}</select></div>
        <button type="button" class="add-marker" @click=${addMarker}>${t('healthAdd')}</button>
      </div>
    </fieldset>
    <div class="field"><label for="f-notes">${t('fieldNotes')}</label>
      <textarea id="f-notes" name="notes" rows="3" .value=${formValue(person.notes ?? '')}></textarea></div>`;
}

export function unionForm(index: FamilyIndex, personId: Id, union: Union | undefined, unions: Union[], words: Words, onPick: (id: Id) => void): TemplateResult {
  const t = words.t;
  const person = index.people.get(personId);
  if (!union) return html`<p>${t('noPartnership', { name: displayName(person, words) })}</p>`;
  const other = (u: Union) => displayName(index.people.get(u.partners.find((p) => p !== personId) ?? personId), words);
  return html`
    ${unions.length > 1
      ? html`<div class="field"><label for="f-union">${t('choosePartner')}</label>
          <select id="f-union" @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
            ${unions.map((u) => html`<option value=${u.id} ?selected=${u.id === union.id}>${other(u)}</option>`)}
          </select></div>`
      : nothing}
    <p class="history"><strong>${t('unionHistory')}:</strong> ${historyWords(union, words)}</p>
    <fieldset><legend>${t('unionAddEvent')}</legend>
      <div class="field-row">
        <div class="field"><label for="f-status">${t('unionStatus')}</label>
          <select id="f-status" name="status">${UNION_STATUSES.map((s) => html`<option value=${s}>${t(`status_${s}` as GenogramKey)}</option>`)}</select></div>
        <div class="field"><label for="f-date">${t('unionDate')}</label>
          <input id="f-date" name="date" pattern=${DATE_PATTERN} title=${t('badDate')} inputmode="numeric" /></div>
      </div>
    </fieldset>`;
}

export function relationForm(index: FamilyIndex, people: Person[], personId: Id, words: Words, onRemove: (id: Id) => void): TemplateResult {
  const t = words.t;
  const others = people.filter((p) => p.id !== personId);
  const mine = index.doc.emotionalRelations.filter((r) => r.from === personId || r.to === personId);
  const name = (id: Id) => displayName(index.people.get(id), words);
  return html`
    <div class="field"><label for="f-with">${t('relationWith')}</label>
      <select id="f-with" name="with" required>
        ${others.map((p) => html`<option value=${p.id}>${displayName(p, words)}</option>`)}
      </select></div>
    <div class="field"><label for="f-kind">${t('relationKind')}</label>
      <select id="f-kind" name="kind">${EMOTIONAL_KINDS.map((k: EmotionalKind) => html`<option value=${k}>${t(`emo_${k}` as GenogramKey)}</option>`)}</select></div>
    <div class="field"><label for="f-note">${t('relationNote')}</label><input id="f-note" name="note" /></div>
    ${mine.length
      ? html`<h3>${t('relationExisting', { name: name(personId) })}</h3>
          <ul class="relations-list">
            ${mine.map((r) => {
              const other = name(r.from === personId ? r.to : r.from);
              const kind = t(`emo_${r.kind}` as GenogramKey);
              return html`<li>${kind}: ${other}
                <button type="button" @click=${() => onRemove(r.id)}>${t('relationRemove', { kind, other })}</button></li>`;
            })}
          </ul>`
      : nothing}`;
}

/** What the dialog needs from the element. */
export interface DialogContext {
  index: FamilyIndex;
  /** The genogram's people (the relation form offers them). */
  people: Person[];
  words: Words;
  draft: PersonDraft;
  setDraft: (draft: PersonDraft) => void;
  /** Shows another partnership of the person in the union dialog. */
  pickUnion: (unionId: Id) => void;
  removeRelation: (id: Id) => void;
}

/** A person's partnerships with two partners: the ones the union dialog can change. */
export function partnerUnions(index: FamilyIndex, id: Id): Union[] {
  return (index.partnerIn.get(id) ?? []).filter((u) => u.partners.length === 2);
}

/** The dialog's title and form; `canSave` is false when there is nothing to save (no partnership). */
export function dialogContent(d: Dialog, person: Person, c: DialogContext): { title: string; body: TemplateResult; canSave: boolean } {
  const w = c.words;
  const name = displayName(person, w);
  if (d.type === 'person') {
    const doc = c.index.doc;
    const home = doc.households.find((h) => h.members.includes(doc.egoId));
    const body = personForm({
      index: c.index,
      person,
      words: w,
      draft: c.draft,
      inHousehold: Boolean(home?.members.includes(person.id)),
      onMarkerAdd: (m) => c.setDraft({ markers: [...c.draft.markers, m] }),
      onMarkerRemove: (i) => c.setDraft({ markers: c.draft.markers.filter((_, j) => j !== i) }),
      onMarkerStatus: (i, status) => c.setDraft({ markers: c.draft.markers.map((m, j) => (j === i ? { ...m, status } : m)) }),
    });
    return { title: w.t('dialogPerson', { name }), body, canSave: true };
  }
  if (d.type === 'union') {
    const unions = partnerUnions(c.index, d.personId);
    const union = unions.find((u) => u.id === d.unionId) ?? unions.at(-1);
    const other = union?.partners.find((p) => p !== d.personId);
    return {
      title: union ? w.t('dialogUnion', { a: name, b: displayName(c.index.people.get(other ?? ''), w) }) : w.t('editUnion'),
      body: unionForm(c.index, d.personId, union, unions, w, c.pickUnion),
      canSave: Boolean(union),
    };
  }
  return { title: w.t('dialogRelation', { name }), body: relationForm(c.index, c.people, d.personId, w, c.removeRelation), canSave: true };
}

/** What saving the dialog does: one edit of the document and the words that announce it. */
export interface DialogEdit {
  label: string;
  op: (doc: CareNetwork) => OpResult;
}

/** The edit a submitted dialog form stands for, or undefined when there is nothing to save. */
export function dialogEdit(d: Dialog, form: HTMLFormElement, index: FamilyIndex, draft: PersonDraft, words: Words): DialogEdit | undefined {
  if (d.type === 'person') return personEdit(form, d.personId, index, draft, words);
  if (d.type === 'union') {
    const unionId = d.unionId ?? partnerUnions(index, d.personId).at(-1)?.id;
    return unionId ? unionEdit(form, unionId, words) : undefined;
  }
  return relationEdit(form, d.personId, index, words);
}

/** The person's details, child link, twin type and household membership: one batch. */
function personEdit(form: HTMLFormElement, id: Id, index: FamilyIndex, draft: PersonDraft, words: Words): DialogEdit {
  const values = readPersonForm(form, draft);
  const link = (index.childOf.get(id) ?? [])[0];
  const label = words.t('updated', { name: values.patch.name || displayName(index.people.get(id), words) });
  const op = (doc: CareNetwork): OpResult => {
    const changes: Change[] = [];
    let next = doc;
    const step = (r: OpResult) => ((next = r.doc), changes.push(r.change));
    step(updatePerson(next, id, values.patch));
    if (link) {
      const twinType = values.twinType;
      const patch = {
        kind: (values.childKind as ChildKind | undefined) ?? link.link.kind,
        twinGroup: twinType ? (link.link.twinGroup ?? `twins-${id}`) : undefined,
        twinType: twinType ? (twinType as 'identical' | 'fraternal') : undefined,
      };
      step(updateChild(next, link.union.id, id, patch));
      // Twins share one type: changing it for one changes it for the other.
      if (twinType && link.link.twinGroup)
        for (const c of link.union.children)
          if (c.twinGroup === link.link.twinGroup && c.personId !== id)
            step(updateChild(next, link.union.id, c.personId, { twinType: twinType as 'identical' | 'fraternal' }));
    }
    if (values.household !== undefined) {
      const home = next.households.find((h) => h.members.includes(next.egoId));
      const members = new Set(home?.members ?? [next.egoId]);
      if (values.household) members.add(id);
      else members.delete(id);
      if (home || values.household) step(setHousehold(next, { ...(home ?? {}), members: [...members] }));
    }
    return { doc: next, change: { type: 'batch', ids: [id], changes, label } };
  };
  return { label, op };
}

/** A new event in a partnership's history (married, separated, …) with its date. */
function unionEdit(form: HTMLFormElement, unionId: Id, words: Words): DialogEdit {
  const data = new FormData(form);
  const status = String(data.get('status')) as UnionStatus;
  const date = String(data.get('date') ?? '').trim();
  const label = words.t('statusChanged', { status: words.t(`status_${status}` as GenogramKey) });
  return {
    label,
    op: (doc) => {
      const r = addUnionEvent(doc, unionId, date ? { status, date } : { status });
      return { ...r, change: { ...r.change, label } };
    },
  };
}

function relationEdit(form: HTMLFormElement, from: Id, index: FamilyIndex, words: Words): DialogEdit {
  const data = new FormData(form);
  const to = String(data.get('with'));
  const kind = String(data.get('kind')) as EmotionalKind;
  const note = String(data.get('note') ?? '').trim();
  const label = words.t('relationAdded', {
    kind: words.t(`emo_${kind}` as GenogramKey),
    from: displayName(index.people.get(from), words),
    to: displayName(index.people.get(to), words),
  });
  return {
    label,
    op: (doc) => {
      const r = addEmotionalRelation(doc, { from, to, kind, ...(note ? { note } : {}) });
      return { ...r, change: { ...r.change, label } };
    },
  };
}

/** Removes an emotional relation (the button beside it in the relation dialog). */
export const removeRelationOp = (id: Id) => (doc: CareNetwork) => removeEmotionalRelation(doc, id);
