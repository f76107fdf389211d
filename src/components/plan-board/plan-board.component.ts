import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { classMap } from 'lit/directives/class-map.js';
import { NetworkElement } from '../../base/network-element.js';
import type { StoreEvent } from '../../store/network-store.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { editSafetyMessages } from '../../i18n/catalogs/edit-safety.js';
import type { PlanBoardKey } from '../../i18n/catalogs/plan-board.js';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus, type CareNetwork, type Change, type Id } from '../../model/types.js';
import { addPerson, moveAgreement, moveQuestion, setCoreTeam } from '../../model/operations/index.js';
import { filterAgreements, isEmptyFilter, loadPerPerson, nextReview, planPeople, type AgreementFilter } from '../../model/plan-figures.js';
import { formatWhen, planToText } from '../../io/plan-text.js';
import { planToIcs } from '../../io/ics.js';
import { PlanView, STATUS_ICONS, canTakePart } from './plan-view.js';
import type { EditTarget } from './plan-forms.js';
import { LazyPart } from '../../base/lazy-part.js';
import type * as exportModule from '../../base/export.js';
import { CardDrag, type DropTarget } from './plan-drag.js';
import { planBoardStyles } from './plan-board.styles.js';

export interface AgreementSelectDetail {
  agreementId: Id | null;
  agreement: Agreement | null;
}

declare module '../../base/events.js' {
  interface CareEventMap {
    'agreement-select': AgreementSelectDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agreement-select': CustomEvent<AgreementSelectDetail>;
  }
}

export type PlanBoardMode = 'board' | 'present' | 'print';
export type PlanBoardGroupBy = 'question' | 'status';

/** The column key of agreements whose question no longer exists (bad data is shown, not dropped). */
const ORPHANS = '__orphans__';

interface Column {
  key: string;
  title: string;
  number?: number;
  agreements: Agreement[];
  total: number;
}

/**
 * The network's own plan: the client's questions as columns, agreements as cards (what, who,
 * where, when, how, status, review), the conditions (piketpaaltjes) always beside it, the core
 * team and its meetings, and how many open agreements each person carries. Cards move by
 * pointer drag or by the "Move to…" menu. Prints (for everyone or per person), presents one
 * question at a time, and saves as a calendar (.ics), Markdown or text. The client and network
 * write the plan; the element never judges it.
 *
 * @tagname plan-board
 * @summary The network's plan: questions, agreements, conditions, core team and follow-up.
 *
 * @fires {CustomEvent<AgreementSelectDetail>} agreement-select - When the user picks an agreement card (or clears the pick). Detail: `{ agreementId, agreement }`.
 * @fires {CustomEvent<CareNetworkChangeDetail>} care-network-change - After every edit, undo and redo (from the store's owner: this element alone, `<care-network>` around it). Detail: `{ doc, change, source }`.
 * @fires {CustomEvent<CareNetworkErrorDetail>} care-network-error - When the `network` handed in is invalid; the last valid plan stays. Detail: `{ errors, rejected }`.
 *
 * @csspart toolbar - The bar with the title, actions and filters.
 * @csspart board - The columns of questions (or statuses).
 * @csspart column - One question (or status) with its cards.
 * @csspart card - One agreement.
 * @csspart side - The side panel: conditions, load, core team, meetings.
 * @csspart conditions - The conditions (piketpaaltjes).
 * @csspart load - Open agreements per person.
 * @csspart core-team - The core team and its chair.
 * @csspart meetings - The log of core-team meetings.
 * @csspart dialog - The edit dialog.
 * @csspart presentation - The presentation view.
 * @csspart print - The print document.
 * @csspart live-region - The polite announcements.
 * @csspart error - The message about a refused document.
 *
 * @cssproperty --cn-plan-column-width - Minimum width of a question column (default 17rem).
 * @cssproperty --cn-plan-side-width - Width of the side panel on wide screens (default 20rem).
 * @cssproperty --cn-plan-status-not-started - Edge colour of cards not started.
 * @cssproperty --cn-plan-status-in-progress - Edge colour of cards in progress.
 * @cssproperty --cn-plan-status-done - Edge colour of done cards.
 * @cssproperty --cn-plan-status-paused - Edge colour of paused cards.
 * @cssproperty --cn-plan-status-stopped - Edge colour of stopped cards.
 * @cssproperty --cn-plan-present-font-size - Base font size of the presentation (default: scales with the width, 1rem to 1.9rem).
 */
export class PlanBoard extends NetworkElement {
  static override styles = [...NetworkElement.styles, planBoardStyles];

  /** `board` (edit and follow up), `present` (one question at a time, large type) or `print` (the print preview). */
  @property({ reflect: true }) mode: PlanBoardMode = 'board';

  /** Columns per question (default) or per status. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: PlanBoardGroupBy = 'question';

  /** Show only this person's agreements ("what have I agreed to?"); empty for everyone. */
  @property({ attribute: 'filter-person' }) filterPerson = '';

  /** Show only agreements with this status; empty for all. */
  @property({ attribute: 'filter-status' }) filterStatus: AgreementStatus | '' = '';

  /** Show only this question's agreements; empty for all. */
  @property({ attribute: 'filter-question' }) filterQuestion = '';

  /** The print view's person: empty for everyone's copy, a person id for a personal copy. */
  @property({ attribute: 'print-person' }) printPerson = '';

  /** The question shown in presentation mode (0-based). */
  @property({ type: Number, attribute: 'present-index' }) presentIndex = 0;

  /** The picked agreement (highlighted; `agreement-select` tells the host). */
  @property({ attribute: 'selected-id' }) selectedId = '';

  @state() private editing?: EditTarget;
  @state() private menuFor?: Id;
  @state() private dropTarget?: DropTarget;
  @state() private draggingId?: Id;

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly drag = new CardDrag({
    root: () => this.renderRoot,
    dragOver: (id, target) => {
      this.draggingId = id;
      this.dropTarget = target;
    },
    drop: (id, target) => this.dropCard(id, target),
  });

  /** Where focus goes after the next render (a card's control after a move, a trigger after a dialog). */
  private focusAfter?: string;
  /** The presentation takes focus once it is drawn. */
  private focusPresent = false;

