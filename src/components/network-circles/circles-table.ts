/**
 * The table view of the network circles: the same data as the picture, readable by screen
 * readers and editable where the picture is (ring, sector, and the ties between members).
 * Loaded on first use (dynamic import), so the picture does not pay for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FLOWS, TIE_QUALITIES, type Flow, type Id, type Tie, type TieQuality } from '../../model/types.js';
import { labelText } from './circles-config.js';
import { flowOptions, qualityOptions } from './circles-dialogs.js';
import type { PanelContext } from './circles-panels.js';
import type { CirclesModel, PlacedPerson } from './circles-model.js';

export interface TableContext extends PanelContext {
  model: CirclesModel;
  readonly: boolean;
  names: ReadonlyMap<Id, string>;
  labels: { edit: string; del: string };
  onPlace: (id: Id, ring: number, sector: string) => void;
  onEdit: (id: Id) => void;
  onMove: (id: Id) => void;
  onDelete: (id: Id) => void;
  onDeleteTie: (id: Id) => void;
  /** Changes one field of a tie between members (a cell of the connections table). */
  onTie: (id: Id, patch: Partial<Tie>) => void;
  /** Opens the connection dialog (all fields); `from` gets focus back afterwards. */
  onEditTie: (id: Id, from: HTMLElement) => void;
}

function tieWords(c: PanelContext, ties: readonly Tie[]) {
  const quality = [...new Set(ties.map((t) => t.quality).filter(Boolean))].map((q) => c.t(`q_${q!}`));
  const support = [...new Set(ties.flatMap((t) => t.support ?? []))].map((s) => c.t(`s_${s}`));
  const freq = [...new Set(ties.map((t) => t.contactFrequency).filter(Boolean))].map((f) => c.t(`f_${f!}`));
  return { quality: quality.join(', '), support: support.join(', '), freq: freq.join(', ') };
}

