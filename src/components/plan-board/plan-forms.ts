/**
 * The forms of the board's edit dialog: a question, an agreement, a condition, a meeting's
 * notes, the plan's review date, and what saving or removing each one does to the document.
 * Plain labelled controls, big enough to touch; the dialog reads the values with FormData, so
 * the forms hold no state except who is picked. A lazy part of the board: only an opened form
 * needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formValue } from '../../base/form-value.js';
import { AGREEMENT_STATUSES, type AgreementStatus, type CareNetwork, type Change, type Id, type OpResult, type PartialDate } from '../../model/types.js';
import {
  addAgreement,
  addCondition,
  addMeeting,
  addQuestion,
  removeAgreement,
  removeCondition,
  removeMeeting,
  removeQuestion,
  updateAgreement,
  updateCondition,
  updateMeeting,
  updatePlan,
  updateQuestion,
} from '../../model/operations/index.js';
import { isFullDate } from '../../model/plan-figures.js';
import { canTakePart, type PlanView } from './plan-view.js';

export { formStyles } from './plan-forms.styles.js';

export type EditTarget =
  | { kind: 'question'; id?: Id }
  | { kind: 'agreement'; id?: Id; questionId: Id; who: Id[] }
  | { kind: 'condition'; id?: Id }
  | { kind: 'meeting'; id?: Id }
  | { kind: 'review' };

export interface FormHandlers {
  submit(event: SubmitEvent): void;
  cancel(): void;
  remove(): void;
  toggleWho(id: Id, checked: boolean): void;
  addPerson(input: HTMLInputElement): void;
}

/** A date field: a date picker for full dates; a text field keeps a partial date ("2026-03") as it is. */
function dateField(name: string, label: string, value: PartialDate | undefined, required = false): TemplateResult {
  const partial = value !== undefined && value !== '' && !isFullDate(value);
  return html`<label class="field">
    <span>${label}</span>
    <input
      name=${name}
      type=${partial ? 'text' : 'date'}
      pattern=${partial ? '\\d{4}(-\\d{2}(-\\d{2})?)?' : nothing}
      .value=${formValue(value ?? '')}
      ?required=${required}
    />
  </label>`;
}

function textField(
  name: string,
  label: string,
  value: string | undefined,
  options: { area?: boolean; required?: boolean; hint?: string; rows?: number } = {},
) {
  return html`<label class="field">
    <span>${label}</span>
    ${options.hint ? html`<small class="hint">${options.hint}</small>` : nothing}
    ${options.area
      ? html`<textarea name=${name} rows=${options.rows ?? 2} ?required=${options.required} .value=${formValue(value ?? '')}></textarea>`
      : html`<input name=${name} type="text" ?required=${options.required} .value=${formValue(value ?? '')} />`}
  </label>`;
}

function actions(v: PlanView, on: FormHandlers, removeLabel?: string): TemplateResult {
  return html`<div class="dialog-actions">
    ${removeLabel ? html`<button type="button" class="danger" @click=${on.remove}>${removeLabel}</button>` : nothing}
    <span class="spacer"></span>
    <button type="button" @click=${on.cancel}>${v.commonCancel()}</button>
    <button type="submit" class="primary">${v.commonSave()}</button>
  </div>`;
}

