import { html, nothing, render, type TemplateResult } from 'lit';
import type { StrategySummary } from '../../model/network-summary.js';
import { STRATEGY_KINDS, STRATEGY_STATUSES, type Agreement, type Strategy, type StrategyKind } from '../../model/types.js';
import type { ChecklistGroup } from './checklist-rows.js';

/**
 * The printed checklist: the network summary, then per group a table with a tick box per
 * strategy (✔ / ☐ as text, so it reads in black and white and can be filled in by hand) and
 * the chosen strategies' status, note and agreement. Built as nodes (no markup parsing) for
 * the shared print view of `src/base/export.ts`.
 */

export interface PrintLabels {
  kind: (kind: StrategyKind) => string;
  letter: (kind: StrategyKind) => string;
  status: (status: string) => string;
  group: (group: ChecklistGroup) => string;
  rowName: (row: ChecklistGroup['rows'][number]) => string;
  summaryTitle: string;
  summaryKind: string;
  summaryPeople: string;
  summaryNetwork: string;
  sectorsWithout: string;
  extending: string;
  balance: string;
  name: string;
  notes: string;
  agreement: (what: string) => string;
}

export const PRINT_CSS = `
  .radio-print h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
  .radio-print table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
  .radio-print th, .radio-print td { border: 0.5pt solid #000; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
  .radio-print thead th { background: #eee; }
  .radio-print td.tick { text-align: center; width: 8mm; font-size: 12pt; }
  .radio-print tr { break-inside: avoid; }
  .radio-print ul { margin: 0; padding-left: 4mm; }
  .radio-print .summary td { text-align: center; }
  .radio-print .summary th[scope=row] { text-align: left; }
  .radio-print p { margin: 1.5mm 0; }
`;

function summaryTemplate(summary: StrategySummary, l: PrintLabels): TemplateResult {
  return html`<section class="summary">
    <h2>${l.summaryTitle}</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">${l.summaryKind}</th>
          <th scope="col">${l.summaryPeople}</th>
          ${STRATEGY_STATUSES.map((s) => html`<th scope="col">${l.status(s)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${summary.kinds.map(
          (k) => html`<tr>
            <th scope="row">${l.letter(k.kind)} · ${l.kind(k.kind)}</th>
            <td>${k.people}${k.network ? ` ${l.summaryNetwork}` : ''}</td>
            ${STRATEGY_STATUSES.map((s) => html`<td>${k.byStatus[s]}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <p>${l.sectorsWithout}</p>
    <p>${l.extending}</p>
    <p>${l.balance}</p>
  </section>`;
}

function detailTemplate(s: Strategy, agreement: Agreement | undefined, l: PrintLabels): TemplateResult {
  return html`<li>
    <strong>${l.kind(s.kind)}</strong> (${l.status(s.status)})${s.note ? `: ${s.note}` : ''}
    ${agreement ? html`<br />${l.agreement(agreement.what)}` : nothing}
  </li>`;
}

export function printTemplate(
  groups: ChecklistGroup[],
  summary: StrategySummary,
  agreements: readonly Agreement[],
  l: PrintLabels,
): TemplateResult {
  const agreementOf = (s: Strategy) => agreements.find((a) => a.id === s.agreementId);
  return html`<div class="radio-print">
    ${summaryTemplate(summary, l)}
    ${groups.map(
      (g) => html`<section>
        <h2>${l.group(g)}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">${l.name}</th>
              ${STRATEGY_KINDS.map((k) => html`<th scope="col" title=${l.kind(k)}>${l.letter(k)}</th>`)}
              <th scope="col">${l.notes}</th>
            </tr>
          </thead>
          <tbody>
            ${g.rows.map(
              (r) => html`<tr>
                <th scope="row">${l.rowName(r)}</th>
                ${STRATEGY_KINDS.map((k) => html`<td class="tick">${r.strategies.some((s) => s.kind === k) ? '✔' : '☐'}</td>`)}
                <td>
                  ${r.strategies.length ? html`<ul>${r.strategies.map((s) => detailTemplate(s, agreementOf(s), l))}</ul>` : nothing}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </section>`,
    )}
  </div>`;
}

/** Renders the print template into detached nodes of the given document. */
export function printNodes(ownerDocument: Document, template: TemplateResult): Node[] {
  const holder = ownerDocument.createElement('div');
  render(template, holder);
  return [holder];
}
