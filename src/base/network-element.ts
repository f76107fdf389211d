import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { createEmptyNetwork } from '../model/empty.js';
import type { CareNetwork, Change, Id } from '../model/types.js';
import type { ValidationError } from '../model/validate.js';
import { NetworkStore, type Operation, type StoreEvent } from '../store/network-store.js';
import { commonMessages } from '../i18n/catalogs/common.js';
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

  /** Applies an edit through the store (one undo step). Does nothing in `readonly` mode. */
  protected edit(operation: Operation): Change | undefined {
    if (this.readonly) return undefined;
    return this.store.apply(operation);
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
