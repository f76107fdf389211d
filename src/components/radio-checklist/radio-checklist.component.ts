import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { NetworkElement } from '../../base/network-element.js';
import { ChoiceDialog, choiceDialogStyles } from '../../base/choice-dialog.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { editSafetyMessages } from '../../i18n/catalogs/edit-safety.js';
import { formValue } from '../../base/form-value.js';
import { radioMessages } from '../../i18n/catalogs/radio-checklist.js';
import { summarizeStrategies, type StrategySummary } from '../../model/network-summary.js';
import { suggestStrategies, type StrategySuggestion } from '../../model/strategy-suggestions.js';
import {
  addAgreement,
  addQuestion,
  addStrategy,
  agreementForStrategy,
  dismissSuggestion,
  removeAgreement,
  removeStrategy,
  restoreSuggestion,
  updateStrategy,
} from '../../model/operations/index.js';
import {
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  type Agreement,
  type Change,
  type Id,
  type Person,
  type Strategy,
  type StrategyKind,
  type StrategyStatus,
} from '../../model/types.js';
import type { StoreEvent } from '../../store/network-store.js';
import { longDate, printView, type PrintOptions } from '../../base/export.js';
import { renderAgreementDialog, type AgreementDraft } from './agreement-dialog.js';
import { PRINT_CSS, printNodes, printTemplate } from './checklist-print.js';
import {
  buildChecklist,
  NETWORK_ROW,
  type ChecklistGroup,
  type ChecklistRow,
  type GroupBy,
  type ShowFilter,
} from './checklist-rows.js';
import { radioChecklistStyles } from './radio-checklist.styles.js';

export interface StrategySelectDetail {
  strategy: Strategy;
  /** The person the strategy is about; `null` for the network as a whole. */
  personId: Id | null;
  /** The plan agreement that carries it out, when linked. */
  agreement: Agreement | null;
}

declare module '../../base/events.js' {
  interface CareEventMap {
    'strategy-select': StrategySelectDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'strategy-select': CustomEvent<StrategySelectDetail>;
  }
}

const LETTER: Record<StrategyKind, string> = {
  reanimeren: 'R',
  activeren: 'A',
  deblokkeren: 'D',
  intensiveren: 'I',
  onderhouden: 'O',
  uitbreiden: 'U',
};

/**
 * The RADIO(+U) network strategies as a checklist: one row per network member, one for the
 * client and one for the network as a whole. Per row, native checkboxes for the strategies
 * (each explained on hover and focus), and per chosen strategy a status, a note and the plan
 * agreement that carries it out. Explained suggestions (never applied by themselves), a
 * summary, and a print view.
 *
 * @tagname radio-checklist
 * @summary RADIO(+U) strategies per person, with suggestions, a summary and links to the plan.
 *
 * @fires {CustomEvent<StrategySelectDetail>} strategy-select - When the user asks to see the plan agreement of a strategy ("Show in plan"). Cancelable: unless cancelled, each `<plan-board>` in the same `<care-network>` selects that agreement. Detail: `{ strategy, personId, agreement }`.
 *
 * @csspart header - The title, intro and toolbar.
 * @csspart toolbar - Grouping, filters and the print button.
 * @csspart summary - The summary of strategies per kind and status, sectors and extension.
 * @csspart group - One group of rows (a life domain, a ring, the client, the network).
 * @csspart group-heading - The heading of a group.
 * @csspart row - One row: a person, the client or the network.
 * @csspart row-name - The name (and role) of a row.
 * @csspart choice - One strategy checkbox with its label.
 * @csspart explanation - The plain-language explanation shown on hover and focus.
 * @csspart badge - The letter of a strategy (R, A, D, I, O, U).
 * @csspart strategy - The details of one chosen strategy: status, note, agreement.
 * @csspart agreement - The link to the plan agreement.
 * @csspart suggestion - One suggestion with its reasons and buttons.
 * @csspart dialog - The dialogs (make an agreement, remove a linked strategy or agreement).
 * @csspart live-region - The polite live region.
 *
 * @cssproperty --cn-radio-chosen - Background of a chosen strategy.
 * @cssproperty --cn-radio-suggestion - Background of a suggestion.
 * @cssproperty --cn-radio-row-gap - Space between rows.
 */
export class RadioChecklist extends NetworkElement {
  static override styles = [...NetworkElement.styles, choiceDialogStyles, radioChecklistStyles];

  /** Group the rows by life domain (`sector`) or by closeness ring (`ring`). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'sector';

  /** Which rows to show: `all`, `with-strategy`, `with-suggestion` or `without-strategy`. */
  @property({ reflect: true }) show: ShowFilter = 'all';

