import { css } from 'lit';


export const planBoardStyles = css`
  :host {
    --_col: var(--cn-plan-column-width, 17rem);
    --_side: var(--cn-plan-side-width, 20rem);
    --_st-not-started: var(--cn-plan-status-not-started, var(--_border));
    --_st-in-progress: var(--cn-plan-status-in-progress, var(--_accent));
    --_st-done: var(--cn-plan-status-done, var(--_success));
    --_st-paused: var(--cn-plan-status-paused, var(--_warning));
    --_st-stopped: var(--cn-plan-status-stopped, var(--_muted));
    container-type: inline-size;
    line-height: 1.4;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  button.small {
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0 0.6em;
    font-size: 0.9em;
  }
  @media (pointer: coarse) {
    button.small {
      min-height: var(--_touch);
      min-width: var(--_touch);
    }
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  /* ---- toolbar ---- */
  .toolbar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6rem;
    padding: 0.75rem;
    background: var(--_surface-raised);
    border-bottom: 1px solid var(--_border);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1.25rem;
  }
  .title-row h2 {
    font-size: 1.35em;
  }
  .review {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .actions,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    flex-wrap: wrap;
  }
  label.inline > span {
    font-size: 0.9em;
  }
  .toolbar select {
    /* A fixed cap (not a percentage) also caps the min-content size, so long options never widen the page. */
    max-width: 14rem;
  }
  .count {
    font-size: 0.9em;
  }
  /* Phones: smaller tool buttons, the filters two by two with their label above. */
  @container (max-width: 40rem) {
    .actions button,
    details.export summary {
      padding: 0 0.6em;
      font-size: 0.92em;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
      align-items: end;
    }
    .filters label.inline {
      display: grid;
      gap: 0.15rem;
    }
    .filters select {
      max-width: 100%;
      width: 100%;
    }
  }
  .export-menu {
    min-width: 12rem;
  }

  /* ---- layout: board beside the side panel on wide screens, stacked below ---- */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    padding: 0.75rem;
  }
  @container (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--_side);
      align-items: start;
    }
    .side {
      position: sticky;
      top: 0.5rem;
    }
  }
  .drag-hint {
    margin-bottom: 0.5rem;
  }
  .board {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_col)), 1fr));
    gap: 0.75rem;
    align-items: start;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
    padding: 1.25rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }

  /* ---- columns and cards ---- */
  .column {
    display: grid;
    gap: 0.5rem;
    padding: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-width: 0;
  }
  .column.drop-here {
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  .column-head {
    display: grid;
    gap: 0.35rem;
  }
  .column-head h3 {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .q-number {
    display: block;
    font-size: 0.8em;
    font-weight: normal;
    color: var(--_muted);
  }
  .q-tools {
    display: flex;
    gap: 0.3rem;
    flex-wrap: wrap;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    min-height: 2.5rem;
  }
  .column-empty {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .add-agreement {
    justify-self: stretch;
    border-style: dashed;
  }
  .card {
    position: relative;
    display: grid;
    gap: 0.35rem;
    padding: 0.55rem 0.6rem 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_st-not-started);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .card[data-status='in-progress'] {
    border-left-color: var(--_st-in-progress);
  }
  .card[data-status='done'] {
    border-left-color: var(--_st-done);
  }
  .card[data-status='paused'] {
    border-left-color: var(--_st-paused);
    border-left-style: dashed;
  }
  .card[data-status='stopped'] {
    border-left-color: var(--_st-stopped);
    border-left-style: dotted;
  }
  .card.selected {
    box-shadow: 0 0 0 3px var(--_accent);
  }
  .card.drop-before::before,
  .drop-end {
    content: '';
    display: block;
    height: 4px;
    border-radius: 2px;
    background: var(--_accent);
  }
  .card.drop-before::before {
    position: absolute;
    left: 0;
    right: 0;
    top: -0.4rem;
  }
  .card.dragging {
    z-index: 10;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.3);
    opacity: 0.92;
    cursor: grabbing;
  }
  .card.editable {
    cursor: grab;
  }
  .card-top {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
  }
  .grip {
    touch-action: none;
    user-select: none;
    color: var(--_muted);
    font-size: 1.2em;
    line-height: 1;
    padding: 0.4rem 0.2rem;
    cursor: grab;
  }
  .card h4 {
    font-size: 1em;
    flex: 1;
  }
  .card-title {
    all: unset;
    display: block;
    font-weight: 600;
    cursor: pointer;
    min-height: 1.5rem;
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .card-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card-question {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .status {
    font-size: 0.9em;
  }
  .status-icon {
    display: inline-block;
    width: 1.2em;
    text-align: center;
    font-weight: bold;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.2rem;
    font-size: 0.92em;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(4rem, auto) 1fr;
    gap: 0.5rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .chip {
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .chip.pro {
    border-style: dashed;
  }
  .chip.client {
    border-width: 2px;
  }
  .badge {
    font-size: 0.85em;
    padding: 0.15em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    justify-self: start;
  }
  .condition-badge {
    border-color: var(--_warning);
  }
  .notes {
    font-size: 0.9em;
    white-space: pre-line;
    color: var(--_muted);
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    position: relative;
  }
  .menu {
    position: absolute;
    z-index: 20;
    top: calc(100% + 0.25rem);
    left: 0;
    display: grid;
    gap: 0.15rem;
    padding: 0.35rem;
    min-width: min(16rem, 80vw);
    max-height: 22rem;
    overflow: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-raised);
  }
  .menu [role^='menuitem'] {
    text-align: left;
    border-color: transparent;
    background: transparent;
    justify-content: flex-start;
  }
  .menu [role^='menuitem']:hover:not([disabled]),
  .menu [role^='menuitem']:focus-visible {
    background: var(--_surface-raised);
    border-color: var(--_accent);
  }
  .menu [aria-checked='true'] {
    font-weight: bold;
  }
  .menu [aria-checked='true']::after {
    content: ' ✔';
  }
  .menu-label {
    font-size: 0.8em;
    color: var(--_muted);
    padding: 0.4rem 0.5rem 0.1rem;
  }

  /* ---- side panel ---- */
  /* minmax(0, 1fr): a track never grows past its container because of long text. */
  .side {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    align-content: start;
  }
  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.45rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel h3 {
    font-size: 1.05em;
  }
  .conditions {
    border-width: 2px;
    border-color: var(--_warning);
  }
  .condition-list,
  .load-list,
  .team-list,
  .meeting-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .condition {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15rem;
    justify-items: start;
    padding-left: 0.6rem;
    border-left: 3px solid var(--_warning);
  }
  .load-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.15rem 0.6rem;
    align-items: center;
  }
  .load-bar {
    grid-column: 1 / -1;
    height: 0.55rem;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    overflow: hidden;
    order: 3;
  }
  .load-bar > span {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  .heavy .load-bar > span {
    background: var(--_warning);
  }
  .load-count {
    font-size: 0.9em;
    white-space: nowrap;
  }
  .load-heavy {
    grid-column: 1 / -1;
    order: 4;
    font-size: 0.88em;
    color: var(--_warning);
  }
  .member {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.35rem;
  }
  .member-tools {
    display: inline-flex;
    gap: 0.3rem;
  }
  .chair {
    font-weight: 600;
  }
  .add-member {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .add-member label.inline {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .add-member select {
    /* A percentage width lets a select with long names shrink instead of widening the page. */
    width: 100%;
    max-width: none;
  }
  .meeting {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    padding-bottom: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .meeting h4 {
    font-size: 0.95em;
  }
  .meeting .facts {
    justify-self: stretch;
  }
  .meeting .facts > div,
  .side .facts > div {
    grid-template-columns: 1fr;
    gap: 0;
  }

  /* The edit dialog's, the presentation's and the print preview's styles come with their lazy parts. */

  @media (forced-colors: active) {
    .card,
    .present-card {
      border-left-width: 6px;
    }
    .load-bar > span,
    .card.drop-before::before,
    .drop-end {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .card.selected {
      outline: 3px solid Highlight;
    }
    /* The shared primary/pressed button look hides its text under forced colours; keep a system pair. */
    button.primary,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .card {
      transition: box-shadow 0.15s;
    }
  }
`;
