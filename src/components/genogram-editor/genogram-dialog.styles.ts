import { css } from 'lit';

/**
 * Styles of the edit dialogs and the GEDCOM import review: adopted by the element when either
 * lazy part loads, which is before its dialog is drawn (one sheet, shared by both parts).
 */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-width: min(36rem, calc(100vw - 2rem));
    width: 100%;
    box-sizing: border-box;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog h2 {
    margin-top: 0;
    font-size: 1.15em;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .field.check input {
    min-height: auto;
    width: 1.4em;
    height: 1.4em;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    align-items: end;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.6rem;
  }
  .markers ul,
  .relations-list {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
    display: grid;
    gap: 0.35rem;
  }
  .markers li,
  .relations-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  .import-problems {
    max-height: 40vh;
    overflow: auto;
    padding-left: 1.25em;
  }
  .import-problems .error {
    font-weight: 600;
  }
  .import-problems .line {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
`;