function agreementForm(v: PlanView, target: Extract<EditTarget, { kind: 'agreement' }>, on: FormHandlers): TemplateResult {
  const a = target.id ? v.doc.plan.agreements.find((x) => x.id === target.id) : undefined;
  const picked = new Set(target.who);
  // The client first, then the living network in its own order (someone already picked always stays).
  const people = v.doc.people
    .filter((p) => picked.has(p.id) || canTakePart(p))
    .sort((x, y) => (x.id === v.doc.egoId ? -1 : y.id === v.doc.egoId ? 1 : 0));
  return html`<h2 id="dialog-title">${v.t(a ? 'editAgreement' : 'addAgreement')}</h2>
    ${textField('what', v.t('what'), a?.what, { area: true, required: true, hint: v.t('whatHint'), rows: 3 })}
    <fieldset class="field who-field">
      <legend>${v.t('who')}</legend>
      <small class="hint">${v.t('whoHint')}</small>
      <div class="who-list">
        ${people.map((p) => {
          const marker = v.marker(p.id);
          return html`<label class="check">
            <input
              type="checkbox"
              name="who"
              value=${p.id}
              .checked=${formValue(picked.has(p.id))}
              @change=${(e: Event) => on.toggleWho(p.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${v.name(p.id)}${marker ? html` <small class="marker">(${marker})</small>` : nothing}</span>
          </label>`;
        })}
      </div>
      <div class="add-person">
        <label class="field">
          <span>${v.t('addPersonLabel')}</span>
          <input type="text" class="new-person" name="newPerson" autocomplete="off"
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                on.addPerson(e.target as HTMLInputElement);
              }
            }} />
        </label>
        <button type="button" @click=${(e: Event) =>
          on.addPerson((e.target as HTMLElement).parentElement!.querySelector<HTMLInputElement>('.new-person')!)}>
          ${v.t('addPersonButton')}
        </button>
      </div>
    </fieldset>
    ${textField('where', v.t('where'), a?.where)}
    <fieldset class="field when-field">
      <legend>${v.t('when')}</legend>
      <div class="row">
        ${dateField('whenDate', v.t('whenDate'), a?.when?.date)} ${dateField('whenUntil', v.t('whenUntil'), a?.when?.until)}
      </div>
      ${textField('whenText', v.t('whenText'), a?.when?.text, { hint: v.t('whenTextHint') })}
    </fieldset>
    ${textField('how', v.t('how'), a?.how, { area: true })}
    <div class="row">
      <label class="field">
        <span>${v.t('status')}</span>
        <select name="status">
          ${AGREEMENT_STATUSES.map(
            (s) => html`<option value=${s} ?selected=${(a?.status ?? 'not-started') === s}>${v.status(s)}</option>`,
          )}
        </select>
      </label>
      ${dateField('reviewDate', v.t('reviewDate'), a?.reviewDate)}
    </div>
    ${v.doc.plan.conditions.length
      ? html`<label class="field">
          <span>${v.t('condition')}</span>
          <select name="conditionId">
            <option value="" ?selected=${!a?.conditionId}>${v.t('conditionNone')}</option>
            ${v.doc.plan.conditions.map((c) => html`<option value=${c.id} ?selected=${a?.conditionId === c.id}>${c.text}</option>`)}
          </select>
        </label>`
      : nothing}
    ${textField('notes', v.t('notes'), a?.notes, { area: true })} ${actions(v, on, a ? v.t('removeAgreement') : undefined)}`;
}

/** The dialog's content for what is being edited. */
export function renderForm(v: PlanView, target: EditTarget, on: FormHandlers): TemplateResult {
  let body: TemplateResult;
  const { plan } = v.doc;
  switch (target.kind) {
    case 'question': {
      const q = target.id ? plan.questions.find((x) => x.id === target.id) : undefined;
      body = html`<h2 id="dialog-title">${v.t(q ? 'editQuestion' : 'addQuestion')}</h2>
        ${textField('text', v.t('questionText'), q?.text, { area: true, required: true, hint: v.t('questionHint') })}
        ${actions(v, on, q ? v.t('removeQuestion') : undefined)}`;
      break;
    }
    case 'agreement':
      body = agreementForm(v, target, on);
      break;
    case 'condition': {
      const c = target.id ? plan.conditions.find((x) => x.id === target.id) : undefined;
      body = html`<h2 id="dialog-title">${v.t(c ? 'editCondition' : 'addCondition')}</h2>
        ${textField('text', v.t('conditionText'), c?.text, { area: true, required: true })}
        ${textField('agency', v.t('agency'), c?.agency, { required: true, hint: v.t('agencyHint') })}
        ${textField('meaning', v.t('meaning'), c?.meaning, { area: true })}
        ${actions(v, on, c ? v.t('removeCondition') : undefined)}`;
      break;
    }
    case 'meeting': {
      const m = target.id ? plan.meetings.find((x) => x.id === target.id) : undefined;
      body = html`<h2 id="dialog-title">${v.t(m ? 'editMeeting' : 'addMeeting')}</h2>
        ${dateField('date', v.t('meetingDate'), m?.date, true)}
        ${textField('goesWell', v.t('goesWell'), m?.goesWell, { area: true })}
        ${textField('needsAttention', v.t('needsAttention'), m?.needsAttention, { area: true })}
        ${textField('planChanges', v.t('planChanges'), m?.planChanges, { area: true })}
        ${actions(v, on, m ? v.t('removeMeeting') : undefined)}`;
      break;
    }
    case 'review':
      body = html`<h2 id="dialog-title">${v.t('editReview')}</h2>
        ${dateField('reviewDate', v.t('planReviewDate'), plan.reviewDate)} ${actions(v, on)}`;
      break;
  }
  return html`<form method="dialog" @submit=${on.submit}>${body}</form>`;
}

/** What saving a form does: one edit, and where focus goes after a new record was added. */
export interface FormSave {
  op: (doc: CareNetwork) => OpResult;
  focusAfterAdd?: (change: Change) => string;
}

/** The edit a submitted form stands for (`doc` is the document the form was filled in for). */
export function formSave(target: EditTarget, data: FormData, doc: CareNetwork): FormSave {
  const text = (name: string): string | undefined => {
    const value = String(data.get(name) ?? '').trim();
    return value || undefined;
  };
  switch (target.kind) {
    case 'question': {
      const fields = { text: text('text') ?? '' };
      if (target.id) return { op: (d) => updateQuestion(d, target.id!, fields) };
      return { op: (d) => addQuestion(d, fields), focusAfterAdd: (change) => `[data-column="${change.ids[0]}"] .add-agreement` };
    }
    case 'agreement': {
      const when = { date: text('whenDate'), until: text('whenUntil'), text: text('whenText') };
      const fields = {
        what: text('what') ?? '',
        who: target.who.filter((id) => doc.people.some((p) => p.id === id)),
        where: text('where'),
        when: when.date || when.until || when.text ? JSON.parse(JSON.stringify(when)) : undefined,
        how: text('how'),
        status: (text('status') ?? 'not-started') as AgreementStatus,
        reviewDate: text('reviewDate'),
        notes: text('notes'),
        conditionId: text('conditionId'),
      };
      if (target.id) return { op: (d) => updateAgreement(d, target.id!, fields) };
      const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as typeof fields;
      return {
        op: (d) => addAgreement(d, { ...clean, questionId: target.questionId }),
        focusAfterAdd: (change) => `[data-card="${change.ids[0]}"] .card-title`,
      };
    }
    case 'condition': {
      const fields = { text: text('text') ?? '', agency: text('agency') ?? '', meaning: text('meaning') };
      if (target.id) return { op: (d) => updateCondition(d, target.id!, fields) };
      const { meaning, ...rest } = fields;
      return { op: (d) => addCondition(d, meaning ? { ...rest, meaning } : rest) };
    }
    case 'meeting': {
      const fields = {
        date: text('date') ?? '',
        goesWell: text('goesWell'),
        needsAttention: text('needsAttention'),
        planChanges: text('planChanges'),
      };
      if (target.id) return { op: (d) => updateMeeting(d, target.id!, fields) };
      const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as typeof fields;
      return { op: (d) => addMeeting(d, clean) };
    }
    case 'review':
      return { op: (d) => updatePlan(d, { reviewDate: text('reviewDate') }) };
  }
}

/** Removes the record a form edits. */
export function formRemove(kind: 'question' | 'agreement' | 'condition' | 'meeting', id: Id): (doc: CareNetwork) => OpResult {
  const ops = { question: removeQuestion, agreement: removeAgreement, condition: removeCondition, meeting: removeMeeting } as const;
  return (doc) => ops[kind](doc, id);
}
