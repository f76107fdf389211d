/**
 * Presentation mode: the plan on a big screen at the network meeting, one question at a
 * time in large type, with the conditions always in sight. Arrow keys, Page Up/Down and the
 * buttons step through the questions; Escape ends it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatWhen } from '../../io/plan-text.js';
import { STATUS_ICONS, type PlanView } from './plan-view.js';
export { presentStyles } from './plan-present.styles.js';

export interface PresentHandlers {
  go(index: number): void;
  exit(): void;
  keydown(event: KeyboardEvent): void;
}

export function renderPresentation(v: PlanView, index: number, on: PresentHandlers): TemplateResult {
  const { questions, agreements, conditions } = v.doc.plan;
  const count = questions.length;
  const i = Math.max(0, Math.min(index, count - 1));
  const q = questions[i];
  const mine = q ? agreements.filter((a) => a.questionId === q.id) : [];
  return html`<section class="present" part="presentation" aria-roledescription=${v.t('presentTitle')}
    aria-labelledby="present-q" tabindex="-1" @keydown=${on.keydown}>
    <header class="present-bar">
      <span class="present-title">${v.title()}</span>
      <span class="present-count" aria-live="polite">${count ? v.t('presentOf', { n: i + 1, count }) : ''}</span>
      <button type="button" class="present-exit" @click=${on.exit}>${v.t('exitPresent')}</button>
    </header>
    ${q
      ? html`<h2 id="present-q" class="present-question">${q.text}</h2>
          ${mine.length
            ? html`<ul class="present-list">
                ${mine.map(
                  (a) => html`<li class="present-card" data-status=${a.status}>
                    <h3>${a.what}</h3>
                    <p class="present-who">
                      ${a.who.length ? a.who.map((w) => v.name(w)).join(', ') : v.t('whoNobody')}
                    </p>
                    ${a.when ? html`<p>${formatWhen(a.when, { until: v.t('until') }, (d) => v.date(d))}</p>` : nothing}
                    <p class="present-status"><span aria-hidden="true">${STATUS_ICONS[a.status] ?? ''}</span> ${v.status(a.status)}</p>
                  </li>`,
                )}
              </ul>`
            : html`<p class="present-empty">${v.t('noAgreements')}</p>`}`
      : html`<h2 id="present-q" class="present-question">${v.t('presentEmpty')}</h2>`}
    ${conditions.length
      ? html`<aside class="present-conditions" aria-label=${v.t('conditions')}>
          <strong>${v.t('conditions')}:</strong>
          ${conditions.map((c, n) => html`${n ? ' · ' : ''}${c.text} (${c.agency})`)}
        </aside>`
      : nothing}
    <nav class="present-nav" aria-label=${v.t('presentTitle')}>
      <button type="button" ?disabled=${i <= 0} @click=${() => on.go(i - 1)}>← ${v.t('previous')}</button>
      <button type="button" class="primary" ?disabled=${i >= count - 1} @click=${() => on.go(i + 1)}>${v.t('next')} →</button>
    </nav>
  </section>`;
}
