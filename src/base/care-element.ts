import { LitElement } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CareEventMap } from './events.js';
import { themeTokens } from './theme.js';
import { pendingLoads } from './lazy-part.js';

/** Kept outside the class so the manifest lists each element's own declared events only. */
function dispatchCareEvent(target: EventTarget, name: string, detail: unknown, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * The base of every element: typed events, the locale, the theme tokens.
 * Holds no `window`/`document` access at module level, so importing it is safe anywhere.
 *
 * @cssproperty --cn-font-family - Font of all text.
 * @cssproperty --cn-font-size - Base font size.
 * @cssproperty --cn-color-text - Text colour.
 * @cssproperty --cn-color-muted - Secondary text colour.
 * @cssproperty --cn-color-surface - Background.
 * @cssproperty --cn-color-surface-raised - Background of toolbars, cards and dialogs.
 * @cssproperty --cn-color-border - Borders of controls and cards.
 * @cssproperty --cn-color-accent - Accent for selection and primary buttons.
 * @cssproperty --cn-color-on-accent - Text on the accent colour.
 * @cssproperty --cn-color-focus - Focus ring.
 * @cssproperty --cn-color-danger - Errors and destructive actions.
 * @cssproperty --cn-color-warning - Gentle warnings (e.g. a carer's load).
 * @cssproperty --cn-color-success - Done states.
 * @cssproperty --cn-color-line - Lines of ties and relations.
 * @cssproperty --cn-radius - Corner radius.
 * @cssproperty --cn-touch-target - Minimum size of touch targets (default 44px).
 * @cssproperty --cn-line-width - Base width of lines.
 */
export class CareElement extends LitElement {
  static override styles = [themeTokens];

  /** The element's language, from the nearest `lang` attribute. */
  protected readonly i18n = new LocaleController(this);

  /**
   * Dispatches a declared event: bubbling and composed, so it reaches the host page through
   * shadow roots, with a typed detail.
   */
  protected emit<K extends keyof CareEventMap>(
    name: K,
    detail: CareEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return dispatchCareEvent(this, name, detail, options.cancelable ?? false);
  }

  /** Also waits for lazy parts being loaded (see LazyPart), and for the update they cause. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loads = pendingLoads(this); loads.length; loads = pendingLoads(this)) {
      await Promise.all(loads);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
