/**
 * The notes under the genogram where the layout had to compromise: lines that cannot avoid
 * crossing (a loop, partners whose families are both drawn), or someone drawn off the usual row.
 * A reader of the paper genogram would ask "why does this line cross?": the note answers it,
 * names the person, and a click on the name selects them in the drawing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Id } from '../../model/types.js';
import type { GenogramLayout } from '../../layout/types.js';
import type { FamilyIndex } from './family-graph.js';
import { displayName, type Words } from './genogram-labels.js';

/** Notes listed before the rest are summed up (a royal family can have hundreds). */
const MAX_NOTES = 12;

export function renderCompromises(
  layout: GenogramLayout,
  family: FamilyIndex,
  words: Words,
  select: (id: Id) => void,
): TemplateResult | typeof nothing {
  const notes = layout.compromises;
  if (!notes.length) return nothing;
  const shown = notes.slice(0, MAX_NOTES);
  return html`<details class="compromises" part="compromises">
    <summary>${words.t('compromisesTitle', { count: notes.length })}</summary>
    <ul>
      ${shown.map((note) => {
        const id = note.ids.find((candidate) => family.people.has(candidate));
        const text = words.t(`compromise_${note.kind}`);
        return html`<li>
          ${id
            ? html`<button type="button" class="link" @click=${() => select(id)}>${displayName(family.people.get(id), words)}</button>: `
            : nothing}${text}
        </li>`;
      })}
    </ul>
    ${notes.length > shown.length ? html`<p>${words.t('compromisesMore', { count: notes.length - shown.length })}</p>` : nothing}
  </details>`;
}
