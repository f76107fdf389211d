import { css } from 'lit';

/**
 * Styles of `<genogram-editor>`. The drawing is black-and-white first: shapes, dash patterns
 * and fill patterns carry every meaning; colour (relation tones) is only extra.
 */
export const genogramStyles = css`
  :host {
    --_symbol-fill: var(--cn-genogram-symbol-fill, var(--_surface));
    --_health: var(--cn-genogram-health, var(--_text));
    --_household: var(--cn-genogram-household, var(--_muted));
    --_rel-positive: var(--cn-relation-positive, light-dark(#1e6b35, #7ddc9b));
    --_rel-negative: var(--cn-relation-negative, light-dark(#a3271b, #ff8a80));
    --_rel-abuse: var(--cn-relation-abuse, light-dark(#7a1020, #ff9eb0));
    --_rel-neutral: var(--cn-relation-neutral, var(--_line));
    position: relative;
  }
  @container (max-width: 640px) {
    .toolbar kbd,
    .selected-name {
      display: none;
    }
    /* On a phone every group is one row that scrolls sideways, so the drawing is in view
       instead of below a screenful of buttons. */
    .toolbar .group {
      flex-wrap: nowrap;
      overflow-x: auto;
      min-width: 0;
      max-width: 100%;
      padding: 2px;
      scrollbar-width: thin;
    }
    .toolbar .group > * {
      flex: none;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_symbol-fill: Canvas;
      --_health: CanvasText;
      --_household: CanvasText;
      --_rel-positive: CanvasText;
      --_rel-negative: CanvasText;
      --_rel-abuse: CanvasText;
      --_rel-neutral: CanvasText;
    }
  }
  .frame {
    container-type: inline-size;
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.5rem;
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }
  .group-label {
    color: var(--_muted);
  }
  .file-panel {
    min-width: 14rem;
  }
  .selected-name {
    font-weight: 600;
    margin-inline-end: 0.25rem;
    max-width: 12em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  kbd {
    font: inherit;
    font-size: 0.75em;
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.3em;
    margin-inline-start: 0.3em;
    opacity: 0.8;
  }
  .canvas {
    overflow: hidden;
    height: var(--cn-genogram-height, min(70vh, 640px));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    touch-action: pan-x pan-y;
  }
  .canvas svg {
    display: block;
    font-family: var(--_font);
    touch-action: none;
    user-select: none;
  }
  .legend-title {
    font-size: 16px;
    font-weight: 700;
    fill: var(--_text);
  }
  .legend-text {
    font-size: 13px;
    fill: var(--_text);
  }
  .focus-status,
  .layout-status {
    margin: 0;
    color: var(--_muted);
  }
  /* ---------------------------------------------------------------- drawing */
  .shape,
  .shape-line {
    fill: var(--_symbol-fill);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .shape-line {
    fill: none;
  }
  .inner {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.6;
  }
  .client-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .cross {
    stroke: var(--_text);
    stroke-width: 2.2;
    fill: none;
  }
  .filled {
    fill: var(--_text);
  }
  .sym-mark,
  .age {
    text-anchor: middle;
    dominant-baseline: middle;
    font-size: 15px;
    font-weight: 700;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_symbol-fill);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .name,
  .years,
  .union-date,
  .household-name,
  .more {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
    text-anchor: middle;
  }
  .name {
    font-size: 14px;
    font-weight: 600;
  }
  .years,
  .union-date {
    font-size: 12px;
  }
  .more {
    text-anchor: start;
    font-size: 12px;
    font-weight: 700;
  }
  .household-name {
    text-anchor: start;
    font-size: 12px;
    fill: var(--_muted);
  }
  .person {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .person.selected .focus-ring {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .person:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3.5;
    stroke-dasharray: none;
  }
  .partner-line,
  .drop,
  .sibship,
  .child-line,
  .slash,
  .brackets,
  .twin-bar {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
  }
  .slash {
    stroke-width: 2.4;
  }
  .household-fill {
    fill: var(--_surface);
    stroke: none;
  }
  .household-line {
    fill: none;
    stroke: var(--_household);
    stroke-width: 2;
    stroke-dasharray: 10 5;
    stroke-linejoin: round;
  }
  .rel-line {
    fill: none;
    stroke-width: 1.8;
    stroke-linejoin: round;
  }
  .rel-fill {
    stroke: none;
  }
  .tone-positive {
    stroke: var(--_rel-positive);
    fill: var(--_rel-positive);
  }
  .tone-negative {
    stroke: var(--_rel-negative);
    fill: var(--_rel-negative);
  }
  .tone-abuse {
    stroke: var(--_rel-abuse);
    fill: var(--_rel-abuse);
  }
  .tone-neutral {
    stroke: var(--_rel-neutral);
    fill: var(--_rel-neutral);
  }
  .tone-positive .rel-line,
  .tone-negative .rel-line,
  .tone-abuse .rel-line,
  .tone-neutral .rel-line {
    fill: none;
  }
  /* ---------------------------------------------------------------- legend */
  .legend {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
  }
  .legend-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .legend h2 {
    font-size: 1.05em;
    margin: 0;
  }
  .legend-body {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.25rem 1rem;
  }
  .legend h3 {
    font-size: 0.95em;
    margin: 0.6em 0 0.2em;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 34px;
    font-size: 0.9em;
  }
  .legend-sample {
    flex: none;
    overflow: visible;
  }
  /* ---------------------------------------------------------------- table */
  .table-wrap {
    overflow: auto;
    max-height: var(--cn-genogram-max-height, 75vh);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    border-bottom: 1px solid var(--_border);
    padding: 0.3rem 0.5rem;
    vertical-align: top;
  }
  tr.selected {
    background: var(--_surface-raised);
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    min-height: var(--_touch);
    text-align: start;
    text-decoration: underline;
    font-weight: 600;
  }
  button.link[aria-pressed='true'] {
    color: var(--_accent);
    background: none;
  }
  /* ---------------------------------------------------------------- GEDCOM */
  .file-button {
    position: relative;
  }
  .file-button input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
    min-height: 0;
  }
  .file-button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* ---------------------------------------------------------------- start (the dialogs' and the menu's styles come with their lazy parts) */
  .field {
    display: grid;
    gap: 0.2rem;
    margin-bottom: 0.6rem;
    flex: 1 1 12rem;
  }
  .empty-start {
    max-width: 30rem;
    margin: 1rem auto;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .empty-start h2 {
    margin-top: 0;
  }
  .keys-help,
  .compromises {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .compromises ul {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
  /* The table's link button (above), inline in a sentence here: a name within the note's text. */
  .compromises button.link {
    font: inherit;
    color: var(--_accent);
    min-height: 0;
    min-width: 0;
    display: inline;
    cursor: pointer;
  }
  .keys-help summary,
  .compromises summary {
    cursor: pointer;
    min-height: var(--_touch);
    display: flex;
    align-items: center;
  }
  @media print {
    .toolbar,
    .keys-help,
    .compromises,
    dialog,
    .menu {
      display: none !important;
    }
    .canvas {
      height: auto;
      border: none;
    }
  }
`;
