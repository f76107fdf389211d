import { css } from 'lit';

/**
 * The edit dialog's styles: adopted by the board when the forms (a lazy part) load, which is
 * before the dialog opens.
 */
export const formStyles = css`
  dialog {
    width: min(36rem, calc(100vw - 1.5rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog form {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
  }
  dialog h2 {
    font-size: 1.2em;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  fieldset.field {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0;
  }
  .field > span,
  legend {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .row > .field {
    flex: 1 1 10rem;
  }
  .who-list {
    display: grid;
    gap: 0.1rem;
    max-height: 14rem;
    overflow: auto;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
  }
  label.check input {
    width: 1.3rem;
    height: 1.3rem;
    min-height: 0;
  }
  .marker {
    color: var(--_muted);
  }
  .add-person {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .add-person .field {
    flex: 1 1 10rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    position: sticky;
    bottom: 0;
    background: var(--_surface);
    padding-top: 0.5rem;
  }
  .dialog-actions .spacer {
    flex: 1;
  }
`;
