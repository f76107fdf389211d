import { LitElement, html } from 'lit';
import { CareElement } from '../../src/base/care-element.js';
import { controlStyles } from '../../src/base/theme.js';

/**
 * A deliberately leaking element (test-only): every connection adds a window listener that
 * holds the element and is never removed. The lifecycle checks must catch exactly this.
 */
export class LeakyPeer extends LitElement {
  network?: unknown;
  private payload = new Array(2000).fill('leak');

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', () => this.requestUpdate(), { passive: true });
  }

  override render() {
    return html`<p>${this.payload.length}</p>`;
  }
}

if (!customElements.get('leaky-peer')) customElements.define('leaky-peer', LeakyPeer);

/**
 * The control (test-only): an element with the library's shared style sheets and locale, and
 * nothing else. What it retains per cycle is the browser's own cost of a shadow root that
 * adopts those sheets, not a leak of the library.
 */
export class QuietPeer extends CareElement {
  static override styles = [...CareElement.styles, controlStyles];
  network?: unknown;

  override render() {
    return html`<p>${this.i18n.locale}</p>`;
  }
}

if (!customElements.get('quiet-peer')) customElements.define('quiet-peer', QuietPeer);