  // Parts the board does not need for its first paint, each in a chunk of its own: the edit
  // forms with their styles and what saving them does (preloaded when the browser is idle, so
  // a first click rarely waits), the presentation and the print view.
  private readonly formsPart = new LazyPart(this, () => import('./plan-forms.js'), (m) => m.formStyles);
  private readonly presentPart = new LazyPart(this, () => import('./plan-present.js'), (m) => m.presentStyles);
  private readonly printPart = new LazyPart(this, () => import('./plan-print.js'), (m) => m.printStyles);
  /** Saving files and printing: loaded when the export menu opens or the board prints. */
  private readonly exportPart = new LazyPart(this, () => import('../../base/export.js'));

  private get view(): PlanView {
    return new PlanView(this.doc, this.i18n);
  }

  private t(key: PlanBoardKey, params?: Record<string, string | number>): string {
    return this.view.t(key, params);
  }

  // ---- public API ------------------------------------------------------------------------

  /** The plan as Markdown (or one person's part of it). */
  toMarkdown(personId?: Id): string {
    return planToText(this.doc, { labels: this.view.textLabels(), personId, formatDate: (d) => this.view.date(d) });
  }

  /** The plan as plain text (or one person's part of it). */
  toPlainText(personId?: Id): string {
    return planToText(this.doc, { labels: this.view.textLabels(), personId, format: 'text', formatDate: (d) => this.view.date(d) });
  }

  /** Review dates and core-team meetings as an iCalendar (.ics) file. */
  toIcs(now: Date = new Date()): string {
    const v = this.view;
    return planToIcs(this.doc, v.calendarLabels(), { now, calendarName: v.title() }).ics;
  }

  /**
   * Prints the plan: everyone's copy, or the personal copy of `personId`. Shows the print
   * view and opens the browser's print dialog.
   */
  async print(personId: Id = ''): Promise<void> {
    this.printPerson = personId;
    this.mode = 'print';
    await this.updateComplete;
    const sheet = this.renderRoot.querySelector<HTMLElement>('.print-doc');
    if (!sheet) return;
    // The shared print helper writes the title and date itself; the rest of the sheet follows.
    const body = sheet.cloneNode(true) as HTMLElement;
    const head = body.querySelector('.print-head');
    const subtitle = head?.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
    head?.remove();
    const [{ PRINT_CSS }, { printView }] = await Promise.all([this.printPart.ready(), this.exportPart.ready()]);
    await printView({ title: this.printTitle(), subtitle, content: [body], css: PRINT_CSS, lang: this.i18n.locale });
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
    if (!this.readonly) this.formsPart.preload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
    this.drag.abort();
    this.ownerDocument.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.ownerDocument.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.readonly) {
      this.editing = undefined;
      this.menuFor = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    // The dialog opens once its form is there (the forms are a lazy part).
    if (dialog && this.editing && this.formsPart.loaded && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input:not([type=checkbox]), textarea, select')?.focus();
    }
    if (this.menuFor && changed.has('menuFor' as keyof PlanBoard)) {
      this.renderRoot.querySelector<HTMLElement>('[role="menu"] [role^="menuitem"]:not([disabled])')?.focus();
      this.ownerDocument.addEventListener('pointerdown', this.onOutsidePointer, true);
    }
    if (!this.menuFor) this.ownerDocument.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (changed.has('mode') && this.mode === 'present') this.focusPresent = true;
    const present = this.focusPresent ? this.renderRoot.querySelector<HTMLElement>('.present') : null;
    if (present) {
      // After the presentation's lazy part arrived, which may be an update later.
      this.focusPresent = false;
      present.focus();
    }
    if (this.focusAfter) {
      const el = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      el?.focus();
    }
  }

  protected override onStoreEvent(event: StoreEvent): void {
    super.onStoreEvent(event);
    // A card being edited elsewhere may have gone (undo, another element).
    if (this.menuFor && !event.doc.plan.agreements.some((a) => a.id === this.menuFor)) this.menuFor = undefined;
    if (event.source === 'replace') {
      // The host replaced the document: a card drag stops; an open form keeps what was typed
      // and says at once when the record it changes is gone.
      this.drag.abort();
      if (this.editing && !this.editingExists(event.doc)) this.editProblem = this.i18n.t(editSafetyMessages, 'targetGone');
    }
  }

  /** Whether the record the open form changes (or adds to) is still in the document. */
  private editingExists(doc: CareNetwork): boolean {
    const e = this.editing;
    if (!e) return true;
    const has = (list: readonly { id: Id }[], id: Id | undefined) => id === undefined || list.some((x) => x.id === id);
    switch (e.kind) {
      case 'question':
        return has(doc.plan.questions, e.id);
      case 'agreement':
        return has(doc.plan.agreements, e.id) && has(doc.plan.questions, e.questionId);
      case 'condition':
        return has(doc.plan.conditions, e.id);
      case 'meeting':
        return has(doc.plan.meetings, e.id);
      default:
        return true;
    }
  }

  /** The form's view: the current document, or the one it was opened on when its record is gone. */
  private formView(v: PlanView): PlanView {
    return this.editingExists(this.doc) || !this.formDoc ? v : new PlanView(this.formDoc, this.i18n);
  }

  protected override describeChange(change: Change): string {
    if (change.label) return change.label;
    const key: Partial<Record<Change['type'], PlanBoardKey>> = {
      'core-team-set': 'coreTeam',
      'meeting-add': 'meetings',
      'meeting-update': 'meetings',
      'meeting-remove': 'meetings',
      'document-update': 'nextReview',
    };
    const k = key[change.type];
    return k ? this.t(k) : change.type;
  }

  // ---- rendering --------------------------------------------------------------------------

