import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Catalog, type Locale, type MessageParams, resolveLocale, translate } from './catalog.js';

/** Finds the nearest `lang` attribute, crossing shadow-root boundaries. */
export function nearestLang(start: Element): string | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** One document-wide observer of `lang` changes, shared by every element. */
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLang(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const c of hosts) c.refresh();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its locale: the nearest `lang` (its own, an ancestor's, or the host
 * page's through shadow roots), updated when any `lang` changes.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = resolveLocale(nearestLang(this.host));
    watchLang(this);
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  refresh(): void {
    const next = resolveLocale(nearestLang(this.host));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }

  t<K extends string>(catalog: Catalog<K>, key: K, params?: MessageParams): string {
    return translate(catalog, this.locale, key, params);
  }
}
