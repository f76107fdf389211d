import { css } from 'lit';

/**
 * Styles of the menus and the table view: adopted by the element when their lazy part loads,
 * which is before a menu or the table is drawn.
 */
export const panelStyles = css`
  .menu {
    position: absolute;
    z-index: 2;
    width: min(19rem, calc(100% - 1rem));
    box-sizing: border-box;
    padding: 0.75em;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-raised);
  }
  .menu h2 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  .menu fieldset {
    border: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .menu legend,
  .menu label {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .menu .choices {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.3em;
  }
  .menu .sample {
    width: 40px;
  }
  .menu button[aria-pressed='true'] .sample .stroke,
  .menu button[aria-pressed='true'] .sample .hatch {
    stroke: var(--_on-accent);
  }
  .menu button[aria-pressed='true'] .sample .arrowhead {
    fill: var(--_on-accent);
  }
  .menu .choices.wide {
    grid-template-columns: 1fr;
  }
  .menu .choices button {
    display: flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.4em;
    text-align: left;
  }
  .menu label {
    display: block;
    margin: 0 0 0.5em;
  }
  .menu input,
  .menu select {
    display: block;
    width: 100%;
    margin-top: 0.15em;
    color: var(--_text);
  }
  .menu .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    justify-content: flex-end;
    margin-top: 0.5em;
  }
  .menu button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .menu section + section {
    border-top: 1px solid var(--_border);
    margin-top: 0.5em;
    padding-top: 0.5em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5em 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.25em 0.4em;
    text-align: left;
    vertical-align: middle;
  }
  td input[type='text'],
  th input[type='text'] {
    width: 100%;
    min-width: 11em;
  }
  td input[type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
  }
`;
