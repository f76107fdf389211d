import { LitElement, html } from 'lit';

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