export function renderTable(c: TableContext): TemplateResult {
  const sectorIndex = new Map(c.sectors.map((s, i) => [s.id, i]));
  const rows = [...c.model.placed].sort(
    (a, b) => (sectorIndex.get(a.sector) ?? 0) - (sectorIndex.get(b.sector) ?? 0) || a.ring - b.ring || a.person.name.localeCompare(b.person.name),
  );
  const row = (p: PlacedPerson) => {
    const id = p.person.id;
    const name = p.person.name || '…';
    const words = tieWords(c, p.egoTies);
    const sectorCell = c.readonly
      ? labelText(c.sectors[sectorIndex.get(p.sector) ?? 0].label, c.locale)
      : html`<select aria-label=${`${c.t('colSector')}: ${name}`} @change=${(e: Event) => c.onPlace(id, p.ring, (e.target as HTMLSelectElement).value)}>
          ${c.sectors.map((s) => html`<option value=${s.id} ?selected=${s.id === p.sector}>${labelText(s.label, c.locale)}</option>`)}
        </select>`;
    const ringCell = c.readonly
      ? labelText(c.rings[p.ring - 1].label, c.locale)
      : html`<select aria-label=${`${c.t('colRing')}: ${name}`} @change=${(e: Event) => c.onPlace(id, Number((e.target as HTMLSelectElement).value), p.sector)}>
          ${c.rings.map((r, i) => html`<option value=${i + 1} ?selected=${i + 1 === p.ring}>${i + 1}. ${labelText(r.label, c.locale)}</option>`)}
        </select>`;
    return html`<tr data-id=${id}>
      <th scope="row">${name}${p.person.kind === 'organisation' ? html` <span class="muted">(${c.t('organisation')})</span>` : nothing}</th>
      <td>${p.person.role ?? ''}</td>
      <td>${sectorCell}</td>
      <td>${ringCell}</td>
      <td>${words.quality}</td>
      <td>${words.support}</td>
      <td>${words.freq}</td>
      ${c.readonly
        ? nothing
        : html`<td class="actions">
            <button type="button" @click=${() => c.onEdit(id)}>${c.labels.edit}<span class="visually-hidden">: ${name}</span></button>
            <button type="button" @click=${() => c.onDelete(id)}>${c.labels.del}<span class="visually-hidden">: ${name}</span></button>
          </td>`}
    </tr>`;
  };
  const memberTies = c.model.pairs.filter((p) => !p.withEgo).flatMap((p) => p.ties);
  const pick = <T extends string>(list: readonly T[], value: string): T | undefined => (list.includes(value as T) ? (value as T) : undefined);
  const tieRow = (tie: Tie) => {
    const a = c.names.get(tie.from) ?? tie.from;
    const b = c.names.get(tie.to) ?? tie.to;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    if (c.readonly) {
      const flow = tie.flow === 'to' ? c.t('flowFromClient', { client: a, name: b }) : tie.flow === 'from' ? c.t('flowToClient', { client: a, name: b }) : tie.flow === 'both' ? c.t('flowBoth') : '';
      return html`<tr data-tie=${tie.id}>
        <th scope="row">${a} – ${b}</th>
        <td>${tie.kind ?? ''}</td>
        <td>${tie.quality ? c.t(`q_${tie.quality}`) : ''}</td>
        <td>${flow}</td>
      </tr>`;
    }
    return html`<tr data-tie=${tie.id}>
      <th scope="row">${a} – ${b}</th>
      <td>
        <input name="kind" autocomplete="off" aria-label=${c.t('kindOf', { a, b })} .value=${tie.kind ?? ''}
          @change=${(e: Event) => c.onTie(tie.id, { kind: value(e).trim() || undefined })} />
      </td>
      <td>
        <select name="quality" aria-label=${c.t('qualityOf', { a, b })} .value=${live(tie.quality ?? '')} @change=${(e: Event) => c.onTie(tie.id, { quality: pick<TieQuality>(TIE_QUALITIES, value(e)) })}>
          ${qualityOptions(c.t, tie.quality)}
        </select>
      </td>
      <td>
        <select name="flow" aria-label=${c.t('flowOf', { a, b })} .value=${live(tie.flow && tie.flow !== 'none' ? tie.flow : '')} @change=${(e: Event) => c.onTie(tie.id, { flow: pick<Flow>(FLOWS, value(e)) })}>
          ${flowOptions(c.t, a, b, tie.flow)}
        </select>
      </td>
      <td class="actions">
        <button type="button" aria-label=${c.t('changeTieBetween', { a, b })} @click=${(e: Event) => c.onEditTie(tie.id, e.currentTarget as HTMLElement)}>${c.t('changeTie')}</button>
        <button type="button" @click=${() => c.onDeleteTie(tie.id)}>${c.t('deleteTie')}<span class="visually-hidden">: ${a} – ${b}</span></button>
      </td>
    </tr>`;
  };
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>${c.t('tableCaption', { client: c.clientName })}</caption>
      <thead>
        <tr>
          <th scope="col">${c.t('colName')}</th>
          <th scope="col">${c.t('colRole')}</th>
          <th scope="col">${c.t('colSector')}</th>
          <th scope="col">${c.t('colRing')}</th>
          <th scope="col">${c.t('colQuality')}</th>
          <th scope="col">${c.t('colSupport')}</th>
          <th scope="col">${c.t('colFrequency')}</th>
          ${c.readonly ? nothing : html`<th scope="col">${c.t('colActions')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${rows.map(row)}
      </tbody>
    </table>
    ${memberTies.length
      ? html`<table class="ties-table">
          <caption>${c.t('tiesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${c.t('colBetween')}</th>
              <th scope="col">${c.t('colKind')}</th>
              <th scope="col">${c.t('colQuality')}</th>
              <th scope="col">${c.t('flow')}</th>
              ${c.readonly ? nothing : html`<th scope="col">${c.t('colActions')}</th>`}
            </tr>
          </thead>
          <tbody>
            ${memberTies.map(tieRow)}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}

