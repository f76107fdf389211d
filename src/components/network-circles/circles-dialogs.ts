/**
 * The dialogs of the network circles: add/change a person (with the tie to the client), move a
 * person to a ring and sector without dragging (WCAG 2.5.7), and connect two people.
 * Native `<dialog>` elements opened modally, so focus stays inside and Escape closes them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formValue } from '../../base/form-value.js';
import {
  CONTACT_FREQUENCIES,
  FLOWS,
  SUPPORT_KINDS,
  TIE_QUALITIES,
  VALUATIONS,
  type ContactFrequency,
  type Flow,
  type Id,
  type PersonKind,
  type SupportKind,
  type TieQuality,
  type Valuation,
} from '../../model/types.js';
import type { circlesMessages } from '../../i18n/catalogs/network-circles.js';
import { labelText, type CircleRing, type CircleSector } from './circles-config.js';
import type { Locale } from '../../i18n/catalog.js';

type Key = keyof (typeof circlesMessages)['en'];
export type Translate = (key: Key, params?: Record<string, string | number>) => string;

export interface PersonFormValues {
  name: string;
  kind: PersonKind;
  role: string;
  sector: string;
  ring: number;
  professional: boolean;
  quality?: TieQuality;
  flow?: Flow;
  support: SupportKind[];
  frequency?: ContactFrequency;
  valuation?: Valuation;
}

export interface PersonDialogState {
  type: 'person';
  /** Absent when adding. */
  id?: Id;
  values: PersonFormValues;
  isClient: boolean;
  error?: string;
}

export interface MoveDialogState {
  type: 'move';
  id: Id;
  name: string;
  ring: number;
  sector: string;
}

export interface ConnectDialogState {
  type: 'connect';
  from?: Id;
  to?: Id;
  error?: string;
}

/** A tie between two network members (not the client), being changed. */
export interface TieDialogState {
  type: 'tie';
  id: Id;
  /** Names of the tie's `from` and `to`. */
  a: string;
  b: string;
  values: TieFormValues;
}

export interface TieFormValues {
  kind: string;
  quality?: TieQuality;
  flow?: Flow;
  support: SupportKind[];
}

/** One of a person's ties with another member, as listed in the person dialog. */
export interface OtherTie {
  id: Id;
  /** The other person's name. */
  name: string;
  /** What the tie is, in words ("friends, strong"). */
  words: string;
}

export type DialogState = PersonDialogState | MoveDialogState | ConnectDialogState | TieDialogState;

interface Common {
  t: Translate;
  locale: Locale;
  rings: readonly CircleRing[];
  sectors: readonly CircleSector[];
  onClose: () => void;
}

const opt = (value: string, label: string, selected: boolean) =>
  html`<option value=${value} ?selected=${selected}>${label}</option>`;

/** The quality choices of a tie (the dialogs and the table's cells share them). */
export function qualityOptions(t: Translate, current: TieQuality | undefined) {
  return html`${opt('', t('notFilled'), !current)} ${TIE_QUALITIES.map((q) => opt(q, t(`q_${q}`), current === q))}`;
}

/** Who helps whom between `a` (the tie's `from`) and `b` (its `to`), in their names. */
export function flowOptions(t: Translate, a: string, b: string, current: Flow | undefined) {
  return html`${opt('', t('flowNone'), !current || current === 'none')}
    ${opt('to', t('flowFromClient', { client: a, name: b }), current === 'to')}
    ${opt('from', t('flowToClient', { client: a, name: b }), current === 'from')}
    ${opt('both', t('flowBoth'), current === 'both')}`;
}

function sectorSelect(c: Common, name: string, current: string) {
  return html`<select id=${`f-${name}`} name=${name}>
    ${c.sectors.map((s) => opt(s.id, labelText(s.label, c.locale), s.id === current))}
  </select>`;
}

function ringSelect(c: Common, name: string, current: number) {
  return html`<select id=${`f-${name}`} name=${name}>
    ${c.rings.map((r, i) => opt(String(i + 1), `${i + 1}. ${labelText(r.label, c.locale)}`, i + 1 === current))}
  </select>`;
}