  /** Show only rows where this strategy is chosen or suggested (empty: all). */
  @property({ attribute: 'strategy-filter' }) strategyFilter: StrategyKind | '' = '';

  /** Show only rows whose name or role contains this text. */
  @property() search = '';

  /** Do not show suggestions. */
  @property({ type: Boolean, attribute: 'hide-suggestions' }) hideSuggestions = false;

  /** Below this many informal members the network counts as small (Uitbreiden is suggested). */
  @property({ type: Number, attribute: 'small-network' }) smallNetwork = 5;

  @state() private draft?: AgreementDraft;
  /** The strategy whose explanation was closed with Escape (WCAG 1.4.13). */
  @state() private quietExplanation = '';
  /** The strategy checkbox that has focus (its explanation shows, also when the page itself is not focused). */
  @state() private focusedChoice = '';
  /** The agreement selected in a `<plan-board>` in the same `<care-network>`; its strategies are marked. */
  @state() private selectedAgreement: Id = '';

  private readonly choice = new ChoiceDialog(this);
  private readonly rowRevisions = new Map<Id, number>();

  private suggestionCache?: { doc: unknown; small: number; all: StrategySuggestion[] };

  /** Every suggestion for the current document, dismissed ones included (cached per document). */
  private allSuggestions(): StrategySuggestion[] {
    const c = this.suggestionCache;
    if (c && c.doc === this.doc && c.small === this.smallNetwork) return c.all;
    const all = suggestStrategies(this.doc, { smallNetwork: this.smallNetwork, includeDismissed: true });
    this.suggestionCache = { doc: this.doc, small: this.smallNetwork, all };
    return all;
  }

  /** The current suggestions, without dismissed ones (empty with `hide-suggestions`). */
  get suggestions(): StrategySuggestion[] {
    if (this.hideSuggestions) return [];
    const dismissed = new Set((this.doc.dismissedSuggestions ?? []).map((d) => d.key));
    return this.allSuggestions().filter((s) => !dismissed.has(s.key));
  }

  // ——— Public actions (the UI calls these; hosts and tests may too) ———

  /** Chooses a strategy for a person (or `null` for the network as a whole). Returns the new strategy id. */
  chooseStrategy(kind: StrategyKind, personId: Id | null, extra: Partial<Strategy> = {}): Id | undefined {
    const change = this.edit((doc) =>
      addStrategy(doc, { kind, status: 'idea', ...(personId ? { personId } : {}), ...extra }),
    );
    if (change) this.announce(this.t('announceChosen', { kind: this.kindLabel(kind), name: this.nameFor(personId) }));
    return change?.ids[0];
  }

  /**
   * Removes the strategies of one kind from a row. When one carries a plan agreement, asks
   * whether to remove the agreement too or keep it and remove the link. Resolves `false` when
   * the user cancelled.
   */
  async unchooseStrategy(kind: StrategyKind, personId: Id | null): Promise<boolean> {
    if (this.readonly) return false;
    const rowId = personId ?? NETWORK_ROW;
    const row = this.rows().find((r) => r.id === rowId);
    const strategies = row?.strategies.filter((s) => s.kind === kind) ?? [];
    if (!strategies.length) return false;
    const linked = strategies.map((s) => agreementForStrategy(this.doc, s)).find((a) => a !== undefined);
    let withAgreement = false;
    if (linked) {
      const answer = await this.choice.ask({
        title: this.t('dialogRemoveStrategyTitle', { kind: this.kindLabel(kind), name: this.nameFor(personId) }),
        text: this.t('dialogRemoveStrategyText', { what: linked.what }),
        choices: [
          { value: 'both', label: this.t('alsoRemoveAgreement'), tone: 'danger' },
          { value: 'keep', label: this.t('keepAgreement') },
        ],
        cancel: this.i18n.t(commonMessages, 'cancel'),
      });
      if (answer === null) {
        this.refreshRow(rowId); // puts the checkbox back
        return false;
      }
      withAgreement = answer === 'both';
    }
    this.store.group(this.t('changeStrategy'), () => {
      for (const s of strategies) {
        if (this.doc.strategies.some((x) => x.id === s.id)) this.edit((doc) => removeStrategy(doc, s.id, { withAgreement }));
      }
    });
    this.announce(this.t('announceRemoved', { kind: this.kindLabel(kind), name: this.nameFor(personId) }));
    return true;
  }

  setStatus(strategyId: Id, status: StrategyStatus): void {
    const s = this.doc.strategies.find((x) => x.id === strategyId);
    if (!s || s.status === status) return;
    if (this.edit((doc) => updateStrategy(doc, strategyId, { status })))
      this.announce(this.t('announceStatus', { kind: this.kindLabel(s.kind), name: this.nameFor(this.personOf(s)), status: this.t(`status.${status}`) }));
  }

