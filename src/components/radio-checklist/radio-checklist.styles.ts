import { css } from 'lit';

export const radioChecklistStyles = css`
  :host {
    --_chosen: var(--cn-radio-chosen, light-dark(#e3efff, #1d3150));
    --_suggestion: var(--cn-radio-suggestion, light-dark(#fff8e1, #3a3018));
    --_row-gap: var(--cn-radio-row-gap, 0.75rem);
    container-type: inline-size;
    line-height: 1.4;
  }
  .base {
    padding: 0.5rem;
  }
  header h2 {
    font-size: 1.35em;
    margin: 0 0 0.25em;
  }
  .intro,
  .readonly-note {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
    font-weight: normal;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.9em;
  }
  .field > span {
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  .toolbar .count {
    margin: 0 0 0.6rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .toolbar input[type='search'] {
    width: 12rem;
    max-width: 100%;
  }

  /* Summary */
  .summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    padding: 0.25rem 0.75rem 0.5rem;
    margin-bottom: 1rem;
  }
  .summary > summary {
    min-height: var(--_touch);
    display: flex;
    align-items: center;
    cursor: pointer;
    list-style-position: inside;
  }
  .summary > summary::-webkit-details-marker {
    display: none;
  }
  .summary > summary::before {
    content: '▸';
    margin-right: 0.4em;
  }
  .summary[open] > summary::before {
    content: '▾';
  }
  .summary h3 {
    display: inline;
    font-size: 1.05em;
    margin: 0;
  }
  .summary p {
    margin: 0.4em 0;
  }
  .summary .extending {
    font-weight: 600;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    min-width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  td,
  thead th + th {
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    white-space: nowrap;
  }
  tr.zero td {
    color: var(--_muted);
  }

  /* Groups and rows */
  .group h3 {
    font-size: 1.1em;
    margin: 1.25rem 0 0.5rem;
    padding-bottom: 0.25rem;
    border-bottom: 2px solid var(--_border);
  }
  .rows,
  .details {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin-bottom: var(--_row-gap);
    background: var(--_surface);
  }
  .row.client,
  .row.network {
    border-width: 2px;
  }
  fieldset.choices {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    float: left;
    width: 100%;
    padding: 0;
    margin-bottom: 0.35rem;
  }
  legend + * {
    clear: both;
  }
  .name {
    font-weight: 700;
    font-size: 1.05em;
  }
  .role {
    color: var(--_muted);
    margin-left: 0.4em;
  }
  .choice-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .choice-wrap {
    position: relative;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--_touch);
    padding: 0 0.65rem 0 0.45rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    user-select: none;
    box-sizing: border-box;
  }
  .choice.checked {
    background: var(--_chosen);
    border-color: var(--_accent);
    border-width: 2px;
    font-weight: 600;
  }
  .choice.suggested:not(.checked) {
    border-style: dashed;
  }
  .choice input {
    width: 1.3rem;
    height: 1.3rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }
  fieldset:disabled .choice {
    cursor: default;
  }
  .choice:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .badge {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    border: 1.5px solid currentColor;
    font-size: 0.8em;
    font-weight: 700;
    flex: none;
  }
  .explanation {
    display: none;
    position: absolute;
    z-index: 3;
    top: calc(100% + 4px);
    left: 0;
    width: max-content;
    max-width: min(18rem, 80cqi);
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: var(--_shadow-raised);
    font-size: 0.9em;
    pointer-events: none;
  }
  .choice-wrap:hover .explanation,
  .choice-wrap:focus-within .explanation,
  .choice-wrap.focused .explanation {
    display: block;
  }
  .choice-wrap.quiet .explanation {
    display: none;
  }
  .choice-list .choice-wrap:nth-last-child(-n + 2) .explanation {
    left: auto;
    right: 0;
  }

  /* Suggestions */
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-top: 0.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px dashed var(--_warning);
    border-radius: var(--_radius);
    background: var(--_suggestion);
  }
  .suggestion p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }

  /* Chosen strategies */
  .details {
    margin-top: 0.5rem;
    display: grid;
    gap: 0.5rem;
  }
  .detail {
    display: grid;
    grid-template-columns: minmax(7rem, auto) minmax(8rem, auto) minmax(10rem, 1fr);
    gap: 0.4rem 0.75rem;
    align-items: end;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .detail-kind {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--_touch);
    font-weight: 600;
  }
  .detail.marked {
    outline: 3px solid var(--_accent);
    outline-offset: 4px;
    border-radius: 2px;
  }
  .detail.marked .agreement-what::before {
    content: '▶ ';
  }
  .detail.status-done .detail-kind::after {
    content: '✓';
  }
  .note input {
    width: 100%;
  }
  .agreement {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .agreement-what {
    flex: 1 1 12rem;
  }
  button.link {
    text-decoration: underline;
  }
  button.danger-text,
  .choice-dialog button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .empty {
    color: var(--_muted);
  }
  .hidden-suggestions {
    margin-top: 1rem;
  }
  .hidden-suggestions summary {
    min-height: var(--_touch);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .hidden-suggestions li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.25rem 0;
  }

  /* Dialog: make an agreement */
  dialog.agreement-dialog {
    width: min(34rem, calc(100vw - 2rem));
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog.agreement-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .agreement-dialog h2 {
    font-size: 1.15em;
    margin: 0 0 0.75em;
  }
  .agreement-dialog .field {
    margin-bottom: 0.75rem;
  }
  .agreement-dialog select,
  .agreement-dialog input,
  .agreement-dialog textarea {
    width: 100%;
  }
  .agreement-dialog .who {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_touch);
  }
  .check input {
    width: 1.3rem;
    height: 1.3rem;
    min-height: 0;
  }
  .form-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }

  @container (max-width: 34rem) {
    .detail {
      grid-template-columns: 1fr 1fr;
    }
    .detail-kind {
      grid-column: 1 / -1;
      min-height: 0;
    }
    .toolbar .field {
      flex: 1 1 9rem;
    }
    .toolbar input[type='search'],
    .toolbar select {
      width: 100%;
    }
  }
  @container (max-width: 22rem) {
    .detail {
      grid-template-columns: 1fr;
    }
    .choice-list .choice-wrap {
      flex: 1 1 100%;
    }
    .choice {
      width: 100%;
    }
    .explanation {
      max-width: 100%;
      right: 0;
    }
  }
  @media (forced-colors: active) {
    .choice.checked {
      border-color: Highlight;
    }
    /* Chrome draws a Canvas backplate behind button text, which hides HighlightText on Highlight. */
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .suggestion {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .suggestion,
    .hidden-suggestions,
    .agreement button,
    [data-make-agreement] {
      display: none !important;
    }
    .row {
      break-inside: avoid;
    }
  }
`;