function buttons(onClose: () => void, cancelLabel: string, submitLabel: string, extra: TemplateResult | typeof nothing = nothing) {
  return html`<div class="dialog-buttons">
    ${extra}
    <button type="button" @click=${onClose}>${cancelLabel}</button>
    <button type="submit" class="primary">${submitLabel}</button>
  </div>`;
}

/** The kinds of support as checkboxes: the person dialog (tie with the client) and the tie dialog. */
function supportChoices(t: Common['t'], chosen: readonly string[]): TemplateResult {
  return html`<fieldset class="choices">
    <legend>${t('support')}</legend>
    ${SUPPORT_KINDS.map((s) => html`<label><input type="checkbox" name="support" value=${s} ?checked=${chosen.includes(s)} />${t(`s_${s}`)}</label>`)}
  </fieldset>`;
}

// Fields bind `.value` through formValue() (not `live`): a render while the dialog is open (a
// resize, an edit elsewhere in a shared network) must not wipe what someone is typing.
export function personDialog(
  c: Common & {
    state: PersonDialogState;
    clientName: string;
    saveLabel: string;
    cancelLabel: string;
    deleteLabel: string;
    onSave: (values: PersonFormValues) => void;
    onDelete?: () => void;
    /** The person's ties with other members (when changing a person). */
    otherTies?: OtherTie[];
    onEditTie?: (id: Id) => void;
  },
): TemplateResult {
  const v = c.state.values;
  const title = c.state.id ? c.t('editTitle', { name: v.name }) : c.t('addTitle');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    const pick = <T extends string>(k: string, list: readonly T[]): T | undefined =>
      list.includes(text(k) as T) ? (text(k) as T) : undefined;
    c.onSave({
      name: text('name'),
      kind: text('kind') === 'organisation' ? 'organisation' : 'person',
      role: text('role'),
      sector: text('sector') || v.sector,
      ring: Number(text('ring')) || v.ring,
      professional: data.get('professional') === 'on',
      quality: pick('quality', TIE_QUALITIES),
      flow: pick('flow', FLOWS),
      support: data.getAll('support').map(String).filter((s): s is SupportKind => (SUPPORT_KINDS as readonly string[]).includes(s)),
      frequency: pick('frequency', CONTACT_FREQUENCIES),
      valuation: pick('valuation', VALUATIONS),
    });
  };
  const who = { client: c.clientName, name: v.name || '…' };
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${c.onClose}>
    <form method="dialog" @submit=${submit} novalidate>
      <h2 id="dialog-title">${title}</h2>
      ${c.state.error ? html`<p class="form-error" role="alert">${c.state.error}</p>` : nothing}
      <label for="f-name">${c.t('name')}</label>
      <input id="f-name" name="name" autocomplete="off" .value=${formValue(v.name)} aria-invalid=${c.state.error ? 'true' : 'false'} />
      <label for="f-role">${c.t('role')}</label>
      <input id="f-role" name="role" autocomplete="off" .value=${formValue(v.role)} />
      ${c.state.isClient
        ? nothing
        : html`<fieldset class="choices">
              <legend>${c.t('kind')}</legend>
              <label><input type="radio" name="kind" value="person" ?checked=${v.kind !== 'organisation'} />${c.t('kindPerson')}</label>
              <label><input type="radio" name="kind" value="organisation" ?checked=${v.kind === 'organisation'} />${c.t('kindOrganisation')}</label>
            </fieldset>
            <div class="two">
              <div><label for="f-sector">${c.t('sector')}</label>${sectorSelect(c, 'sector', v.sector)}</div>
              <div><label for="f-ring">${c.t('ring')}</label>${ringSelect(c, 'ring', v.ring)}</div>
            </div>
            <label class="check"><input type="checkbox" name="professional" ?checked=${v.professional} />${c.t('professional')}</label>
            <fieldset>
              <legend>${c.t('tieSection', { client: c.clientName })}</legend>
              <div class="two">
                <div>
                  <label for="f-quality">${c.t('quality')}</label>
                  <select id="f-quality" name="quality">
                    ${opt('', c.t('notFilled'), !v.quality)}
                    ${TIE_QUALITIES.map((q) => opt(q, c.t(`q_${q}`), v.quality === q))}
                  </select>
                </div>
                <div>
                  <label for="f-flow">${c.t('flow')}</label>
                  <select id="f-flow" name="flow">
                    ${opt('', c.t('flowNone'), !v.flow || v.flow === 'none')}
                    ${opt('to', c.t('flowFromClient', who), v.flow === 'to')}
                    ${opt('from', c.t('flowToClient', who), v.flow === 'from')}
                    ${opt('both', c.t('flowBoth'), v.flow === 'both')}
                  </select>
                </div>
                <div>
                  <label for="f-frequency">${c.t('frequency')}</label>
                  <select id="f-frequency" name="frequency">
                    ${opt('', c.t('notFilled'), !v.frequency)}
                    ${CONTACT_FREQUENCIES.map((q) => opt(q, c.t(`f_${q}`), v.frequency === q))}
                  </select>
                </div>
                <div>
                  <label for="f-valuation">${c.t('valuation')}</label>
                  <select id="f-valuation" name="valuation">
                    ${opt('', c.t('notFilled'), !v.valuation)}
                    ${VALUATIONS.map((q) => opt(q, c.t(`v_${q}`), v.valuation === q))}
                  </select>
                </div>
              </div>
              ${supportChoices(c.t, v.support)}
            </fieldset>
            ${c.otherTies ? otherTiesSection(c.t, c.otherTies, c.onEditTie) : nothing}`}
      ${buttons(
        c.onClose,
        c.cancelLabel,
        c.saveLabel,
        c.onDelete ? html`<button type="button" class="danger" @click=${c.onDelete}>${c.deleteLabel}</button>` : nothing,
      )}
    </form>
  </dialog>`;
}

export function moveDialog(
  c: Common & { state: MoveDialogState; cancelLabel: string; onMove: (ring: number, sector: string) => void },
): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    c.onMove(Number(data.get('ring')) || c.state.ring, String(data.get('sector') ?? c.state.sector));
  };
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${c.onClose}>
    <form method="dialog" @submit=${submit}>
      <h2 id="dialog-title">${c.t('moveTitle', { name: c.state.name })}</h2>
      <fieldset class="choices">
        <legend>${c.t('sector')}</legend>
        ${c.sectors.map(
          (s) => html`<label><input type="radio" name="sector" value=${s.id} ?checked=${s.id === c.state.sector} />${labelText(s.label, c.locale)}</label>`,
        )}
      </fieldset>
      <fieldset class="choices">
        <legend>${c.t('ring')}</legend>
        ${c.rings.map(
          (r, i) => html`<label><input type="radio" name="ring" value=${i + 1} ?checked=${i + 1 === c.state.ring} />${i + 1}. ${labelText(r.label, c.locale)}</label>`,
        )}
      </fieldset>
      ${buttons(c.onClose, c.cancelLabel, c.t('move'))}
    </form>
  </dialog>`;
}

