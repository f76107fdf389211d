import '../src/index.js';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { themeTokens, controlStyles } from '../src/base/theme.js';
import { LocaleController } from '../src/i18n/locale-controller.js';
import type { CareNetworkProvider } from '../src/components/care-network/care-network.component.js';
import type { CareNetwork } from '../src/model/types.js';
import { validateNetwork } from '../src/model/validate.js';
import { portalMessages } from './portal-messages.js';
import { loadDocument, saveDocument } from './storage.js';
import { exampleNetwork, emptyNetwork } from './example.js';
import { exportJson, exportGedcomFile, importFile } from './files.js';

type TabKey = 'circles' | 'ecogram' | 'genogram' | 'plan' | 'radio';
const TABS: Array<{ key: TabKey; tag: string }> = [
  { key: 'circles', tag: 'network-circles' },
  { key: 'ecogram', tag: 'eco-gram' },
  { key: 'genogram', tag: 'genogram-editor' },
  { key: 'plan', tag: 'plan-board' },
  { key: 'radio', tag: 'radio-checklist' },
];

/**
 * The demo care portal: a fictional client's dossier with the five instruments inside one
 * `<care-network>`, so an edit in one shows in all. The document is kept in IndexedDB.
 */
export class DemoPortal extends LitElement {
  static override styles = [
    themeTokens,
    controlStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--_surface);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.5rem 1rem;
        background: var(--_accent);
        color: var(--_on-accent);
      }
      header h1 {
        font-size: 1.15rem;
        margin: 0;
      }
      header .client {
        font-weight: 600;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        padding: 0.5rem 1rem;
        border-bottom: 1px solid var(--_border);
        background: var(--_surface-raised);
      }
      .toolbar label {
        display: inline-flex;
        gap: 0.35rem;
        align-items: center;
      }
      .toolbar .status {
        margin-left: auto;
        color: var(--_muted);
        font-size: 0.9em;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding: 0.5rem 1rem 0;
        border-bottom: 2px solid var(--_border);
      }
      [role='tab'] {
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      [role='tabpanel'] {
        padding: 1rem;
      }
      .file-menu {
        position: relative;
      }
      .file-menu summary {
        min-height: var(--_touch);
        display: inline-flex;
        align-items: center;
        padding: 0 0.9em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface-raised);
        cursor: pointer;
      }
      .file-actions {
        position: absolute;
        z-index: 5;
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        margin-top: 0.25rem;
        padding: 0.5rem;
        min-width: 16rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
      }
      .visually-hidden-file {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
      }
      .message {
        margin: 0.5rem 1rem;
      }
      @media (max-width: 480px) {
        header,
        .toolbar,
        [role='tablist'],
        [role='tabpanel'] {
          padding-left: 0.5rem;
          padding-right: 0.5rem;
        }
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private tab: TabKey = 'circles';
  @state() private clientName = '';
  @state() private status = '';
  @state() private message = '';
  @state() private canUndo = false;
  @state() private canRedo = false;

  private get provider(): CareNetworkProvider | null {
    return this.renderRoot.querySelector('care-network');
  }

  override async firstUpdated(): Promise<void> {
    // A stored document that no longer validates (e.g. from an old demo) falls back to the example.
    const stored = validateNetwork(await loadDocument().catch(() => undefined));
    this.setNetwork(stored.ok && stored.doc ? stored.doc : exampleNetwork(), !stored.ok);
  }

  private t(key: keyof (typeof portalMessages)['en'], params?: Record<string, string | number>) {
    return this.i18n.t(portalMessages, key, params);
  }

  private setNetwork(doc: CareNetwork, save: boolean): void {
    const provider = this.provider;
    if (!provider) return;
    provider.network = doc;
    this.refresh();
    if (save) void this.save();
  }

  private refresh(): void {
    const provider = this.provider;
    if (!provider) return;
    const doc = provider.network;
    this.clientName = doc.people.find((p) => p.id === doc.egoId)?.name ?? '';
    this.canUndo = provider.canUndo;
    this.canRedo = provider.canRedo;
  }

  private async save(): Promise<void> {
    const provider = this.provider;
    if (!provider) return;
    await saveDocument(provider.network);
    this.status = this.t('saved');
  }

  private onChange = () => {
    this.refresh();
    void this.save();
  };

  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.findIndex((t) => t.key === this.tab);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % TABS.length : event.key === 'ArrowLeft' ? (index - 1 + TABS.length) % TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    this.tab = TABS[next].key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private setLanguage(lang: string): void {
    document.documentElement.lang = lang;
  }

  private setTheme(theme: string): void {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  }

  private reset(to: 'example' | 'empty'): void {
    if (!confirm(this.t('confirmReset'))) return;
    this.setNetwork(to === 'example' ? exampleNetwork() : emptyNetwork(), true);
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importFile(file, (count) => confirm(this.t('gedcomProblems', { count })));
    if (result.ok) {
      this.setNetwork(result.doc, true);
      this.message = this.t('imported', { name: file.name });
    } else {
      this.message = `${this.t('importFailed')} ${result.errors.slice(0, 3).join('; ')}`;
    }
  }

  override render() {
    const lang = this.i18n.locale;
    return html`
      <header>
        <h1>${this.t('brand')}</h1>
        <span>${this.t('dossier')} · ${this.t('client')}: <span class="client">${this.clientName}</span></span>
      </header>
      <div class="toolbar" role="toolbar" aria-label=${this.t('tabs')}>
        <button @click=${() => this.provider?.undo()} ?disabled=${!this.canUndo}>${this.t('undo')}</button>
        <button @click=${() => this.provider?.redo()} ?disabled=${!this.canRedo}>${this.t('redo')}</button>
        <label
          >${this.t('language')}
          <select @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
            <option value="nl" ?selected=${lang === 'nl'}>Nederlands</option>
            <option value="en" ?selected=${lang === 'en'}>English</option>
          </select></label
        >
        <label
          >${this.t('theme')}
          <select @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value)}>
            <option value="light">${this.t('light')}</option>
            <option value="dark">${this.t('dark')}</option>
            <option value="vendor">${this.t('vendor')}</option>
          </select></label
        >
        <details class="file-menu">
          <summary>${this.t('file')}</summary>
          <div class="file-actions">
            <button @click=${() => this.reset('example')}>${this.t('example')}</button>
            <button @click=${() => this.reset('empty')}>${this.t('empty')}</button>
            <button @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>${this.t('importFile')}</button>
            <button @click=${() => this.provider && exportJson(this.provider.network)}>${this.t('exportJson')}</button>
            <button @click=${() => this.provider && exportGedcomFile(this.provider.network)}>${this.t('exportGedcom')}</button>
          </div>
        </details>
        <input id="file" class="visually-hidden-file" type="file" accept=".json,.ged,application/json" tabindex="-1" aria-hidden="true" @change=${this.onFile} />
        <span class="status" role="status">${this.status}</span>
      </div>
      ${this.message ? html`<p class="message" role="alert">${this.message}</p>` : nothing}
      <div role="tablist" aria-label=${this.t('tabs')} @keydown=${this.onTabKey}>
        ${TABS.map(
          (t) => html`<button
            role="tab"
            id="tab-${t.key}"
            aria-selected=${this.tab === t.key ? 'true' : 'false'}
            aria-controls="panel-${t.key}"
            tabindex=${this.tab === t.key ? 0 : -1}
            @click=${() => (this.tab = t.key)}
          >
            ${this.t(t.key)}
          </button>`,
        )}
      </div>
      <care-network @care-network-change=${this.onChange}>
        ${TABS.map(
          (t) => html`<section role="tabpanel" id="panel-${t.key}" aria-labelledby="tab-${t.key}" ?hidden=${this.tab !== t.key}>
            ${customElements.get(t.tag) ? this.element(t.tag) : html`<p>${this.t('notLoaded')}</p>`}
          </section>`,
        )}
      </care-network>
    `;
  }

  private element(tag: string) {
    switch (tag) {
      case 'network-circles':
        return html`<network-circles></network-circles>`;
      case 'eco-gram':
        return html`<eco-gram></eco-gram>`;
      case 'genogram-editor':
        return html`<genogram-editor></genogram-editor>`;
      case 'plan-board':
        return html`<plan-board></plan-board>`;
      default:
        return html`<radio-checklist></radio-checklist>`;
    }
  }
}
customElements.define('demo-portal', DemoPortal);
