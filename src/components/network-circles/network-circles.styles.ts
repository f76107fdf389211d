import { css } from 'lit';

export const circlesStyles = css`
  :host {
    --_ring-line: var(--cn-circles-ring-line, var(--_border));
    --_symbol-fill: var(--cn-circles-symbol-fill, var(--_surface));
    --_client-fill: var(--cn-circles-client-fill, var(--_accent));
    --_label-size: var(--cn-circles-label-size, 13px);
    --_highlight: var(--cn-circles-highlight, var(--_accent));
    container-type: inline-size;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .toolbar .group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  /* Folded: the "More" menu at the end of the row; it opens towards the start and is never
     wider than the element, so nothing is cut off at 320 px. */
  .toolbar details.more {
    margin-inline-start: auto;
  }
  .toolbar > label.hl select {
    max-width: 13em;
  }
  .toolbar .icon {
    min-width: var(--_touch);
    padding: 0;
    font-size: 1.25em;
  }
  .more .menu-items {
    width: max-content;
    min-width: min(16rem, calc(100cqi - 1rem));
    max-width: calc(100cqi - 1rem);
  }
  .more .menu-items label.hl {
    flex-direction: column;
    align-items: stretch;
  }
  .more .menu-items select {
    max-width: 100%;
  }
  .zoom {
    display: flex;
    gap: 0.4rem;
    margin-top: 0.25rem;
  }
  .zoom button {
    padding: 0;
    font-size: 1.2em;
  }
  .toolbar label.hl {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .empty {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    background: var(--_surface-raised);
  }
  .empty h2 {
    margin: 0.25rem 0;
    font-size: 1.15em;
  }
  .empty p {
    margin: 0.25rem 0 0.5rem;
  }
  .main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  @container (min-width: 900px) {
    .main {
      grid-template-columns: minmax(0, 1fr) minmax(220px, 300px);
    }
  }
  .stage {
    min-width: 0;
  }
  .keys-help {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 0.25rem 0 0;
  }

  /* ---------------------------------------------------------------- the picture */
  .picture-wrap {
    position: relative;
  }
  /* The moved person and its lines, above the picture while dragging (its own layer, so the big
     picture is not repainted per frame). */
  svg.drag-layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    will-change: transform;
    overflow: hidden;
  }
  .drag-source {
    visibility: hidden;
  }
  svg.picture {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1;
    max-height: 85vh;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    font-family: var(--_font);
  }
  .cell {
    stroke: none;
  }
  .cell.s1 {
    fill: var(--_sector-1);
  }
  .cell.s2 {
    fill: var(--_sector-2);
  }
  .cell.s3 {
    fill: var(--_sector-3);
  }
  .cell.s4 {
    fill: var(--_sector-4);
  }
  .cell.s5 {
    fill: var(--_sector-5);
  }
  .cell.s6 {
    fill: var(--_sector-6);
  }
  /* Inner rings a little stronger, so the bands read apart without relying on colour alone. */
  .cell.r2 {
    fill-opacity: 0.75;
  }
  .cell.r3 {
    fill-opacity: 0.5;
  }
  .cell.r4,
  .cell.r5,
  .cell.r6 {
    fill-opacity: 0.35;
  }
  .editable .cell {
    cursor: copy;
  }
  /* The cell a drop would land in, outlined on the drag layer (above the picture, so only a
     light tint: the people in the cell stay visible). */
  .drop-target {
    fill: var(--_accent);
    fill-opacity: 0.12;
    stroke: var(--_accent);
    stroke-width: 3px;
    stroke-dasharray: 6 4;
  }
  .ring-line,
  .boundary {
    fill: none;
    stroke: var(--_ring-line);
    stroke-width: 1.5px;
  }
  .sector-label {
    font-size: 15px;
    font-weight: 600;
    fill: var(--_text);
  }
  .ring-label {
    font-size: 11px;
    fill: var(--_muted);
    pointer-events: none;
  }
  .compact .sector-label {
    font-size: 24px;
  }
  .compact .ring-label,
  .compact .person .label {
    display: none;
  }

  .ties {
    pointer-events: none;
  }
  /* With reduced motion a layout that takes several frames is shown only when it is final. */
  .settling .people,
  .settling .ties {
    visibility: hidden;
  }
  .tie {
    fill: none;
    stroke: var(--_line);
    stroke-width: var(--_line-width);
    stroke-linecap: round;
  }
  .tie.q-strong {
    stroke-width: var(--cn-tie-strong-width, 4.5px);
    stroke-dasharray: var(--cn-tie-strong-dash, none);
  }
  .tie.q-normal {
    stroke-dasharray: var(--cn-tie-normal-dash, none);
  }
  .tie.q-tenuous {
    stroke-dasharray: var(--cn-tie-tenuous-dash, 1 6);
    stroke-width: 2.5px;
  }
  .tie.q-stressful {
    stroke-dasharray: var(--cn-tie-stressful-dash, 10 4 2 4);
  }
  .tie.q-conflict {
    stroke-dasharray: var(--cn-tie-conflict-dash, 12 3 3 3 3 3);
    stroke-width: 3px;
  }
  .tie.q-broken {
    stroke-dasharray: var(--cn-tie-broken-dash, 4 10);
    stroke-linecap: butt;
  }
  .tie:not(.ego) {
    stroke-opacity: 0.8;
  }
  .arrow {
    fill: var(--_line);
  }
  .tie.hl {
    stroke: var(--_highlight);
    stroke-width: 5px;
  }
  .tie.dim,
  .person.dim {
    opacity: 0.3;
  }

  .person {
    cursor: pointer;
    outline: none;
  }
  .editable .person:not(.client) {
    cursor: grab;
    touch-action: none;
  }
  .person.dragging {
    opacity: 0.9;
  }
  .picture-wrap:has(.drag-source) {
    cursor: grabbing;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
    /* Decoration only: taps are found by distance (the touch area), not on the ring's stroke. */
    pointer-events: none;
  }
  .symbol {
    fill: var(--_symbol-fill);
    stroke: var(--_line);
    stroke-width: 2px;
  }
  .person.pro .symbol {
    stroke-dasharray: 5 2;
  }
  .client .symbol {
    fill: var(--_client-fill);
    stroke: var(--_text);
    stroke-width: 2.5px;
  }
  .initials {
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_text);
    pointer-events: none;
  }
  .initials.big {
    font-size: 20px;
    fill: var(--_on-accent);
  }
  .label {
    font-size: var(--_label-size);
    text-anchor: middle;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .person.hl .symbol {
    stroke: var(--_highlight);
    stroke-width: 5px;
  }
  .person.selected .symbol {
    stroke: var(--_accent);
    stroke-width: 4px;
  }
  .person:focus-visible .focus-ring,
  .person:focus .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .export-legend .legend-title {
    font-size: 16px;
    font-weight: 700;
    fill: var(--_text);
  }
  .export-legend .legend-text {
    font-size: 13px;
    fill: var(--_text);
  }

  /* ---------------------------------------------------------------- panels */
  .side h2 {
    font-size: 1.05em;
    margin: 0.5rem 0 0.25rem;
  }
  .legend ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
    gap: 0.25rem 0.75rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  svg.sample {
    flex: none;
  }
  .hl-swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.35em;
    background: var(--_highlight);
  }
  .summary p {
    margin: 0.25rem 0;
  }
  .share {
    display: flex;
    height: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
    margin: 0.25rem 0;
  }
  .share span {
    background: var(--_sector-2);
  }
  .share span.pro {
    background: repeating-linear-gradient(45deg, var(--_sector-4), var(--_sector-4) 3px, var(--_border) 3px, var(--_border) 4px);
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
    border-bottom: 1px solid var(--_border);
    padding: 0.3rem 0.4rem;
    text-align: start;
    vertical-align: middle;
  }
  .counts td,
  .counts th[scope='col'] {
    text-align: center;
  }
  .ring-key {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .table-wrap {
    overflow-x: auto;
    /* Contains the visually hidden button texts (position: absolute) so they scroll with the
       table instead of widening the page. */
    position: relative;
  }
  .table-wrap select {
    max-width: 14em;
  }
  .actions {
    white-space: nowrap;
  }
  .actions button + button {
    margin-inline-start: 0.3rem;
  }
  .muted {
    color: var(--_muted);
  }

  /* ---------------------------------------------------------------- dialogs */
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 1rem 1.25rem;
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.2em;
  }
  dialog form {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  dialog input:not([type='radio']):not([type='checkbox']),
  dialog select {
    width: 100%;
  }
  dialog fieldset {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    margin: 0.4rem 0;
    padding: 0.5rem 0.75rem;
  }
  .choices label,
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_touch);
    margin-inline-end: 1em;
  }
  .choices input,
  label.check input {
    width: 1.3em;
    height: 1.3em;
    min-height: 0;
  }
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.35rem 0.75rem;
  }
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .dialog-buttons .danger {
    margin-inline-end: auto;
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .other-ties ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .other-ties li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding: 0.15rem 0;
  }
  .other-ties p {
    margin: 0;
  }
  .ties-table input,
  .ties-table select {
    max-width: 12em;
  }
  .form-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }

  @media (forced-colors: active) {
    /* A pressed or primary button as the inverted button pair: Highlight on HighlightText is not
       guaranteed to contrast (Firefox's defaults: 2.9:1), the button pair is. */
    button.primary,
    button[aria-pressed='true'] {
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonText;
    }
    .cell {
      stroke: CanvasText;
      stroke-width: 0.5px;
    }
    .client .symbol {
      fill: Canvas;
    }
    .initials.big {
      fill: CanvasText;
    }
    .tie.hl,
    .person.hl .symbol {
      stroke: Highlight;
    }
    .arrow {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .cell {
      transition: fill-opacity 0.15s;
    }
  }
`;
