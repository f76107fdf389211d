import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { createEmptyNetwork } from '../model/empty.js';
import type { CareNetwork, Change, Id } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import { OperationError } from '../model/operations/shared.js';
import { NetworkStore, type Operation, type StoreEvent } from '../store/network-store.js';
import { commonMessages } from '../i18n/catalogs/common.js';
import { editSafetyMessages } from '../i18n/catalogs/edit-safety.js';
import { CareElement } from './care-element.js';
import { ensureContextRoot } from './context-root.js';
import { acceptNetwork, emitStoreChanges } from './document-binding.js';
import { networkStoreContext, type SharedNetwork } from './store-context.js';
import { controlStyles } from './theme.js';
import { keepDropdownInView } from './dropdown-align.js';

/**
 * The base of every element that shows a care network. Inside `<care-network>` it uses the
 * shared store; alone it makes its own store from its `network` property. Either way the
 * element renders `this.doc` and turns gestures into `this.edit(operation)`.
 *
 * @fires {CustomEvent<CareNetworkChangeDetail>} care-network-change - After every edit, undo and redo (emitted by the store's owner: this element when standalone, `<care-network>` when inside one). Detail: `{ doc, change, source }`.
 * @fires {CustomEvent<CareNetworkErrorDetail>} care-network-error - When the `network` handed to the element is invalid; the last valid document stays shown. Detail: `{ errors, rejected }`.
 */
export class NetworkElement extends CareElement {
  static override styles = [...CareElement.styles, controlStyles];

  /**
   * The care network document (controlled use: setting it replaces the document). Ignored
   * inside `<care-network>`, which owns the document. Invalid documents are refused with
   * `care-network-error` and the last valid one stays.
   */
  @property({ attribute: false }) network?: CareNetwork;

  /** Display only: no editing controls, no edits. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @consume({ context: networkStoreContext, subscribe: true })
  @state()
  protected shared?: SharedNetwork;

  /** The current document: re-rendered on every change. */
  @state() protected doc: CareNetwork = createEmptyNetwork();

  /** Problems of the last document handed in, when it was refused. */
  @state() protected dataErrors: readonly ValidationError[] = [];

  /** The text of the polite live region. */
  @state() protected announcement = '';

  /**
   * Why the last edit could not be made (e.g. its person was removed when the host replaced
   * the document while a form was open); empty when it worked. Shown by `renderEditProblem()`.
   */
  @state() protected editProblem = '';

  private ownStore?: NetworkStore;
  private boundStore?: NetworkStore;
  private unbind: Array<() => void> = [];

  /** The store this element edits: the shared one inside `<care-network>`, else its own. */
  get store(): NetworkStore {
    if (this.shared) return this.shared.store;
    this.ownStore ??= new NetworkStore(createEmptyNetwork());
    return this.ownStore;
  }

  /** True when the element shares a document through `<care-network>`. */
  get isShared(): boolean {
    return this.shared !== undefined;
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    this.bindStore();
    // One function for every element, so reconnecting adds no second listener.
    this.renderRoot.addEventListener('toggle', keepDropdownInView, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A drag cut short by removal can never be dropped: leave no half transaction behind.
    if (this.ownStore?.inTransaction) this.ownStore.rollback();
    this.unbindStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('shared' as keyof NetworkElement)) {
      this.bindStore();
      if (this.shared) this.dataErrors = this.shared.errors;
    }
    if (changed.has('network') && !this.shared && this.network !== undefined) {
      // A refused document's errors are put into words in a lazy chunk, then shown.
      acceptNetwork(this, this.store, this.network, (errors) => (this.dataErrors = errors));
      this.dataErrors = [];
      this.doc = this.store.doc;
    }
  }

  /**
   * Applies an edit through the store (one undo step). Does nothing in `readonly` mode.
   * An edit the document no longer allows (its record was removed meanwhile, e.g. by the host
   * replacing `network` while a form was open) returns `undefined` and sets `editProblem`
   * instead of throwing: the element keeps its form, and with it what the user typed.
   */
  protected edit(operation: Operation): Change | undefined {
    if (this.readonly) return undefined;
    try {
      const change = this.store.apply(operation);
      this.editProblem = '';
      return change;
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      this.editProblem =
        error.code === 'unknown-id'
          ? this.i18n.t(editSafetyMessages, 'targetGone')
          : this.i18n.t(editSafetyMessages, 'editFailed', { reason: error.message });
      this.announce(this.editProblem);
      return undefined;
    }
  }

