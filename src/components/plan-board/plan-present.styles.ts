import { css } from 'lit';

/** The presentation's styles: adopted by the board when the presentation (a lazy part) loads. */
export const presentStyles = css`
  .present {
    /* Large on a meeting screen, still readable on a phone: scales with the element's width. */
    --_pf: var(--cn-plan-present-font-size, clamp(1rem, 2.6cqi, 1.9rem));
    display: grid;
    grid-template-rows: auto auto 1fr auto auto;
    gap: 1rem;
    min-height: min(100vh, 56rem);
    box-sizing: border-box;
    padding: clamp(0.75rem, 2cqi, 1.5rem);
    font-size: var(--_pf);
    background: var(--_surface);
  }
  .present:focus {
    outline: none;
  }
  :host(:fullscreen) {
    overflow: auto;
  }
  :host(:fullscreen) .present {
    min-height: 100vh;
  }
  .present-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    font-size: 0.6em;
    color: var(--_muted);
  }
  .present-title {
    font-weight: 600;
    flex: 1;
  }
  .present-question {
    font-size: 1.6em;
    overflow-wrap: anywhere;
  }
  .present-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: 0.75rem;
    align-content: start;
  }
  .present-card {
    align-content: start;
    padding: 0.6em 0.8em;
    border: 2px solid var(--_border);
    border-left: 10px solid var(--_st-not-started);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.2em;
    overflow-wrap: anywhere;
  }
  .present-card[data-status='in-progress'] {
    border-left-color: var(--_st-in-progress);
  }
  .present-card[data-status='done'] {
    border-left-color: var(--_st-done);
  }
  .present-card[data-status='paused'] {
    border-left-color: var(--_st-paused);
  }
  .present-card[data-status='stopped'] {
    border-left-color: var(--_st-stopped);
  }
  .present-card h3 {
    font-size: 1.05em;
  }
  .present-who {
    font-weight: 600;
  }
  .present-status,
  .present-card p {
    font-size: 0.8em;
  }
  .present-conditions {
    font-size: 0.6em;
    padding: 0.6em 0.9em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .present-nav {
    /* Next/previous stay in reach when a question has many agreements. */
    position: sticky;
    bottom: 0;
    padding: 0.5rem 0;
    background: var(--_surface);
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .present-nav button {
    font-size: 0.7em;
    min-height: 3rem;
  }
  .present-exit {
    font-size: 1em;
  }
`;
