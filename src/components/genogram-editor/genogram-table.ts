/**
 * The table view of the genogram: everyone with their relation to the client, years, parents,
 * partners and children. The equivalent of the picture for screen readers and for checking.
 */
import { html, type TemplateResult } from 'lit';
import type { Id } from '../../model/types.js';
import { childrenOf, parentsOf, partnersOf, type FamilyIndex } from './family-graph.js';
import { displayName, namesOf, relationToClient, yearsLabel, type Words } from './genogram-labels.js';

export interface TableOptions {
  index: FamilyIndex;
  /** The people to list (the genogram's members). */
  members: Set<Id>;
  words: Words;
  selectedId: Id;
  onSelect: (id: Id) => void;
}

export function renderFamilyTable({ index, members, words, selectedId, onSelect }: TableOptions): TemplateResult {
  const t = words.t;
  const people = index.doc.people.filter((p) => members.has(p.id));
  const client = displayName(index.people.get(index.doc.egoId), words);
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>${t('tableCaption', { client })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('colName')}</th>
          <th scope="col">${t('colRelation')}</th>
          <th scope="col">${t('colYears')}</th>
          <th scope="col">${t('colParents')}</th>
          <th scope="col">${t('colPartners')}</th>
          <th scope="col">${t('colChildren')}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (p) => html`<tr data-person-row=${p.id} class=${p.id === selectedId ? 'selected' : ''}>
            <th scope="row">
              <button type="button" class="link" aria-pressed=${p.id === selectedId ? 'true' : 'false'} @click=${() => onSelect(p.id)}>
                ${displayName(p, words)}
              </button>
            </th>
            <td>${relationToClient(index, p.id, words)}</td>
            <td>${yearsLabel(p)}</td>
            <td>${namesOf(index, parentsOf(index, p.id), words)}</td>
            <td>${namesOf(index, partnersOf(index, p.id), words)}</td>
            <td>${namesOf(index, childrenOf(index, p.id), words)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