  setNote(strategyId: Id, note: string): void {
    const s = this.doc.strategies.find((x) => x.id === strategyId);
    const next = note.trim() ? note : undefined;
    if (!s || (s.note ?? undefined) === next) return;
    if (this.edit((doc) => updateStrategy(doc, strategyId, { note: next }))) this.announce(this.t('announceNote'));
  }

  dismiss(key: string): void {
    if (this.edit((doc) => dismissSuggestion(doc, key, new Date().toISOString().slice(0, 10)))) this.announce(this.t('announceDismissed'));
  }

  restore(key: string): void {
    if (this.edit((doc) => restoreSuggestion(doc, key))) this.announce(this.t('announceRestored'));
  }

  /** Opens the "make it an agreement" form for a strategy. */
  openAgreementDialog(strategyId: Id): void {
    const s = this.doc.strategies.find((x) => x.id === strategyId);
    if (!s || this.readonly) return;
    const personId = this.personOf(s);
    const client = this.doc.people.find((p) => p.id === this.doc.egoId);
    const candidates: AgreementDraft['candidates'] = [];
    if (personId && personId !== this.doc.egoId) candidates.push({ id: personId, label: this.nameFor(personId) });
    if (client) candidates.push({ id: client.id, label: this.t('clientRow', { name: this.displayName(client) }) });
    const name = this.nameFor(personId);
    const whatKey = s.kind === 'uitbreiden' && !personId ? 'what.uitbreidenNetwork' : (`what.${s.kind}` as const);
    this.draft = {
      strategyId,
      title: this.t('dialogAgreementTitle', { kind: this.kindLabel(s.kind) }),
      questionId: this.doc.plan.questions[0]?.id ?? 'new',
      newQuestion: this.doc.plan.questions.length ? '' : this.t('dialogNewQuestionDefault'),
      what: this.t(whatKey, { name, client: client ? this.displayName(client) : '' }),
      candidates,
      who: candidates.map((c) => c.id),
    };
  }

  /**
   * Makes the plan agreement from the open form, in one undo step: the new question (if any),
   * the agreement, and the link `strategy.agreementId`. Returns the agreement id.
   */
  submitAgreement(): Id | undefined {
    const d = this.draft;
    if (!d || this.readonly) return undefined;
    const newQuestion = d.newQuestion.trim();
    if (d.questionId === 'new' && !newQuestion) {
      this.draft = { ...d, error: this.t('dialogNeedQuestion') };
      return undefined;
    }
    if (!d.what.trim()) {
      this.draft = { ...d, error: this.t('dialogNeedWhat') };
      return undefined;
    }
    const strategy = this.doc.strategies.find((s) => s.id === d.strategyId);
    // Its strategy is gone (the host replaced the document): keep the dialog and what was typed.
    if (!strategy) {
      this.draft = { ...d, error: this.i18n.t(editSafetyMessages, 'targetGone') };
      return undefined;
    }
    let agreementId: Id | undefined;
    this.store.begin(this.t('makeAgreement'));
    try {
      let questionId: Id | undefined = d.questionId;
      if (questionId === 'new') questionId = this.edit((doc) => addQuestion(doc, { text: newQuestion }))?.ids[0];
      const qid = questionId;
      agreementId = qid
        ? this.edit((doc) => addAgreement(doc, { questionId: qid, what: d.what.trim(), who: d.who, status: 'not-started' }))?.ids[0]
        : undefined;
      const aid = agreementId;
      const linked =
        aid &&
        this.edit((doc) =>
          updateStrategy(doc, d.strategyId, { agreementId: aid, ...(strategy.status === 'idea' ? { status: 'planned' } : {}) }),
        );
      if (!linked) {
        // One step failed (e.g. its question is gone): none of it happens, the dialog stays.
        this.store.rollback();
        this.draft = { ...d, error: this.editProblem || this.i18n.t(editSafetyMessages, 'targetGone') };
        return undefined;
      }
      this.store.commit();
    } catch (error) {
      this.store.rollback();
      throw error;
    }
    this.closeAgreementDialog();
    this.announce(this.t('announceAgreement', { what: d.what.trim() }));
    return agreementId;
  }

  /** Removes the agreement a strategy links to, asking what to do with the strategy. */
  async removeLinkedAgreement(strategyId: Id): Promise<boolean> {
    const s = this.doc.strategies.find((x) => x.id === strategyId);
    const agreement = s && agreementForStrategy(this.doc, s);
    if (!s || !agreement || this.readonly) return false;
    const answer = await this.choice.ask({
      title: this.t('dialogRemoveAgreementTitle', { what: agreement.what }),
      text: this.t('dialogRemoveAgreementText', { kind: this.kindLabel(s.kind), name: this.nameFor(this.personOf(s)) }),
      choices: [
        { value: 'both', label: this.t('alsoRemoveStrategy'), tone: 'danger' },
        { value: 'keep', label: this.t('keepStrategy') },
      ],
      cancel: this.i18n.t(commonMessages, 'cancel'),
    });
    if (answer === null) return false;
    this.edit((doc) => removeAgreement(doc, agreement.id, { withStrategies: answer === 'both' }));
    this.announce(this.t('announceAgreementRemoved', { what: agreement.what }));
    return true;
  }

