import { css } from 'lit';

/**
 * The public theme tokens (`--cn-*`), mapped to private `--_*` variables that the elements'
 * styles use. Light and dark follow the page's `color-scheme` (set `color-scheme: dark` on the
 * page or the element, or the element's `theme` attribute); forced-colors maps every token to a
 * system colour. Meaning never rests on colour alone: lines have dash patterns, people shapes.
 */
export const themeTokens = css`
  :host {
    --_font: var(--cn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--cn-font-size, 1rem);
    --_text: var(--cn-color-text, light-dark(#1d2430, #e8ecf2));
    --_muted: var(--cn-color-muted, light-dark(#4f5b6b, #aab4c2));
    --_surface: var(--cn-color-surface, light-dark(#ffffff, #161b22));
    --_surface-raised: var(--cn-color-surface-raised, light-dark(#f4f6f9, #222a35));
    /* The one shadow of every floating panel (menus, dropdowns, popovers), so they look alike. */
    --_shadow-raised: 0 6px 20px rgb(0 0 0 / 0.22);
    --_border: var(--cn-color-border, light-dark(#8793a3, #6b7788));
    --_accent: var(--cn-color-accent, light-dark(#1a5fb4, #78aeff));
    --_on-accent: var(--cn-color-on-accent, light-dark(#ffffff, #0b1220));
    --_focus: var(--cn-color-focus, light-dark(#b4005a, #ff7ab8));
    --_danger: var(--cn-color-danger, light-dark(#b42318, #ff8a80));
    --_warning: var(--cn-color-warning, light-dark(#8a5a00, #ffd27a));
    --_success: var(--cn-color-success, light-dark(#1e7a3c, #7ddc9b));
    --_line: var(--cn-color-line, light-dark(#3b4656, #c2cad6));
    --_radius: var(--cn-radius, 8px);
    --_touch: var(--cn-touch-target, 44px);
    --_line-width: var(--cn-line-width, 2px);
    --_sector-1: var(--cn-color-sector-1, light-dark(#e3efff, #1d3150));
    --_sector-2: var(--cn-color-sector-2, light-dark(#e6f6ea, #1c3a27));
    --_sector-3: var(--cn-color-sector-3, light-dark(#fff4dc, #433519));
    --_sector-4: var(--cn-color-sector-4, light-dark(#f6e8f8, #3b2443));
    --_sector-5: var(--cn-color-sector-5, light-dark(#e8f4f6, #1f3a40));
    --_sector-6: var(--cn-color-sector-6, light-dark(#fbe9e7, #46251f));

    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_surface);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_focus: Highlight;
      --_danger: CanvasText;
      --_warning: CanvasText;
      --_success: CanvasText;
      --_line: CanvasText;
      --_sector-1: Canvas;
      --_sector-2: Canvas;
      --_sector-3: Canvas;
      --_sector-4: Canvas;
      --_sector-5: Canvas;
      --_sector-6: Canvas;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Buttons and form controls that every element's toolbars and dialogs share. */
export const controlStyles = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: var(--_touch);
    min-width: var(--_touch);
    padding: 0 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  /* A menu button: <details class="dropdown"><summary>…</summary><div class="dropdown-panel">…
     The summary looks like the buttons beside it; the panel opens under it, aligned to its end. */
  details.dropdown {
    position: relative;
  }
  /* Also for a control drawn as a button that is not one (a label around a file input). */
  details.dropdown > summary,
  .button-like {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-height: var(--_touch);
    padding: 0 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
  }
  details.dropdown > summary:hover,
  .button-like:hover {
    border-color: var(--_accent);
  }
  .dropdown-panel {
    position: absolute;
    z-index: 5;
    inset-inline-end: 0;
    top: calc(100% + 0.25rem);
    display: grid;
    gap: 0.25rem;
    padding: 0.4rem;
    min-width: max-content;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-raised);
  }
  details.dropdown[data-align='start'] > .dropdown-panel {
    inset-inline-end: auto;
    inset-inline-start: 0;
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    /* Forced colours repaint button backgrounds but not our accent text: keep the pair readable. */
    button[aria-pressed='true'],
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  input,
  select,
  textarea {
    min-height: var(--_touch);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    padding: 0 0.5em;
  }
  textarea {
    padding: 0.5em;
  }
  .error-box {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0.5em 0;
    background: var(--_surface-raised);
  }
  .error-box h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .error-box ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .error-box code {
    font-size: 0.85em;
  }
  /* Why a form's edit could not be saved; the form and its text stay. */
  .edit-problem {
    color: var(--_danger);
    font-weight: 600;
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.5em;
    margin: 0.5em 0;
  }
`;
