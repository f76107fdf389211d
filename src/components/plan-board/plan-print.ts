/**
 * The printed plan: one clear A4 document for every participant (the meeting hands everyone
 * a copy), or a personal version with only one person's agreements. Black on white, tables
 * that do not break inside a row, every fact in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement, Id } from '../../model/types.js';
import { filterAgreements, nextReview, todayIso } from '../../model/plan-figures.js';
import { formatWhen } from '../../io/plan-text.js';
import { STATUS_ICONS, type PlanView } from './plan-view.js';
export { PRINT_CSS, printStyles } from './plan-print.styles.js';

function whoList(v: PlanView, ids: Id[]): TemplateResult {
  return html`${ids.map((id, i) => {
    const marker = v.marker(id);
    return html`${i ? ', ' : ''}<span class="who">${v.name(id)}${marker ? html` <small>(${marker})</small>` : nothing}</span>`;
  })}`;
}

function agreementRows(v: PlanView, agreements: Agreement[]): TemplateResult {
  const conditions = new Map(v.doc.plan.conditions.map((c) => [c.id, c]));
  return html`<table class="print-table">
    <thead>
      <tr>
        <th scope="col">${v.t('what')}</th>
        <th scope="col">${v.t('who')}</th>
        <th scope="col">${v.t('when')}</th>
        <th scope="col">${v.t('status')}</th>
      </tr>
    </thead>
    <tbody>
      ${agreements.map((a) => {
        const condition = a.conditionId ? conditions.get(a.conditionId) : undefined;
        return html`<tr>
          <td>
            <strong>${a.what}</strong>
            ${a.where ? html`<div>${v.t('where')}: ${a.where}</div>` : nothing}
            ${a.how ? html`<div>${v.t('how')}: ${a.how}</div>` : nothing}
            ${condition ? html`<div>${v.t('linkedCondition', { text: condition.text })}</div>` : nothing}
          </td>
          <td>${a.who.length ? whoList(v, a.who) : v.t('whoNobody')}</td>
          <td>
            ${formatWhen(a.when, { until: v.t('until') }, (d) => v.date(d))}
            ${a.reviewDate ? html`<div>${v.t('reviewOn', { date: v.date(a.reviewDate) })}</div>` : nothing}
          </td>
          <td><span aria-hidden="true">${STATUS_ICONS[a.status] ?? ''}</span> ${v.status(a.status)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The print document; `personId` empty for everyone's version. */
export function renderPrintView(v: PlanView, personId: Id, now: Date = new Date()): TemplateResult {
  const { plan } = v.doc;
  const today = todayIso(now);
  const shown = filterAgreements(plan.agreements, { personId: personId || undefined });
  const review = nextReview(v.doc, today);
  const title = personId ? v.t('personalTitle', { name: v.name(personId) }) : v.title();
  const questions = plan.questions
    .map((q, i) => ({ q, n: i + 1, agreements: shown.filter((a) => a.questionId === q.id) }))
    .filter((g) => !personId || g.agreements.length);

  return html`<article class="print-doc" part="print" aria-labelledby="print-title">
    <header class="print-head">
      <h1 id="print-title">${title}</h1>
      <p>
        ${v.t('printMade', { date: v.date(today) })}
        ${review ? html` · <strong>${v.t('nextReview')}: ${v.date(review.date)}</strong>` : nothing}
      </p>
    </header>
    ${plan.conditions.length
      ? html`<section class="print-conditions" aria-labelledby="print-conditions">
          <h2 id="print-conditions">${v.t('conditions')}</h2>
          <p class="print-hint">${v.t('conditionsHint')}</p>
          <ul>
            ${plan.conditions.map(
              (c) =>
                html`<li>
                  <strong>${c.text}</strong> — ${v.t('agency')}: ${c.agency}${c.meaning ? html`. ${v.t('meaning')}: ${c.meaning}` : nothing}
                </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${questions.length
      ? questions.map(
          (g) => html`<section class="print-question" aria-labelledby="print-q-${g.q.id}">
            <h2 id="print-q-${g.q.id}">${g.n}. ${g.q.text}</h2>
            ${g.agreements.length ? agreementRows(v, g.agreements) : html`<p>${v.t('noAgreements')}</p>`}
          </section>`,
        )
      : html`<p>${personId ? v.t('noneShown') : v.t('noQuestionsReadonly')}</p>`}
    ${plan.coreTeam.members.length
      ? html`<section class="print-team" aria-labelledby="print-team">
          <h2 id="print-team">${v.t('coreTeam')}</h2>
          <ul>
            ${plan.coreTeam.members.map(
              (id) => html`<li>${whoList(v, [id])}${id === plan.coreTeam.chairId ? html` — <strong>${v.t('chair')}</strong>` : nothing}</li>`,
            )}
          </ul>
        </section>`
      : nothing}
  </article>`;
}