export function connectDialog(
  c: Common & {
    state: ConnectDialogState;
    people: Array<{ id: Id; name: string }>;
    cancelLabel: string;
    saveLabel: string;
    onConnect: (values: { from: Id; to: Id; kind: string; quality?: TieQuality; flow?: Flow }) => void;
  },
): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const quality = String(data.get('quality') ?? '');
    const flow = String(data.get('flow') ?? '');
    c.onConnect({
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
      kind: String(data.get('kind') ?? '').trim(),
      quality: (TIE_QUALITIES as readonly string[]).includes(quality) ? (quality as TieQuality) : undefined,
      flow: (FLOWS as readonly string[]).includes(flow) ? (flow as Flow) : undefined,
    });
  };
  const people = (name: string, current: Id | undefined) => html`<select id=${`f-${name}`} name=${name}>
    ${c.people.map((p) => opt(p.id, p.name, p.id === current))}
  </select>`;
  const from = c.state.from ?? c.people[0]?.id;
  const to = c.state.to ?? c.people.find((p) => p.id !== from)?.id;
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${c.onClose}>
    <form method="dialog" @submit=${submit}>
      <h2 id="dialog-title">${c.t('connectTitle')}</h2>
      ${c.state.error ? html`<p class="form-error" role="alert">${c.state.error}</p>` : nothing}
      <div class="two">
        <div><label for="f-from">${c.t('connectFrom')}</label>${people('from', from)}</div>
        <div><label for="f-to">${c.t('connectTo')}</label>${people('to', to)}</div>
      </div>
      <label for="f-kind">${c.t('connectKind')}</label>
      <input id="f-kind" name="kind" autocomplete="off" />
      <div class="two">
        <div>
          <label for="f-quality">${c.t('quality')}</label>
          <select id="f-quality" name="quality">
            ${opt('', c.t('notFilled'), true)} ${TIE_QUALITIES.map((q) => opt(q, c.t(`q_${q}`), false))}
          </select>
        </div>
        <div>
          <label for="f-flow">${c.t('flow')}</label>
          <select id="f-flow" name="flow">
            ${opt('', c.t('flowNone'), true)}
            ${opt('to', c.t('flowFromClient', { client: c.t('connectFrom'), name: c.t('connectTo').toLowerCase() }), false)}
            ${opt('from', c.t('flowToClient', { client: c.t('connectFrom').toLowerCase(), name: c.t('connectTo') }), false)}
            ${opt('both', c.t('flowBoth'), false)}
          </select>
        </div>
      </div>
      ${buttons(c.onClose, c.cancelLabel, c.saveLabel)}
    </form>
  </dialog>`;
}

/** The person dialog's list of ties with other members, each with a button to change it. */
function otherTiesSection(t: Translate, ties: readonly OtherTie[], onEdit?: (id: Id) => void) {
  return html`<fieldset class="other-ties">
    <legend>${t('otherTies')}</legend>
    ${ties.length
      ? html`<ul>
          ${ties.map(
            (tie) => html`<li data-tie=${tie.id}>
              <span>${tie.name}${tie.words ? html` <span class="muted">(${tie.words})</span>` : nothing}</span>
              <button type="button" aria-label=${t('changeTieWith', { name: tie.name })} @click=${() => onEdit?.(tie.id)}>${t('changeTie')}</button>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted">${t('noOtherTies')}</p>`}
  </fieldset>`;
}

/** Changes a tie between two members: what they are to each other, the contact, who helps whom, the kinds of support. */
export function tieDialog(
  c: Common & {
    state: TieDialogState;
    cancelLabel: string;
    saveLabel: string;
    deleteLabel: string;
    onSave: (values: TieFormValues) => void;
    onDelete: () => void;
  },
): TemplateResult {
  const { a, b, values: v } = c.state;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    c.onSave({
      kind: text('kind'),
      quality: (TIE_QUALITIES as readonly string[]).includes(text('quality')) ? (text('quality') as TieQuality) : undefined,
      flow: (FLOWS as readonly string[]).includes(text('flow')) ? (text('flow') as Flow) : undefined,
      support: data.getAll('support').map(String).filter((s): s is SupportKind => (SUPPORT_KINDS as readonly string[]).includes(s)),
    });
  };
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${c.onClose}>
    <form method="dialog" @submit=${submit} novalidate>
      <h2 id="dialog-title">${c.t('tieTitle', { a, b })}</h2>
      <label for="f-kind">${c.t('connectKind')}</label>
      <input id="f-kind" name="kind" autocomplete="off" .value=${formValue(v.kind)} />
      <div class="two">
        <div>
          <label for="f-quality">${c.t('quality')}</label>
          <select id="f-quality" name="quality">${qualityOptions(c.t, v.quality)}</select>
        </div>
        <div>
          <label for="f-flow">${c.t('flow')}</label>
          <select id="f-flow" name="flow">${flowOptions(c.t, a, b, v.flow)}</select>
        </div>
      </div>
      ${supportChoices(c.t, v.support)}
      ${buttons(c.onClose, c.cancelLabel, c.saveLabel, html`<button type="button" class="danger" @click=${c.onDelete}>${c.deleteLabel}</button>`)}
    </form>
  </dialog>`;
}