  override render(): TemplateResult {
    const v = this.view;
    if (this.mode === 'present') {
      return html`${this.renderDataErrors()}${this.presentPart.get()?.renderPresentation(v, this.presentIndex, {
        go: (i) => this.present(i),
        exit: () => this.exitPresent(),
        keydown: (e) => this.onPresentKeydown(e),
      })}${this.renderLiveRegion()}`;
    }
    if (this.mode === 'print') {
      return html`${this.renderDataErrors()}${this.renderPrintBar(v)}
        <div class="print-sheet">${this.printPart.get()?.renderPrintView(v, this.printPerson)}</div>${this.renderLiveRegion()}`;
    }
    return html`${this.renderDataErrors()}
      <div class="plan" aria-labelledby="plan-title">
        ${this.renderToolbar(v)}
        <div class="layout">
          <section class="board-wrap" aria-labelledby="questions-title">
            <h3 id="questions-title" class="visually-hidden">${this.t('questionsHeading')}</h3>
            ${this.renderBoard(v)}
          </section>
          <div class="side" part="side">
            ${this.renderConditions()} ${this.renderLoad(v)} ${this.renderCoreTeam(v)} ${this.renderMeetings(v)}
          </div>
        </div>
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
        ${this.editing ? html`${this.renderEditProblem()}${this.formsPart.get()?.renderForm(this.formView(v), this.editing, this.formHandlers)}` : nothing}
      </dialog>
      ${this.renderLiveRegion()}`;
  }

