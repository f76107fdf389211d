import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A modal question with a few answers ("also remove the agreement / keep it and unlink /
 * cancel"), on the native `<dialog>`: focus is trapped and restored, Escape cancels, and
 * screen readers announce the title and text. Any element can use it:
 *
 * ```ts
 * private choice = new ChoiceDialog(this);
 * const answer = await this.choice.ask({ title, text, choices: [{ value: 'both', label, tone: 'danger' }], cancel });
 * render() { return html`… ${this.choice.render()}`; }
 * ```
 * `ask()` resolves with the chosen `value`, or `null` when cancelled.
 */
export interface Choice {
  value: string;
  label: string;
  /** `danger` for destructive answers, `primary` for the suggested one. */
  tone?: 'danger' | 'primary';
}

export interface ChoiceRequest {
  title: string;
  text: string;
  choices: Choice[];
  /** Label of the cancel button. */
  cancel: string;
}

export const choiceDialogStyles = css`
  dialog.choice-dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 1rem 1.25rem;
  }
  dialog.choice-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .choice-dialog h2 {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }
  .choice-dialog .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .choice-dialog button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
`;

export class ChoiceDialog implements ReactiveController {
  private request?: ChoiceRequest;
  private resolve?: (value: string | null) => void;
  private returnFocus?: HTMLElement | null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.finish(null);
  }

  get open(): boolean {
    return this.request !== undefined;
  }

  /** Shows the question and waits for the answer (`null` when cancelled). */
  async ask(request: ChoiceRequest): Promise<string | null> {
    this.finish(null);
    this.returnFocus = deepActiveElement(this.host);
    this.request = request;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  /** Answers the open question from code (e.g. tests). */
  choose(value: string | null): void {
    this.finish(value);
  }

  render(): TemplateResult | typeof nothing {
    const r = this.request;
    if (!r) return nothing;
    return html`<dialog
      class="choice-dialog"
      part="dialog"
      aria-labelledby="choice-title"
      aria-describedby="choice-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.finish(null);
      }}
    >
      <h2 id="choice-title">${r.title}</h2>
      <p id="choice-text">${r.text}</p>
      <div class="choices">
        ${r.choices.map(
          (c) => html`<button type="button" class=${c.tone ?? ''} data-choice=${c.value} @click=${() => this.finish(c.value)}>
            ${c.label}
          </button>`,
        )}
        <button type="button" data-choice="cancel" @click=${() => this.finish(null)}>${r.cancel}</button>
      </div>
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog.choice-dialog') ?? null;
  }

  private finish(value: string | null): void {
    const resolve = this.resolve;
    if (!this.request) return;
    this.dialog()?.close();
    this.request = undefined;
    this.resolve = undefined;
    this.host.requestUpdate();
    this.returnFocus?.focus?.();
    this.returnFocus = undefined;
    resolve?.(value);
  }
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(from: Element): HTMLElement | null {
  let active = from.ownerDocument.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
