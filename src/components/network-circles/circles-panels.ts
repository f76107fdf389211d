/**
 * The parts next to the picture: the summary figures and the legend. (The table view is in
 * `circles-table.ts`, loaded when first shown.)
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { TIE_QUALITIES } from '../../model/types.js';
import type { Locale } from '../../i18n/catalog.js';
import { labelText, type CircleRing, type CircleSector } from './circles-config.js';
import type { Translate } from './circles-dialogs.js';
import type { CirclesSummary, Highlight } from './circles-model.js';

export interface PanelContext {
  t: Translate;
  locale: Locale;
  rings: readonly CircleRing[];
  sectors: readonly CircleSector[];
  clientName: string;
}

const pct = (part: number, total: number) => (total ? Math.round((100 * part) / total) : 0);

export function renderSummary(c: PanelContext & { summary: CirclesSummary }): TemplateResult {
  const s = c.summary;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${c.t('summaryTitle')}</h2>
    <p>${c.t('summaryTotal', { count: s.total })}</p>
    <p>
      ${c.t('summaryShare', {
        informal: s.informal,
        informalPct: pct(s.informal, s.total),
        professional: s.professional,
        professionalPct: pct(s.professional, s.total),
      })}
    </p>
    <div class="share" aria-hidden="true"><span style=${cssProps({ flex: String(s.informal || 0) })}></span><span class="pro" style=${cssProps({ flex: String(s.professional || 0) })}></span></div>
    <p>${c.t('summarySupport', { client: c.clientName, mutual: s.mutual, oneWay: s.oneWay, unknown: s.unknown })}</p>
    <table class="counts">
      <thead>
        <tr>
          <td></td>
          ${c.rings.map(
            (r, i) => html`<th scope="col"><span aria-hidden="true">${i + 1}</span><span class="visually-hidden">${labelText(r.label, c.locale)}</span></th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${c.sectors.map(
          (sec, si) => html`<tr>
            <th scope="row">${labelText(sec.label, c.locale)}</th>
            ${c.rings.map((_, ri) => html`<td>${s.counts[si][ri]}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="ring-key" aria-hidden="true">${c.rings.map((r, i) => `${i + 1} = ${labelText(r.label, c.locale)}`).join(' · ')}</p>
  </section>`;
}

/** The highlighted value in words ("Company", "Every week"). */
export function highlightText(t: Translate, hl: Highlight): string {
  const prefix = hl.mode === 'support' ? 's_' : hl.mode === 'frequency' ? 'f_' : 'v_';
  return t(`${prefix}${hl.value}` as Parameters<Translate>[0]);
}

/** A short sample of a line style, drawn with the same classes as the ties. */
function lineSample(quality: string) {
  return html`<svg class="sample" viewBox="0 0 48 12" width="48" height="12" aria-hidden="true">
    ${svg`<path class=${`tie q-${quality}`} d="M2 6H46"></path>`}
  </svg>`;
}

export function renderLegend(c: PanelContext & { legendTitle: string; highlight?: Highlight }): TemplateResult {
  const hl = c.highlight;
  const hlText = hl ? highlightText(c.t, hl) : '';
  return html`<section class="legend" part="legend" aria-labelledby="legend-title">
    <h2 id="legend-title">${c.legendTitle}</h2>
    <ul>
      <li>
        <svg class="sample" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><circle class="symbol" cx="12" cy="12" r="9"></circle></svg>
        ${c.t('legendPerson')}
      </li>
      <li>
        <svg class="sample" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><rect class="symbol" x="3" y="3" width="18" height="18" rx="3"></rect></svg>
        ${c.t('legendOrganisation')}
      </li>
      ${TIE_QUALITIES.map((q) => html`<li>${lineSample(q)} ${c.t(`q_${q}`)}</li>`)}
      <li>
        <svg class="sample" viewBox="0 0 48 12" width="48" height="12" aria-hidden="true"><path class="tie" d="M2 6H38"></path><path class="arrow" d="M36 1L46 6L36 11z"></path></svg>
        ${c.t('legendArrow')}
      </li>
      ${hl ? html`<li class="hl-note"><span class="hl-swatch" aria-hidden="true"></span>${c.t('legendHighlighted', { what: hlText })}</li>` : nothing}
    </ul>
  </section>`;
}
