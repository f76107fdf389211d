/**
 * The GEDCOM import review: what the file holds, the problems found (with line numbers), and
 * the choice to import the valid part. The importing itself is `importGedcom` (src/io).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GedcomImportResult } from '../../io/index.js';
import type { Locale } from '../../i18n/catalog.js';
import type { Words } from './genogram-labels.js';

export { dialogStyles } from './genogram-dialog.styles.js';

export interface PendingImport {
  fileName: string;
  result: GedcomImportResult;
}

/** A file with no individuals cannot be imported at all (nothing valid to keep). */
export function importRefused(result: GedcomImportResult): boolean {
  return result.stats.individuals === 0;
}

/** Problems shown at most; the rest are counted. */
const SHOWN = 50;

export function importReview(pending: PendingImport, words: Words, locale: Locale): TemplateResult {
  const { result } = pending;
  const t = words.t;
  const problems = result.problems.slice(0, SHOWN);
  const more = result.problems.length - problems.length;
  return html`
    <p class="import-summary">
      ${importRefused(result)
        ? t('importRefused')
        : t('importSummary', { people: result.stats.individuals, families: result.stats.families })}
    </p>
    ${problems.length
      ? html`<h3>${t('importProblems', { file: pending.fileName })}</h3>
          <ul class="import-problems">
            ${problems.map(
              (p) => html`<li class=${p.severity}>
                ${p.line !== undefined ? html`<span class="line">${t('importLine', { line: p.line })}</span> ` : nothing}${p.messages[locale]}
              </li>`,
            )}
            ${more > 0 ? html`<li>${t('importMore', { count: more })}</li>` : nothing}
          </ul>`
      : nothing}`;
}