  /**
   * "Show in plan": emits `strategy-select` (cancelable). Unless the host cancels it, every
   * `<plan-board>` in the same `<care-network>` selects the agreement and scrolls it into view.
   */
  showInPlan(strategy: Strategy, agreement: Agreement | null = agreementForStrategy(this.doc, strategy) ?? null): void {
    const go = this.emit('strategy-select', { strategy, personId: this.personOf(strategy), agreement }, { cancelable: true });
    if (!go || !agreement) return;
    const provider = this.closest('care-network');
    for (const board of provider?.querySelectorAll('plan-board') ?? []) {
      (board as HTMLElement & { selectedId: string }).selectedId = agreement.id;
      void (board as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
        const card = board.shadowRoot?.querySelector(`[data-card="${CSS.escape(agreement.id)}"]`) ?? board;
        card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      });
    }
  }

  /** Answers an open remove dialog from code: `both`, `keep`, or `null` to cancel. */
  answerDialog(value: 'both' | 'keep' | null): void {
    this.choice.choose(value);
  }

  /**
   * What `print()` prints: the title with the client's name and the date, the network summary
   * and the whole checklist (all rows, with the current grouping), as a table that reads in
   * black and white. For hosts that print or archive it their own way.
   */
  printOptions(date = new Date()): PrintOptions {
    const doc = this.doc;
    const client = doc.people.find((p) => p.id === doc.egoId);
    const summary = summarizeStrategies(doc);
    const texts = this.summaryTexts(summary);
    const list = buildChecklist(doc, { groupBy: this.groupBy, show: 'all', suggestions: [] });
    const template = printTemplate(list.groups, summary, doc.plan.agreements, {
      kind: (k) => this.kindLabel(k),
      letter: (k) => LETTER[k],
      status: (st) => ((STRATEGY_STATUSES as readonly string[]).includes(st) ? this.t(`status.${st as StrategyStatus}`) : st),
      group: (g) => this.groupTitle(g),
      rowName: (r) => this.rowName(r),
      summaryTitle: this.t('summary'),
      summaryKind: this.t('summaryKind'),
      summaryPeople: this.t('summaryPeople'),
      summaryNetwork: this.t('summaryNetwork'),
      sectorsWithout: `${this.t('sectorsWithout')}: ${texts.sectorsWithout}`,
      extending: texts.extending,
      balance: texts.balance,
      name: this.t('printName'),
      notes: this.t('printNotes'),
      agreement: (what) => this.t('agreement', { what }),
    });
    return {
      title: this.t('printTitle', { name: this.displayName(client) }),
      subtitle: this.t('printedOn', { date: longDate(date, this.i18n.locale) }),
      content: printNodes(this.ownerDocument, template),
      css: PRINT_CSS,
      lang: this.i18n.locale,
      size: 'A4',
      orientation: 'portrait',
    };
  }

  /** Opens the browser's print dialog with the checklist and the network summary. */
  async print(): Promise<void> {
    await printView(this.printOptions());
  }

  // ——— Helpers ———

  private t(key: keyof (typeof radioMessages)['en'], params?: Record<string, string | number>): string {
    return this.i18n.t(radioMessages, key, params);
  }

  private kindLabel(kind: StrategyKind): string {
    return (STRATEGY_KINDS as readonly string[]).includes(kind) ? this.t(`kind.${kind}`) : kind;
  }

  private displayName(person: Person | undefined): string {
    return person?.name.trim() || this.i18n.t(commonMessages, 'unnamed');
  }

  private nameFor(personId: Id | null): string {
    if (!personId) return this.t('networkRow');
    return this.displayName(this.doc.people.find((p) => p.id === personId));
  }

  private personOf(s: Strategy): Id | null {
    return this.rows().find((r) => r.strategies.includes(s))?.person?.id ?? null;
  }

  private rows(): ChecklistRow[] {
    return this.checklist(true).groups.flatMap((g) => g.rows);
  }

  private checklist(unfiltered = false, suggestions = this.suggestions) {
    return buildChecklist(this.doc, {
      groupBy: this.groupBy,
      show: unfiltered ? 'all' : this.show,
      kind: unfiltered ? '' : this.strategyFilter,
      text: unfiltered ? '' : this.search,
      suggestions,
    });
  }

  /** Closes the form and puts focus back on the strategy it was opened from (its agreement buttons). */
  private closeAgreementDialog(): undefined {
    const strategyId = this.draft?.strategyId;
    this.draft = undefined;
    if (strategyId)
      void this.updateComplete.then(() =>
        this.shadowRoot?.querySelector<HTMLElement>(`li.detail[data-strategy="${CSS.escape(strategyId)}"] .agreement button`)?.focus(),
      );
    return undefined;
  }

  protected override describeChange(change: Change): string {
    if (change.type.startsWith('strategy') || change.type.startsWith('suggestion')) return this.t('changeStrategy');
    return super.describeChange(change);
  }

  private provider?: Element | null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.provider = this.closest('care-network');
    this.provider?.addEventListener('agreement-select', this.onAgreementSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed from the page, `closest()` no longer finds the provider: use the one we listened on.
    this.provider?.removeEventListener('agreement-select', this.onAgreementSelect);
    this.provider = undefined;
  }

  /** An agreement chosen in a `<plan-board>` next to this element marks the strategies it carries out. */
  private onAgreementSelect = (event: Event): void => {
    const detail = (event as CustomEvent<{ agreementId?: Id | null }>).detail;
    this.selectedAgreement = detail?.agreementId ?? '';
  };

  protected override onStoreEvent(event: StoreEvent): void {
    super.onStoreEvent(event);
    // A strategy removed elsewhere (or by undo) closes its open form.
    const d = this.draft;
    if (d && !event.doc.strategies.some((s) => s.id === d.strategyId)) {
      // The host replaced the document under a form with typed text: keep it, say why.
      if (event.source === 'replace' && d.what.trim()) this.draft = { ...d, error: this.i18n.t(editSafetyMessages, 'targetGone') };
      else this.draft = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.shadowRoot?.querySelector<HTMLDialogElement>('dialog.agreement-dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('select, input')?.focus();
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    const target = e.composedPath()[0];
    const typing = target instanceof HTMLInputElement ? target.type === 'text' || target.type === 'search' : target instanceof HTMLTextAreaElement;
    if (!typing) this.handleHistoryKeys(e);
  }

  // ——— Rendering ———

  override render() {
    const suggestions = this.suggestions;
    const list = this.checklist(false, suggestions);
    const shownKeys = new Set(suggestions.map((x) => x.key));
    const hidden = this.hideSuggestions || this.readonly ? [] : this.allSuggestions().filter((s) => !shownKeys.has(s.key));
    return html`<div class="base" @keydown=${this.onKeydown}>
      ${this.renderDataErrors()}
      <header part="header">
        <h2>${this.t('title')}</h2>
        ${this.readonly ? html`<p class="readonly-note">${this.i18n.t(commonMessages, 'readonly')}</p>` : html`<p class="intro">${this.t('intro')}</p>`}
        ${this.renderToolbar(list.shown, list.total)}
      </header>
      ${this.renderSummary()}
      <div class="explanations" hidden>
        ${STRATEGY_KINDS.map((k) => html`<span id="explain-${k}">${this.t(`explain.${k}`)}</span>`)}
      </div>
      ${list.groups.length
        ? list.groups.map((g) => this.renderGroup(g))
        : html`<p class="empty" part="empty">${this.t('noneMatch')}</p>`}
      ${hidden.length ? this.renderHidden(hidden) : nothing}
      ${renderAgreementDialog(
        this.draft,
        this.doc,
        {
          question: this.t('dialogQuestion'),
          newQuestion: this.t('dialogNewQuestion'),
          newQuestionText: this.t('dialogNewQuestionText'),
          what: this.t('dialogWhat'),
          who: this.t('dialogWho'),
          create: this.t('dialogCreate'),
          cancel: this.i18n.t(commonMessages, 'cancel'),
        },
        {
          change: (patch) => this.draft && (this.draft = { ...this.draft, ...patch, error: undefined }),
          submit: () => this.submitAgreement(),
          cancel: () => this.closeAgreementDialog(),
        },
      )}
      ${this.choice.render()} ${this.renderLiveRegion()}
    </div>`;
  }

  private renderToolbar(shown: number, total: number): TemplateResult {
    const setFrom = <K extends 'groupBy' | 'show' | 'strategyFilter' | 'search'>(key: K) => (e: Event) => {
      (this as unknown as Record<K, string>)[key] = (e.target as HTMLInputElement | HTMLSelectElement).value;
    };
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.t('show')}>
      <label class="field">
        <span>${this.t('groupBy')}</span>
        <select @change=${setFrom('groupBy')}>
          <option value="sector" .selected=${live(this.groupBy === 'sector')}>${this.t('groupBySector')}</option>
          <option value="ring" .selected=${live(this.groupBy === 'ring')}>${this.t('groupByRing')}</option>
        </select>
      </label>
      <label class="field">
        <span>${this.t('search')}</span>
        <input type="search" .value=${live(this.search)} @input=${setFrom('search')} />
      </label>
      <label class="field">
        <span>${this.t('show')}</span>
        <select @change=${setFrom('show')}>
          ${(
            [
              ['all', 'showAll'],
              ['with-strategy', 'showWithStrategy'],
              ['with-suggestion', 'showWithSuggestion'],
              ['without-strategy', 'showWithoutStrategy'],
            ] as const
          ).map(([value, key]) => html`<option value=${value} .selected=${live(this.show === value)}>${this.t(key)}</option>`)}
        </select>
      </label>
      <label class="field">
        <span>${this.t('kindFilter')}</span>
        <select @change=${setFrom('strategyFilter')}>
          <option value="" .selected=${live(!this.strategyFilter)}>${this.t('allKinds')}</option>
          ${STRATEGY_KINDS.map((k) => html`<option value=${k} .selected=${live(this.strategyFilter === k)}>${this.kindLabel(k)}</option>`)}
        </select>
      </label>
      <button type="button" class="print" @click=${() => void this.print()}>${this.t('print')}</button>
      <p class="count" aria-live="polite">${this.t('shownCount', { shown, total })}</p>
    </div>`;
  }

  private summaryTexts(s: StrategySummary): { sectorsWithout: string; extending: string; balance: string } {
    const withoutStrategy = s.sectorsWithoutStrategy.map((id) => {
      const entry = s.sectors.find((x) => x.sector === id);
      return entry && entry.members === 0 ? this.t('sectorEmpty', { sector: this.sectorLabel(id) }) : this.sectorLabel(id);
    });
    const uitbreiden = s.kinds.find((k) => k.kind === 'uitbreiden')!;
    const open = uitbreiden.strategies - s.extendingByStatus.done;
    const extending = s.extending
      ? open === 1
        ? this.t('extendingYesOne')
        : this.t('extendingYes', { count: open })
      : s.extendingByStatus.done
        ? this.t('extendingDone')
        : this.t('extendingNo');
    const linked = s.kinds.reduce((n, k) => n + k.linked, 0);
    const balance = [this.t('balance', { informal: s.informal, professional: s.professional }), linked ? this.t('linkedCount', { count: linked }) : '']
      .filter(Boolean)
      .join(' ');
    return {
      sectorsWithout: withoutStrategy.length ? withoutStrategy.join(', ') : this.t('sectorsWithoutNone'),
      extending,
      balance,
    };
  }

  private renderSummary(): TemplateResult {
    const s = summarizeStrategies(this.doc);
    const texts = this.summaryTexts(s);
    return html`<details class="summary" part="summary" open>
      <summary><h3>${this.t('summary')}</h3></summary>
      <div class="table-scroll" role="region" tabindex="0" aria-label=${this.t('summary')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${this.t('summaryKind')}</th>
              <th scope="col">${this.t('summaryPeople')}</th>
              ${STRATEGY_STATUSES.map((st) => html`<th scope="col">${this.t(`status.${st}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${s.kinds.map(
              (k) => html`<tr class=${k.strategies ? '' : 'zero'}>
                <th scope="row"><span class="badge" part="badge" aria-hidden="true">${LETTER[k.kind]}</span> ${this.kindLabel(k.kind)}</th>
                <td>${k.people}${k.network ? html` <span class="muted">${this.t('summaryNetwork')}</span>` : nothing}</td>
                ${STRATEGY_STATUSES.map((st) => html`<td>${k.byStatus[st]}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p><strong>${this.t('sectorsWithout')}:</strong> ${texts.sectorsWithout}</p>
      <p class=${s.extending ? 'extending' : ''}>${texts.extending}</p>
      <p>${texts.balance}</p>
    </details>`;
  }

  private sectorLabel(id: string): string {
    if (id === 'family' || id === 'friends' || id === 'society' || id === 'professionals') return this.t(`sector.${id}`);
    return id || this.t('noSector');
  }

  private groupTitle(g: ChecklistGroup): string {
    switch (g.kind) {
      case 'client':
        return this.t('clientGroup');
      case 'network':
        return this.t('networkGroup');
      case 'ring':
        return this.t('ring', { ring: g.ring ?? '' });
      case 'sector':
        return this.sectorLabel(g.sector ?? '');
      default:
        return this.groupBy === 'ring' ? this.t('noRing') : this.t('noSector');
    }
  }

  private renderGroup(g: ChecklistGroup): TemplateResult {
    const headingId = `group-${g.key.replace(/[^\w-]/g, '_')}`;
    return html`<section class="group group-${g.kind}" part="group" aria-labelledby=${headingId}>
      ${g.kind === 'client' || g.kind === 'network'
        ? html`<h3 id=${headingId} class="visually-hidden">${this.groupTitle(g)}</h3>`
        : html`<h3 id=${headingId} part="group-heading">${this.groupTitle(g)} <span class="muted">(${g.rows.length})</span></h3>`}
      <ul class="rows">
        ${repeat(
          g.rows,
          (r) => r.id,
          (r) => guard(this.rowDeps(r), () => this.renderRow(r)),
        )}
      </ul>
    </section>`;
  }

  /**
   * What a row's rendering depends on. Records are immutable snapshots, so identity says whether
   * they changed; a toggle in a network of hundreds re-renders one row, not all of them.
   */
  private rowDeps(row: ChecklistRow): unknown[] {
    const mine = (key: string) => (key.startsWith(`${row.id}:`) ? key : '');
    return [
      this.i18n.locale,
      this.readonly,
      row.person,
      row.isClient ? this.doc.people.find((p) => p.id === this.doc.egoId) : undefined,
      mine(this.focusedChoice),
      mine(this.quietExplanation),
      row.kinds.join(),
      this.rowRevisions.get(row.id) ?? 0,
      ...row.strategies.flatMap((st) => [st, agreementForStrategy(this.doc, st)]),
      row.strategies.some((st) => st.agreementId && st.agreementId === this.selectedAgreement),
      ...row.suggestions.map((sg) => `${sg.key} ${sg.reasons.map((r) => r.text.nl + r.text.en).join()}`),
    ];
  }

  /** Re-renders one row although its data did not change (e.g. a checkbox the user left as it was). */
  private refreshRow(rowId: Id): void {
    this.rowRevisions.set(rowId, (this.rowRevisions.get(rowId) ?? 0) + 1);
    this.requestUpdate();
  }

  private rowName(row: ChecklistRow): string {
    if (row.isNetwork) return this.t('networkRow');
    if (row.isClient) return this.t('clientRow', { name: this.displayName(row.person) });
    return this.displayName(row.person);
  }

  private renderRow(row: ChecklistRow): TemplateResult {
    const name = this.rowName(row);
    const personId = row.isNetwork ? null : row.id;
    const deceased = row.person && (row.person.deceased || row.person.death);
    const parts = ['row', row.isClient ? 'row-client' : '', row.isNetwork ? 'row-network' : ''].filter(Boolean).join(' ');
    return html`<li class="row ${row.isClient ? 'client' : ''} ${row.isNetwork ? 'network' : ''}" part=${parts} data-row=${row.id}>
      <fieldset class="choices" ?disabled=${this.readonly}>
        <legend part="row-name">
          <span class="name">${name}</span>
          ${row.person?.role && !row.isClient ? html`<span class="role">${row.person.role}</span>` : nothing}
          ${deceased ? html`<span class="role">(${this.t('deceased')})</span>` : nothing}
        </legend>
        <div class="choice-list">
          ${row.kinds.map((kind) => this.renderChoice(row, kind, personId))}
        </div>
      </fieldset>
      ${this.readonly ? nothing : row.suggestions.map((s) => this.renderSuggestion(s, name))}
      ${row.strategies.length
        ? html`<ul class="details">
            ${row.strategies.map((s) => this.renderDetail(s, name))}
          </ul>`
        : nothing}
    </li>`;
  }

  private renderChoice(row: ChecklistRow, kind: StrategyKind, personId: Id | null): TemplateResult {
    const checked = row.strategies.some((s) => s.kind === kind);
    const suggested = row.suggestions.some((s) => s.kind === kind);
    const quietKey = `${row.id}:${kind}`;
    const focused = this.focusedChoice === quietKey;
    return html`<div
      class="choice-wrap ${this.quietExplanation === quietKey ? 'quiet' : ''} ${focused ? 'focused' : ''}"
      @focusin=${() => (this.focusedChoice = quietKey)}
      @focusout=${() => this.focusedChoice === quietKey && (this.focusedChoice = '')}
    >
      <label class="choice ${checked ? 'checked' : ''} ${suggested ? 'suggested' : ''}" part="choice">
        <input
          type="checkbox"
          name=${kind}
          .checked=${live(checked)}
          aria-describedby="explain-${kind}"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.checked) this.chooseStrategy(kind, personId);
            else void this.unchooseStrategy(kind, personId);
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape' && this.quietExplanation !== quietKey) {
              this.quietExplanation = quietKey;
              e.stopPropagation();
            }
          }}
          @blur=${() => this.quietExplanation === quietKey && (this.quietExplanation = '')}
        />
        <span class="badge" part="badge" aria-hidden="true">${LETTER[kind]}</span>
        <span class="choice-label">${this.kindLabel(kind)}</span>
      </label>
      <span class="explanation" part="explanation" aria-hidden="true">
        <strong>${this.kindLabel(kind)}</strong>: ${this.t(`explain.${kind}`)}
      </span>
    </div>`;
  }

  private reasonText(s: StrategySuggestion): string {
    const locale = this.i18n.locale;
    const joined = s.reasons.map((r) => r.text[locale]).join('; ');
    const text = this.t('suggestion', { kind: this.kindLabel(s.kind), reason: joined });
    return text.replace(/([?!])\.$/, '$1');
  }

  private renderSuggestion(s: StrategySuggestion, name: string): TemplateResult {
    const personId = s.personId ?? null;
    const tieId = s.reasons.find((r) => r.tieId)?.tieId;
    return html`<div class="suggestion" part="suggestion" role="note" aria-label=${this.t('suggestionFor', { name })}>
      <p><span class="badge" part="badge" aria-hidden="true">${LETTER[s.kind]}</span> ${this.reasonText(s)}</p>
      <div class="actions">
        <button type="button" class="primary" data-accept=${s.key} @click=${() => this.chooseStrategy(s.kind, personId, personId && tieId ? { tieId } : {})}>
          ${this.t('accept', { kind: this.kindLabel(s.kind) })}
        </button>
        <button type="button" data-dismiss=${s.key} @click=${() => this.dismiss(s.key)}>
          ${this.t('dismiss')}<span class="visually-hidden"> – ${this.t('dismissLabel', { kind: this.kindLabel(s.kind), name })}</span>
        </button>
      </div>
    </div>`;
  }

  private renderDetail(s: Strategy, name: string): TemplateResult {
    const agreement = agreementForStrategy(this.doc, s);
    const context = this.t('chosenFor', { kind: this.kindLabel(s.kind), name });
    const status = (STRATEGY_STATUSES as readonly string[]).includes(s.status) ? s.status : 'idea';
    const marked = Boolean(agreement && agreement.id === this.selectedAgreement);
    return html`<li class="detail status-${status} ${marked ? 'marked' : ''}" part="strategy" data-strategy=${s.id}>
      <span class="detail-kind"><span class="badge" part="badge" aria-hidden="true">${LETTER[s.kind] ?? '?'}</span> ${this.kindLabel(s.kind)}</span>
      <label class="field status">
        <span>${this.t('statusLabel')}<span class="visually-hidden"> – ${context}</span></span>
        <select ?disabled=${this.readonly} @change=${(e: Event) => this.setStatus(s.id, (e.target as HTMLSelectElement).value as StrategyStatus)}>
          ${STRATEGY_STATUSES.map((st) => html`<option value=${st} .selected=${live(st === status)}>${this.t(`status.${st}`)}</option>`)}
        </select>
      </label>
      <label class="field note">
        <span>${this.t('noteLabel')}<span class="visually-hidden"> – ${context}</span></span>
        <input
          type="text"
          .value=${formValue(s.note ?? '')}
          placeholder=${this.t('notePlaceholder')}
          ?readonly=${this.readonly}
          @change=${(e: Event) => this.setNote(s.id, (e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="agreement" part="agreement">
        ${agreement
          ? html`<span class="agreement-what">${this.t('agreement', { what: agreement.what })}</span>
              <button type="button" class="link" @click=${() => this.showInPlan(s, agreement)}>
                ${this.t('showAgreement')}<span class="visually-hidden"> – ${context}</span>
              </button>
              ${this.readonly
                ? nothing
                : html`<button type="button" class="danger-text" @click=${() => void this.removeLinkedAgreement(s.id)}>
                    ${this.t('removeAgreement')}<span class="visually-hidden"> – ${context}</span>
                  </button>`}`
          : this.readonly
            ? nothing
            : html`<button type="button" data-make-agreement=${s.id} @click=${() => this.openAgreementDialog(s.id)}>
                ${this.t('makeAgreement')}<span class="visually-hidden"> – ${context}</span>
              </button>`}
      </div>
    </li>`;
  }

  private renderHidden(hidden: StrategySuggestion[]): TemplateResult {
    return html`<details class="hidden-suggestions">
      <summary>${this.t('hiddenSuggestions', { count: hidden.length })}</summary>
      <ul>
        ${hidden.map(
          (s) => html`<li>
            <span>${this.nameFor(s.personId ?? null)}: ${this.kindLabel(s.kind)}</span>
            <button type="button" data-restore=${s.key} @click=${() => this.restore(s.key)}>
              ${this.t('restore')}<span class="visually-hidden"> – ${this.kindLabel(s.kind)}, ${this.nameFor(s.personId ?? null)}</span>
            </button>
          </li>`,
        )}
      </ul>
    </details>`;
  }
}