  private renderToolbar(v: PlanView): TemplateResult {
    const review = nextReview(this.doc);
    const people = planPeople(this.doc);
    const filter = this.filter;
    const total = this.doc.plan.agreements.length;
    const shown = filterAgreements(this.doc.plan.agreements, filter).length;
    const editable = !this.readonly;
    return html`<header class="toolbar" part="toolbar">
      <div class="title-row">
        <h2 id="plan-title">${v.title()}</h2>
        <p class="review">
          ${review ? html`${this.t('nextReview')}: <strong>${v.date(review.date)}</strong>` : this.t('noReview')}
          ${editable
            ? html`<button type="button" class="small" @click=${() => this.openEditor({ kind: 'review' }, '.review button')}>
                ${this.t('editReview')}
              </button>`
            : nothing}
        </p>
      </div>
      <div class="actions" role="group" aria-label=${this.t('tools')}>
        ${editable
          ? html`<button type="button" class="primary add-question" @click=${() => this.openEditor({ kind: 'question' }, '.add-question')}>
                + ${this.t('addQuestion')}
              </button>
              <button type="button" class="undo" ?disabled=${!this.store.canUndo} @click=${() => this.undo()}>
                ${this.i18n.t(commonMessages, 'undo')}
              </button>
              <button type="button" class="redo" ?disabled=${!this.store.canRedo} @click=${() => this.redo()}>
                ${this.i18n.t(commonMessages, 'redo')}
              </button>`
          : nothing}
        <label class="inline">
          <span>${this.t('groupBy')}</span>
          <select class="group-by" @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value as PlanBoardGroupBy)}>
            <option value="question" ?selected=${this.groupBy === 'question'}>${this.t('groupByQuestion')}</option>
            <option value="status" ?selected=${this.groupBy === 'status'}>${this.t('groupByStatus')}</option>
          </select>
        </label>
        <button type="button" class="present-btn" @click=${this.startPresenting}>${this.t('present')}</button>
        <button type="button" class="print-btn" @click=${() => (this.mode = 'print')}>${this.t('printPreview')}</button>
        <details class="export dropdown">
          <summary @click=${() => this.exportPart.get()}>${this.t('export')}</summary>
          <div class="export-menu dropdown-panel">
            <button type="button" class="export-ics" @click=${this.saveIcs}>${this.t('exportIcs')}</button>
            <button type="button" class="export-md" @click=${() => this.saveText('markdown')}>${this.t('exportMarkdown')}</button>
            <button type="button" class="export-txt" @click=${() => this.saveText('text')}>${this.t('exportText')}</button>
          </div>
        </details>
      </div>
      <div class="filters" role="group" aria-label=${this.t('filters')}>
        <label class="inline">
          <span>${this.t('filterPerson')}</span>
          <select class="filter-person" @change=${(e: Event) => (this.filterPerson = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.filterPerson}>${this.t('filterAll')}</option>
            ${people.map((p) => html`<option value=${p.id} ?selected=${this.filterPerson === p.id}>${v.name(p.id)}</option>`)}
          </select>
        </label>
        <label class="inline">
          <span>${this.t('filterStatus')}</span>
          <select class="filter-status" @change=${(e: Event) => (this.filterStatus = (e.target as HTMLSelectElement).value as AgreementStatus)}>
            <option value="" ?selected=${!this.filterStatus}>${this.t('filterAllStatuses')}</option>
            ${AGREEMENT_STATUSES.map((s) => html`<option value=${s} ?selected=${this.filterStatus === s}>${v.status(s)}</option>`)}
          </select>
        </label>
        ${this.doc.plan.questions.length > 1
          ? html`<label class="inline">
              <span>${this.t('filterQuestion')}</span>
              <select class="filter-question" @change=${(e: Event) => (this.filterQuestion = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.filterQuestion}>${this.t('filterAllQuestions')}</option>
                ${this.doc.plan.questions.map(
                  (q, i) => html`<option value=${q.id} ?selected=${this.filterQuestion === q.id}>${i + 1}. ${q.text}</option>`,
                )}
              </select>
            </label>`
          : nothing}
        ${isEmptyFilter(filter)
          ? nothing
          : html`<button type="button" class="clear-filters" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
              <p class="count" role="status">${this.t('showingCount', { shown, total })}</p>`}
      </div>
    </header>`;
  }

  private get filter(): AgreementFilter {
    return {
      personId: this.filterPerson || undefined,
      statuses: this.filterStatus ? [this.filterStatus] : undefined,
      questionId: this.filterQuestion || undefined,
    };
  }

  private columns(): Column[] {
    const { questions, agreements } = this.doc.plan;
    const shown = filterAgreements(agreements, this.filter);
    if (this.groupBy === 'status') {
      return AGREEMENT_STATUSES.map((s) => ({
        key: s,
        title: this.view.status(s),
        agreements: shown.filter((a) => a.status === s),
        total: agreements.filter((a) => a.status === s).length,
      }));
    }
    const columns: Column[] = questions
      .map((q, i) => ({
        key: q.id,
        title: q.text,
        number: i + 1,
        agreements: shown.filter((a) => a.questionId === q.id),
        total: agreements.filter((a) => a.questionId === q.id).length,
      }))
      .filter((c) => !this.filterQuestion || c.key === this.filterQuestion);
    const known = new Set(questions.map((q) => q.id));
    const orphans = shown.filter((a) => !known.has(a.questionId));
    if (orphans.length) columns.push({ key: ORPHANS, title: this.t('orphanColumn'), agreements: orphans, total: orphans.length });
    return columns;
  }

  private renderBoard(v: PlanView): TemplateResult {
    if (!this.doc.plan.questions.length && !this.doc.plan.agreements.length) {
      return html`<div class="empty" part="board">
        <p>${this.readonly ? this.t('noQuestionsReadonly') : this.t('noQuestions', { name: v.clientName() || this.t('client') })}</p>
        ${this.readonly
          ? nothing
          : html`<button type="button" class="primary add-first" @click=${() => this.openEditor({ kind: 'question' }, '.add-question')}>
              + ${this.t('addQuestion')}
            </button>`}
      </div>`;
    }
    const columns = this.columns();
    return html`${this.readonly ? nothing : html`<p class="hint drag-hint">${this.t('dragHint')}</p>`}
      <div class="board" part="board">
        ${repeat(columns, (c) => c.key, (c) => this.renderColumn(v, c, columns))}
      </div>`;
  }

  private renderColumn(v: PlanView, column: Column, columns: Column[]): TemplateResult {
    const editable = !this.readonly;
    const byQuestion = this.groupBy === 'question' && column.key !== ORPHANS;
    const qIndex = byQuestion ? this.doc.plan.questions.findIndex((q) => q.id === column.key) : -1;
    const target = this.dropTarget?.column === column.key;
    const headingId = `col-${column.key}`;
    return html`<section
      class=${classMap({ column: true, 'drop-here': target, [`status-col-${column.key}`]: this.groupBy === 'status' })}
      part="column"
      aria-labelledby=${headingId}
      data-column=${column.key}
    >
      <header class="column-head">
        <h3 id=${headingId}>
          ${column.number ? html`<span class="q-number">${this.t('questionN', { n: column.number })}</span>` : nothing}
          ${this.groupBy === 'status' ? html`<span aria-hidden="true">${STATUS_ICONS[column.key as AgreementStatus]} </span>` : nothing}
          <span class="q-text">${column.title}</span>
        </h3>
        ${byQuestion && editable
          ? html`<div class="q-tools">
              <button type="button" class="small q-edit" aria-label=${`${this.i18n.t(commonMessages, 'edit')}: ${column.title}`}
                @click=${() => this.openEditor({ kind: 'question', id: column.key }, `[data-column="${column.key}"] .q-edit`)}>
                ${this.i18n.t(commonMessages, 'edit')}
              </button>
              <button type="button" class="small q-left" aria-label=${`${this.t('moveQuestionLeft')}: ${column.title}`}
                ?disabled=${qIndex <= 0} @click=${() => this.shiftQuestion(column.key, -1)}>←</button>
              <button type="button" class="small q-right" aria-label=${`${this.t('moveQuestionRight')}: ${column.title}`}
                ?disabled=${qIndex >= this.doc.plan.questions.length - 1} @click=${() => this.shiftQuestion(column.key, 1)}>→</button>
            </div>`
          : nothing}
      </header>
      <ul class="cards" data-drop=${column.key} aria-labelledby=${headingId}>
        ${repeat(column.agreements, (a) => a.id, (a) => html`<li>${this.renderCard(v, a, columns)}</li>`)}
        ${target && !this.dropTarget?.beforeId ? html`<li class="drop-end" aria-hidden="true"></li>` : nothing}
      </ul>
      ${column.agreements.length === 0
        ? html`<p class="column-empty">${column.total ? this.t('noneShown') : this.t('noAgreements')}</p>`
        : nothing}
      ${byQuestion && editable
        ? html`<button type="button" class="add-agreement" aria-label=${this.t('addAgreementTo', { text: column.title })}
            @click=${() => this.openAgreementEditor(column.key)}>+ ${this.t('addAgreement')}</button>`
        : nothing}
    </section>`;
  }

  private renderCard(v: PlanView, a: Agreement, columns: Column[]): TemplateResult {
    const editable = !this.readonly;
    const condition = a.conditionId ? this.doc.plan.conditions.find((c) => c.id === a.conditionId) : undefined;
    const strategies = this.doc.strategies.filter((s) => s.agreementId === a.id);
    const when = formatWhen(a.when, { until: this.t('until') }, (d) => v.date(d));
    const titleId = `card-${a.id}`;
    const classes = {
      card: true,
      selected: this.selectedId === a.id,
      'drop-before': this.dropTarget?.beforeId === a.id && this.draggingId !== a.id,
      editable,
    };
    const question = this.groupBy === 'status' ? this.doc.plan.questions.find((q) => q.id === a.questionId) : undefined;
    return html`<article
      class=${classMap(classes)}
      part="card"
      data-card=${a.id}
      data-status=${a.status}
      aria-labelledby=${titleId}
      @pointerdown=${editable ? (e: PointerEvent) => this.drag.pointerDown(e, a.id) : nothing}
      @keydown=${(e: KeyboardEvent) => this.onCardKeydown(e, a)}
    >
      <div class="card-top">
        ${editable ? html`<span class="grip" aria-hidden="true" title=${this.t('dragHandle')}>⠿</span>` : nothing}
        <h4 id=${titleId}>
          <button type="button" class="card-title" aria-pressed=${this.selectedId === a.id ? 'true' : 'false'}
            @click=${() => this.select(a)}>${a.what || '…'}</button>
        </h4>
      </div>
      ${question ? html`<p class="card-question">${question.text}</p>` : nothing}
      <p class=${classMap({ status: true, 'visually-hidden': this.groupBy === 'status' })}><span class="status-icon" aria-hidden="true">${STATUS_ICONS[a.status] ?? '?'}</span>
        ${this.t('statusLabel', { status: v.status(a.status) })}</p>
      <dl class="facts">
        <div>
          <dt>${this.t('who')}</dt>
          <dd>
            ${a.who.length
              ? html`<ul class="people">
                  ${a.who.map((id) => {
                    const marker = v.marker(id);
                    const pro = v.person(id)?.professional;
                    return html`<li class=${classMap({ chip: true, pro: !!pro, client: id === this.doc.egoId })}>
                      ${v.name(id)}${marker ? html` <small>(${marker})</small>` : nothing}
                    </li>`;
                  })}
                </ul>`
              : html`<span class="muted">${this.t('whoNobody')}</span>`}
          </dd>
        </div>
        ${a.where ? html`<div><dt>${this.t('where')}</dt><dd>${a.where}</dd></div>` : nothing}
        ${when ? html`<div><dt>${this.t('when')}</dt><dd>${when}</dd></div>` : nothing}
        ${a.how ? html`<div><dt>${this.t('how')}</dt><dd>${a.how}</dd></div>` : nothing}
        ${a.reviewDate ? html`<div><dt>${this.t('reviewDate')}</dt><dd>${v.date(a.reviewDate)}</dd></div>` : nothing}
      </dl>
      ${condition ? html`<p class="badge condition-badge"><span aria-hidden="true">⚑</span> ${this.t('linkedCondition', { text: condition.text })}</p>` : nothing}
      ${strategies.map(
        (s) => html`<p class="badge strategy-badge"><span aria-hidden="true">↻</span>
          ${s.personId
            ? this.t('linkedStrategyFor', { kind: v.strategy(s.kind), name: v.name(s.personId) })
            : this.t('linkedStrategy', { kind: v.strategy(s.kind) })}</p>`,
      )}
      ${a.notes ? html`<p class="notes">${a.notes}</p>` : nothing}
      ${editable
        ? html`<div class="card-actions">
            <button type="button" class="small card-edit" aria-label=${`${this.i18n.t(commonMessages, 'edit')}: ${a.what}`}
              @click=${() => this.openAgreementEditor(a.questionId, a.id)}>${this.i18n.t(commonMessages, 'edit')}</button>
            <button type="button" class="small move-btn" aria-haspopup="menu" aria-expanded=${this.menuFor === a.id ? 'true' : 'false'}
              aria-label=${`${this.t('moveTo')} ${a.what}`}
              @click=${() => (this.menuFor = this.menuFor === a.id ? undefined : a.id)}>${this.t('moveTo')}</button>
            ${this.menuFor === a.id ? this.renderMoveMenu(v, a, columns) : nothing}
          </div>`
        : nothing}
    </article>`;
  }

  private renderMoveMenu(v: PlanView, a: Agreement, _columns: Column[]): TemplateResult {
    const siblings = this.doc.plan.agreements.filter((x) => x.questionId === a.questionId);
    const index = siblings.indexOf(a);
    const item = (label: string, action: () => void, options: { disabled?: boolean; checked?: boolean; cls?: string } = {}) =>
      html`<button type="button" class=${options.cls ?? ''}
        role=${options.checked === undefined ? 'menuitem' : 'menuitemradio'}
        aria-checked=${options.checked === undefined ? nothing : String(options.checked)}
        ?disabled=${options.disabled} @click=${action}>${label}</button>`;
    return html`<div class="menu" role="menu" aria-label=${this.t('moveMenu', { what: a.what })} @keydown=${this.onMenuKeydown}>
      ${item(`↑ ${this.t('moveUp')}`, () => this.moveWithin(a, -1, 'menu'), { disabled: index <= 0, cls: 'move-up' })}
      ${item(`↓ ${this.t('moveDown')}`, () => this.moveWithin(a, 1, 'menu'), { disabled: index >= siblings.length - 1, cls: 'move-down' })}
      ${this.doc.plan.questions.length > 1
        ? html`<div role="group" aria-label=${this.t('moveToQuestion')}>
            <div class="menu-label" aria-hidden="true">${this.t('moveToQuestion')}</div>
            ${this.doc.plan.questions.map((q, i) =>
              item(`${i + 1}. ${q.text}`, () => this.moveTo(a, { questionId: q.id }, 'menu'), {
                disabled: q.id === a.questionId,
                cls: 'to-question',
              }),
            )}
          </div>`
        : nothing}
      <div role="group" aria-label=${this.t('setStatus')}>
        <div class="menu-label" aria-hidden="true">${this.t('setStatus')}</div>
        ${AGREEMENT_STATUSES.map((s) =>
          item(`${STATUS_ICONS[s]} ${v.status(s)}`, () => this.moveTo(a, { status: s }, 'menu'), { checked: a.status === s, cls: 'to-status' }),
        )}
      </div>
    </div>`;
  }

  private renderConditions(): TemplateResult {
    const { conditions, agreements } = this.doc.plan;
    const editable = !this.readonly;
    return html`<section class="panel conditions" part="conditions" aria-labelledby="conditions-title">
      <h3 id="conditions-title"><span aria-hidden="true">⚑</span> ${this.t('conditions')}</h3>
      <p class="hint">${this.t('conditionsHint')}</p>
      ${conditions.length
        ? html`<ul class="condition-list">
            ${conditions.map((c) => {
              const answered = agreements.filter((a) => a.conditionId === c.id).length;
              return html`<li class="condition" data-condition=${c.id}>
                <p class="condition-text"><strong>${c.text}</strong></p>
                <p class="condition-agency">${this.t('agency')}: ${c.agency}</p>
                ${c.meaning ? html`<p class="condition-meaning">${this.t('meaning')}: ${c.meaning}</p>` : nothing}
                ${answered ? html`<p class="muted">${answered === 1 ? this.t('answeredByOne') : this.t('answeredBy', { count: answered })}</p>` : nothing}
                ${editable
                  ? html`<button type="button" class="small c-edit" aria-label=${`${this.i18n.t(commonMessages, 'edit')}: ${c.text}`}
                      @click=${() => this.openEditor({ kind: 'condition', id: c.id }, `[data-condition="${c.id}"] .c-edit`)}>
                      ${this.i18n.t(commonMessages, 'edit')}
                    </button>`
                  : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${this.t('noConditions')}</p>`}
      ${editable
        ? html`<button type="button" class="add-condition" @click=${() => this.openEditor({ kind: 'condition' }, '.add-condition')}>
            + ${this.t('addCondition')}
          </button>`
        : nothing}
    </section>`;
  }

  private renderLoad(v: PlanView): TemplateResult {
    const loads = loadPerPerson(this.doc);
    const max = Math.max(1, ...loads.map((l) => l.open));
    return html`<section class="panel load" part="load" aria-labelledby="load-title">
      <h3 id="load-title">${this.t('load')}</h3>
      <p class="hint">${this.t('loadHint')}</p>
      ${loads.some((l) => l.total)
        ? html`<ul class="load-list">
            ${loads.map(
              (l) => html`<li class=${classMap({ 'load-row': true, heavy: l.heavy })} data-person=${l.personId}>
                <span class="load-name">${v.name(l.personId)}${v.marker(l.personId) ? html` <small>(${v.marker(l.personId)})</small>` : nothing}</span>
                <span class="load-bar" aria-hidden="true"><span style=${cssProps({ width: `${(100 * l.open) / max}%` })}></span></span>
                <span class="load-count">${this.t('loadOf', { count: l.open, total: l.total })}</span>
                ${l.heavy ? html`<span class="load-heavy"><span aria-hidden="true">⚠ </span>${this.t('loadHeavy')}</span>` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.t('noLoad')}</p>`}
    </section>`;
  }

  private renderCoreTeam(v: PlanView): TemplateResult {
    const team = this.doc.plan.coreTeam;
    const editable = !this.readonly;
    const candidates = this.doc.people.filter((p) => !team.members.includes(p.id) && canTakePart(p));
    return html`<section class="panel core-team" part="core-team" aria-labelledby="team-title">
      <h3 id="team-title">${this.t('coreTeam')}</h3>
      <p class="hint">${this.t('coreTeamHint')}</p>
      ${team.members.length
        ? html`<ul class="team-list">
            ${team.members.map((id) => {
              const chair = team.chairId === id;
              const name = v.name(id);
              return html`<li class="member" data-person=${id}>
                <span class="member-name">${name}${v.marker(id) ? html` <small>(${v.marker(id)})</small>` : nothing}
                  ${chair ? html`<strong class="chair">— ${this.t('chair')}</strong>` : nothing}</span>
                ${editable
                  ? html`<span class="member-tools">
                      <button type="button" class="small make-chair" aria-pressed=${chair ? 'true' : 'false'}
                        aria-label=${chair ? this.t('isChair', { name }) : this.t('makeChair', { name })}
                        @click=${() => this.setChair(chair ? undefined : id)}>${this.t('chair')}</button>
                      <button type="button" class="small remove-member" aria-label=${this.t('removeMember', { name })}
                        @click=${() => this.removeMember(id)}>✕</button>
                    </span>`
                  : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${this.t('noCoreTeam')}</p>`}
      ${editable && candidates.length
        ? html`<form class="add-member" @submit=${this.onAddMember}>
            <label class="inline">
              <span class="visually-hidden">${this.t('pickPerson')}</span>
              <select name="person" class="member-select">
                ${candidates.map((p) => html`<option value=${p.id}>${v.name(p.id)}${v.marker(p.id) ? ` (${v.marker(p.id)})` : ''}</option>`)}
              </select>
            </label>
            <button type="submit" class="add-member-btn">+ ${this.t('addMember')}</button>
          </form>`
        : nothing}
    </section>`;
  }

  private renderMeetings(v: PlanView): TemplateResult {
    const meetings = [...this.doc.plan.meetings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const editable = !this.readonly;
    return html`<section class="panel meetings" part="meetings" aria-labelledby="meetings-title">
      <h3 id="meetings-title">${this.t('meetings')}</h3>
      ${meetings.length
        ? html`<ol class="meeting-list">
            ${meetings.map(
              (m) => html`<li class="meeting" data-meeting=${m.id}>
                <h4>${v.date(m.date)}</h4>
                <dl class="facts">
                  ${m.goesWell ? html`<div><dt>${this.t('goesWell')}</dt><dd>${m.goesWell}</dd></div>` : nothing}
                  ${m.needsAttention ? html`<div><dt>${this.t('needsAttention')}</dt><dd>${m.needsAttention}</dd></div>` : nothing}
                  ${m.planChanges ? html`<div><dt>${this.t('planChanges')}</dt><dd>${m.planChanges}</dd></div>` : nothing}
                </dl>
                ${editable
                  ? html`<button type="button" class="small m-edit" aria-label=${`${this.i18n.t(commonMessages, 'edit')}: ${this.t('meetings')} ${v.date(m.date)}`}
                      @click=${() => this.openEditor({ kind: 'meeting', id: m.id }, `[data-meeting="${m.id}"] .m-edit`)}>
                      ${this.i18n.t(commonMessages, 'edit')}
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${this.t('noMeetings')}</p>`}
      ${editable
        ? html`<button type="button" class="add-meeting" @click=${() => this.openEditor({ kind: 'meeting' }, '.add-meeting')}>
            + ${this.t('addMeeting')}
          </button>`
        : nothing}
    </section>`;
  }

  private renderPrintBar(v: PlanView): TemplateResult {
    const people = planPeople(this.doc);
    return html`<div class="print-bar" part="toolbar">
      <button type="button" class="back" @click=${() => (this.mode = 'board')}>← ${this.t('backToBoard')}</button>
      <label class="inline">
        <span>${this.t('printFor')}</span>
        <select class="print-person" @change=${(e: Event) => (this.printPerson = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.printPerson}>${this.t('printEveryone')}</option>
          ${people.map((p) => html`<option value=${p.id} ?selected=${this.printPerson === p.id}>${v.name(p.id)}</option>`)}
        </select>
      </label>
      <button type="button" class="primary do-print" @click=${() => this.print(this.printPerson)}>${this.t('print')}</button>
    </div>`;
  }

  // ---- actions ----------------------------------------------------------------------------

  private select(a: Agreement): void {
    if (this.drag.consumeClick()) return;
    const picked = this.selectedId === a.id ? null : a;
    this.selectedId = picked?.id ?? '';
    this.emit('agreement-select', { agreementId: picked?.id ?? null, agreement: picked });
    if (picked) this.announce(this.t('selected', { what: picked.what }));
  }

  private clearFilters = (): void => {
    this.filterPerson = '';
    this.filterStatus = '';
    this.filterQuestion = '';
    this.focusAfter = '.filter-person';
  };

  private present(index: number): void {
    this.presentIndex = Math.max(0, Math.min(index, Math.max(0, this.doc.plan.questions.length - 1)));
    this.mode = 'present';
  }

  /** From the button: present, full screen where the browser allows it (a meeting's big screen). */
  private startPresenting = (): void => {
    this.present(0);
    // Refused outside a user gesture or in a frame without permission: the mode works without it.
    const asked = this.requestFullscreen?.();
    asked?.then(() => this.ownerDocument.addEventListener('fullscreenchange', this.onFullscreenChange)).catch(() => undefined);
  };

  /** Escape in full screen is taken by the browser to leave full screen: that ends the presentation too. */
  private onFullscreenChange = (): void => {
    if (this.ownerDocument.fullscreenElement === this) return;
    this.ownerDocument.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (this.mode === 'present') this.exitPresent();
  };

  private exitPresent(): void {
    if (this.ownerDocument.fullscreenElement === this) this.ownerDocument.exitFullscreen().catch(() => undefined);
    this.mode = 'board';
    this.focusAfter = '.present-btn';
  }

  private onPresentKeydown(e: KeyboardEvent): void {
    const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      this.present(this.presentIndex + step);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      this.present(e.key === 'Home' ? 0 : this.doc.plan.questions.length - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.exitPresent();
    }
  }

  private onHostKeydown = (e: KeyboardEvent): void => {
    if (this.editing) return; // the dialog's fields keep their own Ctrl+Z
    this.handleHistoryKeys(e);
  };

  /** Alt+arrows move the focused card: up/down within its column, left/right to the next column. */
  private onCardKeydown(e: KeyboardEvent, a: Agreement): void {
    if (this.readonly || !e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      if (this.groupBy === 'question') this.moveWithin(a, e.key === 'ArrowUp' ? -1 : 1, 'key');
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const step = e.key === 'ArrowLeft' ? -1 : 1;
      if (this.groupBy === 'status') {
        const i = AGREEMENT_STATUSES.indexOf(a.status);
        const next = AGREEMENT_STATUSES[i + step];
        if (next) this.moveTo(a, { status: next }, 'key');
      } else {
        const qs = this.doc.plan.questions;
        const next = qs[qs.findIndex((q) => q.id === a.questionId) + step];
        if (next) this.moveTo(a, { questionId: next.id }, 'key');
      }
    }
  }

  private onMenuKeydown = (e: KeyboardEvent): void => {
    const items = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not([disabled])')];
    const i = items.indexOf(e.composedPath()[0] as HTMLButtonElement);
    const go = (n: number) => items[(n + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      const id = this.menuFor;
      this.menuFor = undefined;
      this.focusAfter = `[data-card="${id}"] .move-btn`;
      e.stopPropagation();
    } else if (e.key === 'Tab') {
      this.menuFor = undefined;
      return;
    } else return;
    e.preventDefault();
  };

  private onOutsidePointer = (e: PointerEvent): void => {
    const inside = e.composedPath().some((n) => n instanceof HTMLElement && (n.classList.contains('menu') || n.classList.contains('move-btn')));
    if (!inside) this.menuFor = undefined;
  };

  /** The drop of a drag: the same edit as the menu. */
  private dropCard(id: Id, target: DropTarget): void {
    const a = this.doc.plan.agreements.find((x) => x.id === id);
    if (!a) return;
    if (this.groupBy === 'status') {
      if (target.column !== a.status) this.moveTo(a, { status: target.column as AgreementStatus }, 'drag');
      return;
    }
    if (target.column === ORPHANS) return;
    const siblings = this.doc.plan.agreements.filter((x) => x.questionId === target.column && x.id !== id);
    let index = siblings.length;
    if (target.beforeId) index = Math.max(0, siblings.findIndex((x) => x.id === target.beforeId));
    else {
      // Dropped after the last visible card: right after it (a filter may hide later ones).
      const visible = this.columns().find((c) => c.key === target.column)?.agreements.filter((x) => x.id !== id) ?? [];
      const last = visible[visible.length - 1];
      if (last) index = siblings.indexOf(last) + 1;
    }
    this.moveTo(a, { questionId: target.column, index }, 'drag');
  }

  private moveWithin(a: Agreement, step: -1 | 1, via: 'menu' | 'key'): void {
    const siblings = this.doc.plan.agreements.filter((x) => x.questionId === a.questionId);
    const index = siblings.indexOf(a) + step;
    if (index < 0 || index >= siblings.length) return;
    this.moveTo(a, { questionId: a.questionId, index }, via);
  }

  /** Every move ends here: one edit, one undo step, one announcement, focus kept on the card. */
  private moveTo(a: Agreement, to: { questionId?: Id; status?: AgreementStatus; index?: number }, via: 'menu' | 'key' | 'drag'): void {
    this.menuFor = undefined;
    const before = this.doc.plan.agreements;
    const preview = moveAgreement(this.doc, a.id, to).doc.plan.agreements;
    // Nothing to do when the card would land where it is (a drop on its own place, its own status).
    const same = preview.every((x, i) => x === before[i] || (x.id === before[i].id && x.questionId === before[i].questionId && x.status === before[i].status));
    if (same || !this.edit((doc) => moveAgreement(doc, a.id, to))) {
      if (via === 'menu') this.focusAfter = `[data-card="${a.id}"] .move-btn`;
      return;
    }
    const after = this.doc.plan.agreements;
    const moved = after.find((x) => x.id === a.id)!;
    if (to.status && to.status !== a.status) {
      this.announce(this.t('statusChanged', { what: a.what, status: this.view.status(to.status) }));
    } else {
      const siblings = after.filter((x) => x.questionId === moved.questionId);
      const q = this.doc.plan.questions.find((x) => x.id === moved.questionId);
      const params = { what: a.what, question: q?.text ?? '', index: siblings.indexOf(moved) + 1, count: siblings.length };
      this.announce(this.t(moved.questionId === a.questionId ? 'movedWithin' : 'movedToQuestion', params));
    }
    this.focusAfter = via === 'drag' ? `[data-card="${a.id}"] .card-title` : `[data-card="${a.id}"] ${via === 'menu' ? '.move-btn' : '.card-title'}`;
  }

  private shiftQuestion(id: Id, step: -1 | 1): void {
    const qs = this.doc.plan.questions;
    const index = qs.findIndex((q) => q.id === id) + step;
    if (index < 0 || index >= qs.length) return;
    if (!this.edit((doc) => moveQuestion(doc, id, index))) return;
    const q = this.doc.plan.questions[index];
    this.announce(this.t('questionMoved', { text: q.text, index: index + 1, count: qs.length }));
    const edge = index === 0 ? '.q-right' : index === qs.length - 1 ? '.q-left' : step < 0 ? '.q-left' : '.q-right';
    this.focusAfter = `[data-column="${id}"] ${edge}`;
  }

  private setChair(id: Id | undefined): void {
    const team = this.doc.plan.coreTeam;
    this.edit((doc) => setCoreTeam(doc, { ...team, members: team.members, chairId: id }));
    this.announce(id ? this.t('isChair', { name: this.view.name(id) }) : this.t('changed', { what: this.t('coreTeam') }));
  }

  private removeMember(id: Id): void {
    const team = this.doc.plan.coreTeam;
    const next = { ...team, members: team.members.filter((m) => m !== id) };
    if (next.chairId === id) delete next.chairId;
    const name = this.view.name(id);
    this.edit((doc) => setCoreTeam(doc, next));
    this.announce(this.t('removed', { what: name }));
    this.focusAfter = '.member-select';
  }

  private onAddMember = (e: SubmitEvent): void => {
    e.preventDefault();
    const id = new FormData(e.target as HTMLFormElement).get('person') as string;
    if (!id) return;
    const team = this.doc.plan.coreTeam;
    this.edit((doc) => setCoreTeam(doc, { ...team, members: [...team.members, id] }));
    this.announce(this.t('added', { what: this.view.name(id) }));
    this.focusAfter = `.member[data-person="${id}"] .make-chair`;
  };

  // ---- the edit dialog --------------------------------------------------------------------

  private openEditor(target: EditTarget, returnFocus: string): void {
    if (this.readonly) return;
    this.returnFocus = returnFocus;
    this.editing = target;
    this.formDoc = this.doc;
  }

  private openAgreementEditor(questionId: Id, id?: Id): void {
    const a = id ? this.doc.plan.agreements.find((x) => x.id === id) : undefined;
    this.openEditor(
      { kind: 'agreement', id, questionId, who: a ? [...a.who] : [] },
      id ? `[data-card="${id}"] .card-edit` : `[data-column="${questionId}"] .add-agreement`,
    );
  }

  private returnFocus = '';
  /** The document the open form was opened on. */
  private formDoc?: CareNetwork;

  /** Closes the dialog now (not on its later `close` event, or the next render would open it again). */
  private closeEditor(): void {
    this.clearEditProblem();
    if (this.editing) {
      this.editing = undefined;
      this.focusAfter = this.returnFocus;
    }
    this.dialog?.close();
  }

  private onDialogClose = (): void => {
    this.clearEditProblem();
    if (!this.editing) return;
    this.editing = undefined;
    this.focusAfter = this.returnFocus;
  };

  private readonly formHandlers = {
    submit: (e: SubmitEvent) => this.submitForm(e),
    cancel: () => this.closeEditor(),
    remove: () => this.removeEditing(),
    toggleWho: (id: Id, checked: boolean) => {
      if (this.editing?.kind !== 'agreement') return;
      const who = this.editing.who.filter((w) => w !== id);
      this.editing = { ...this.editing, who: checked ? [...who, id] : who };
    },
    addPerson: (input: HTMLInputElement) => {
      const name = input.value.trim();
      if (!name || this.editing?.kind !== 'agreement') return;
      const change = this.edit((doc) => addPerson(doc, { kind: 'person', name }));
      if (!change) return;
      input.value = '';
      this.editing = { ...this.editing, who: [...this.editing.who, change.ids[0]] };
      this.announce(this.t('added', { what: name }));
    },
  };

  private submitForm(e: SubmitEvent): void {
    e.preventDefault();
    const target = this.editing;
    const form = e.target as HTMLFormElement;
    // The form is on the page, so its part is loaded.
    const forms = this.formsPart.get();
    if (!target || !forms || !form.reportValidity()) return;
    const save = forms.formSave(target, new FormData(form), this.doc);
    const change = this.edit(save.op);
    if (change && save.focusAfterAdd) this.returnFocus = save.focusAfterAdd(change);
    if (change) {
      const what = this.describeChange(change);
      this.announce(this.t(target.kind !== 'review' && !('id' in target && target.id) ? 'added' : 'changed', { what }));
    } else if (this.editProblem) {
      return; // not saved (its record is gone): the form and what was typed stay, with the reason
    }
    this.closeEditor();
  }

  private removeEditing(): void {
    const target = this.editing;
    if (!target || target.kind === 'review' || !target.id) return;
    const forms = this.formsPart.get();
    if (!forms) return;
    const change = this.edit(forms.formRemove(target.kind, target.id));
    if (change) this.announce(this.t('removed', { what: this.describeChange(change) }));
    this.returnFocus = target.kind === 'agreement' ? `[data-column="${target.questionId}"] .add-agreement` : '.add-question';
    if (target.kind === 'condition') this.returnFocus = '.add-condition';
    if (target.kind === 'meeting') this.returnFocus = '.add-meeting';
    this.closeEditor();
  }

  // ---- files ------------------------------------------------------------------------------

  /**
   * Saves a file in the page (no network), then says so. The saving code is a lazy part, loaded
   * when the export menu opens, so a click on a file button rarely waits for it.
   */
  private save(text: string, extension: string, type: string, said: string): void {
    const done = ({ downloadFile, exportFileName }: typeof exportModule) => {
      downloadFile(text, exportFileName(`${this.t('boardLabel')} ${this.view.clientName()}`, extension), type);
      this.announce(said);
    };
    const loaded = this.exportPart.get();
    if (loaded) done(loaded);
    else void this.exportPart.ready().then(done, () => undefined);
  }

  private printTitle(): string {
    return this.printPerson ? this.t('personalTitle', { name: this.view.name(this.printPerson) }) : this.view.title();
  }

  private saveIcs = (): void => {
    const v = this.view;
    const { ics, count, skipped } = planToIcs(this.doc, v.calendarLabels(), { calendarName: v.title() });
    const said = this.t('icsSaved', { count });
    const left = skipped.length === 1 ? this.t('icsSkippedOne') : this.t('icsSkipped', { count: skipped.length });
    this.save(ics, 'ics', 'text/calendar;charset=utf-8', skipped.length ? `${said} ${left}` : said);
  };

  private saveText(format: 'markdown' | 'text'): void {
    const text = format === 'markdown' ? this.toMarkdown() : this.toPlainText();
    this.save(text, format === 'markdown' ? 'md' : 'txt', `${format === 'markdown' ? 'text/markdown' : 'text/plain'};charset=utf-8`, this.t('textSaved'));
  }
}
