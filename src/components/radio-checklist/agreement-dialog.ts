import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CareNetwork, Id } from '../../model/types.js';

/**
 * The "make it an agreement" form: which plan question (pick one or write a new one), what will
 * be done (pre-filled from the strategy), and who does it (the person and/or the client).
 */
export interface AgreementDraft {
  strategyId: Id;
  title: string;
  /** An existing question id, or `new`. */
  questionId: Id | 'new';
  newQuestion: string;
  what: string;
  /** People who can be chosen, with their labels. */
  candidates: Array<{ id: Id; label: string }>;
  who: Id[];
  error?: string;
}

export interface AgreementDialogLabels {
  question: string;
  newQuestion: string;
  newQuestionText: string;
  what: string;
  who: string;
  create: string;
  cancel: string;
}

export interface AgreementDialogHandlers {
  change: (patch: Partial<AgreementDraft>) => void;
  submit: () => void;
  cancel: () => void;
}

export function renderAgreementDialog(
  draft: AgreementDraft | undefined,
  doc: CareNetwork,
  labels: AgreementDialogLabels,
  on: AgreementDialogHandlers,
): TemplateResult | typeof nothing {
  if (!draft) return nothing;
  const questions = doc.plan.questions;
  const toggleWho = (id: Id, checked: boolean) =>
    on.change({ who: checked ? [...new Set([...draft.who, id])] : draft.who.filter((w) => w !== id) });
  return html`<dialog
    class="agreement-dialog"
    part="dialog agreement-dialog"
    aria-labelledby="agreement-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      on.cancel();
    }}
  >
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        on.submit();
      }}
    >
      <h2 id="agreement-title">${draft.title}</h2>
      <label class="field">
        <span>${labels.question}</span>
        <select
          name="question"
          @change=${(e: Event) => on.change({ questionId: (e.target as HTMLSelectElement).value })}
        >
          ${questions.map((q) => html`<option value=${q.id} .selected=${live(q.id === draft.questionId)}>${q.text}</option>`)}
          <option value="new" .selected=${live(draft.questionId === 'new')}>${labels.newQuestion}</option>
        </select>
      </label>
      ${draft.questionId === 'new'
        ? html`<label class="field">
            <span>${labels.newQuestionText}</span>
            <input
              name="new-question"
              .value=${live(draft.newQuestion)}
              @input=${(e: Event) => on.change({ newQuestion: (e.target as HTMLInputElement).value })}
            />
          </label>`
        : nothing}
      <label class="field">
        <span>${labels.what}</span>
        <textarea
          name="what"
          rows="2"
          .value=${live(draft.what)}
          @input=${(e: Event) => on.change({ what: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
      <fieldset class="who">
        <legend>${labels.who}</legend>
        ${draft.candidates.map(
          (c) => html`<label class="check">
            <input
              type="checkbox"
              name="who"
              value=${c.id}
              .checked=${live(draft.who.includes(c.id))}
              @change=${(e: Event) => toggleWho(c.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${c.label}</span>
          </label>`,
        )}
      </fieldset>
      ${draft.error ? html`<p class="form-error" role="alert">${draft.error}</p>` : nothing}
      <div class="choices">
        <button type="submit" class="primary">${labels.create}</button>
        <button type="button" @click=${on.cancel}>${labels.cancel}</button>
      </div>
    </form>
  </dialog>`;
}
