/**
 * The context menu of a person (right click, the context-menu key or Shift+F10): every action
 * of the toolbar for that person, walked with the arrow keys. A lazy part of the element
 * (LazyPart): only a user action opens it, so it comes in a chunk of its own.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import type { Action } from './genogram-actions.js';

export interface PersonMenuOptions {
  personId: string;
  /** Where it opens, in px from the element's frame. */
  x: number;
  y: number;
  /** The menu's accessible name ("Actions for Noor"). */
  label: string;
  items: Array<[Action, string]>;
  enabled: (action: Action) => boolean;
  shortcut: (action: Action) => string | undefined;
  run: (action: Action) => void;
  /** Closes the menu; `refocus` puts focus back on the person (Escape, Tab). */
  close: (refocus: boolean) => void;
}

export function renderPersonMenu(o: PersonMenuOptions): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    const menu = e.currentTarget as HTMLElement;
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
    const i = items.indexOf((menu.getRootNode() as ShadowRoot).activeElement as HTMLElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      o.close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };
  return html`<div class="menu" role="menu" part="menu" aria-label=${o.label}
    style=${cssProps({ left: `${Math.max(4, o.x)}px`, top: `${o.y}px` })} @keydown=${onKey}
    @focusout=${(e: FocusEvent) => {
      if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) o.close(false);
    }}>
    ${o.items.map(([action, label]) => {
      const key = o.shortcut(action);
      return html`<button type="button" role="menuitem" data-action=${action} tabindex="-1"
        ?disabled=${!o.enabled(action)} @click=${() => o.run(action)}>
        ${label}${key ? html`<kbd aria-hidden="true">${key.toUpperCase()}</kbd>` : nothing}
      </button>`;
    })}
  </div>`;
}

/** The menu's styles: adopted by the element when the menu's part loads, before it is drawn. */
export const menuStyles = css`
  .menu {
    position: absolute;
    z-index: 10;
    display: grid;
    min-width: 14rem;
    padding: 0.25rem;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-raised);
  }
  .menu button {
    border: none;
    border-radius: calc(var(--_radius) / 2);
    text-align: start;
    display: flex;
    justify-content: space-between;
    background: transparent;
  }
  .menu button:focus-visible,
  .menu button:hover:not(:disabled) {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