  /** Forgets the last edit problem (call it when the form it belonged to closes). */
  protected clearEditProblem(): void {
    this.editProblem = '';
  }

  /** Undoes the last edit of the (shared) document. */
  undo(): boolean {
    return this.readonly ? false : this.store.undo();
  }

  /** Redoes the last undone edit. */
  redo(): boolean {
    return this.readonly ? false : this.store.redo();
  }

  /** Says something politely to screen-reader users. */
  protected announce(text: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = text));
  }

  /** Emits `person-select` for a person (or `null` to clear). */
  protected selectPerson(personId: Id | null): void {
    const person = personId ? (this.doc.people.find((p) => p.id === personId) ?? null) : null;
    this.emit('person-select', { personId, person });
  }

  /**
   * Handles Ctrl/Cmd+Z (undo) and Ctrl/Cmd+Shift+Z or Ctrl+Y (redo). Returns true when the
   * key was one of them, so an element's own key handler can stop there.
   */
  protected handleHistoryKeys(event: KeyboardEvent): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const key = event.key.toLowerCase();
    const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
    const isUndo = key === 'z' && !event.shiftKey;
    if (!isUndo && !isRedo) return false;
    event.preventDefault();
    if (isUndo) this.undo();
    else this.redo();
    return true;
  }

  /** Describes a change in words for announcements; elements refine it. */
  protected describeChange(change: Change): string {
    return change.label ?? change.type;
  }

  /** Called after every store event, after `doc` is updated; elements add announcements. */
  protected onStoreEvent(event: StoreEvent): void {
    if (event.interrupted) this.announce(this.i18n.t(editSafetyMessages, 'dragStopped'));
    if (event.source === 'undo') this.announce(this.i18n.t(commonMessages, 'undone', { what: this.describeChange(event.change) }));
    if (event.source === 'redo') this.announce(this.i18n.t(commonMessages, 'redone', { what: this.describeChange(event.change) }));
  }

  /** The polite live region; put it once in every element's template. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" part="live-region">${this.announcement}</div>`;
  }

  /** A clear message about a refused document; the element keeps working on the last good one. */
  protected renderDataErrors(): TemplateResult | typeof nothing {
    if (!this.dataErrors.length) return nothing;
    const shown = this.dataErrors.slice(0, 5);
    const more = this.dataErrors.length - shown.length;
    const locale = this.i18n.locale;
    return html`<div class="error-box" role="alert" part="error">
      <h2>${this.i18n.t(commonMessages, 'invalidTitle')}</h2>
      <p>${this.i18n.t(commonMessages, 'invalidKeep')}</p>
      <ul>
        ${shown.map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.messages[locale]}</li>`)}
        ${more > 0 ? html`<li>${this.i18n.t(commonMessages, 'invalidMore', { count: more })}</li>` : nothing}
      </ul>
    </div>`;
  }

  /**
   * The problem of the last edit, as an alert; put it inside each edit form or dialog (a modal
   * dialog hides everything outside it).
   */
  protected renderEditProblem(): TemplateResult | typeof nothing {
    if (!this.editProblem) return nothing;
    return html`<p class="form-error edit-problem" role="alert" part="edit-problem">${this.editProblem}</p>`;
  }

  private bindStore(): void {
    if (!this.isConnected) return;
    const store = this.store;
    if (store === this.boundStore) return;
    this.unbindStore();
    this.boundStore = store;
    this.doc = store.doc;
    this.unbind.push(
      store.subscribe((event) => {
        this.doc = event.doc;
        this.onStoreEvent(event);
      }),
    );
    // Only the owner of a store tells the host about changes.
    if (store === this.ownStore) this.unbind.push(emitStoreChanges(this, store));
  }

  private unbindStore(): void {
    for (const off of this.unbind) off();
    this.unbind = [];
    this.boundStore = undefined;
  }
}
