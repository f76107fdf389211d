import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createEmptyNetwork } from '../../model/empty.js';
import type { CareNetwork } from '../../model/types.js';
import { NetworkStore } from '../../store/network-store.js';
import { acceptNetwork, emitStoreChanges } from '../../base/document-binding.js';
import { networkStoreContext, type SharedNetwork } from '../../base/store-context.js';

/**
 * Shares one live care network between the elements inside it: an edit in one shows at once
 * in the others, and undo/redo are shared. It draws nothing itself.
 *
 * @tagname care-network
 * @summary The provider: one document, one undo history, for every element inside it.
 *
 * @slot - The elements that share the network (`<network-circles>`, `<eco-gram>`, …) and any other content.
 *
 * @fires {CustomEvent<CareNetworkChangeDetail>} care-network-change - After every edit, undo and redo by any element inside. Detail: `{ doc: CareNetwork, change: Change, source: 'edit' | 'undo' | 'redo' }`.
 * @fires {CustomEvent<CareNetworkErrorDetail>} care-network-error - When `network` is set to an invalid document; the last valid one is kept and shown. Detail: `{ errors: ValidationError[], rejected: unknown }`.
 */
export class CareNetworkProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * The shared document. Setting it replaces the document for every element inside (controlled
   * use); an invalid document is refused with `care-network-error` and the last valid one stays.
   * Reading it gives the current document, with every edit made inside.
   */
  @property({ attribute: false })
  get network(): CareNetwork {
    return this.store.doc;
  }
  set network(value: CareNetwork) {
    const old = this.store.doc;
    // A refused document's errors are put into words in a lazy chunk, then shared.
    acceptNetwork(this, this.store, value, (errors) => (this.shared = { store: this.store, errors }));
    this.shared = { store: this.store, errors: [] };
    this.requestUpdate('network', old);
  }

  /** Maximum number of undo steps kept. */
  @property({ type: Number, attribute: 'history-limit' }) historyLimit = 200;

  /** The store that holds the document; for hosts that want to subscribe or apply operations directly. */
  readonly store: NetworkStore = new NetworkStore(createEmptyNetwork());

  @provide({ context: networkStoreContext })
  @state()
  protected shared: SharedNetwork = { store: this.store, errors: [] };

  private stopEmitting?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopEmitting ??= emitStoreChanges(this, this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopEmitting?.();
    this.stopEmitting = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('historyLimit')) this.store.setHistoryLimit(this.historyLimit);
  }

  /** Undoes the last edit made by any element inside. */
  undo(): boolean {
    return this.store.undo();
  }

  /** Redoes the last undone edit. */
  redo(): boolean {
    return this.store.redo();
  }

  /** Whether there is an edit to undo. */
  get canUndo(): boolean {
    return this.store.canUndo;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.store.canRedo;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
