import { css } from 'lit';

export const ecoGramStyles = css`
  :host {
    --_stress: var(--cn-eco-stress-color, light-dark(#a4262c, #ff9a9a));
    --_centre-fill: var(--cn-eco-centre-fill, light-dark(#fdfaf3, #252c36));
    --_system-fill: var(--cn-eco-system-fill, var(--_surface));
    --_max-height: var(--cn-eco-max-height, 85vh);
    position: relative;
  }
  /*
   * On a phone the undo and redo buttons show only their arrows; the words stay for screen
   * readers. The toolbar is the size container, not the host: with the host as container the
   * browser laid the picture out again in the frame after the first render (60 systems, traced:
   * about 8 ms of layout in all instead of 4).
   */
  @container (max-width: 480px) {
    .toolbar .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_stress: CanvasText;
      --_centre-fill: Canvas;
      --_system-fill: Canvas;
    }
  }
  .toolbar {
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    padding: 0.4em 0;
  }
  .toolbar .spacer {
    flex: 1;
  }
  .stage {
    position: relative;
  }
  .toolbar button.icon {
    padding: 0;
    font-size: 1.2em;
  }
  svg.diagram {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--_max-height);
    margin: 0 auto;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    /* Zoomed in, the drawing stays inside its box. */
    overflow: hidden;
  }
  .centre-disc {
    fill: var(--_centre-fill);
    stroke: var(--_line);
    stroke-width: 2.5;
  }
  .guide-ring {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5;
    stroke-dasharray: 4 8;
  }
  .system-disc {
    fill: var(--_system-fill);
    stroke: var(--_line);
    stroke-width: 1.5;
  }
  .cat-family .system-disc,
  .sample.cat-family {
    fill: var(--_sector-1);
  }
  .cat-friends .system-disc {
    fill: var(--_sector-2);
  }
  .cat-school .system-disc,
  .cat-work .system-disc {
    fill: var(--_sector-3);
  }
  .cat-health .system-disc,
  .cat-services .system-disc {
    fill: var(--_sector-4);
  }
  .cat-clubs .system-disc,
  .cat-faith .system-disc {
    fill: var(--_sector-5);
  }
  .cat-neighbourhood .system-disc,
  .cat-income .system-disc {
    fill: var(--_sector-6);
  }
  .organisation .system-disc {
    stroke-dasharray: none;
    stroke-width: 2.5;
  }
  .system text,
  .member-name {
    text-anchor: middle;
  }
  .system-name {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_text);
  }
  /* Long names get a smaller font rather than spill out of the circle (picked by length). */
  .fs11 .system-name {
    font-size: 11px;
  }
  .fs10 .system-name {
    font-size: 10px;
  }
  .fs9 .system-name {
    font-size: 9px;
  }
  .system-cat {
    font-size: 10px;
    fill: var(--_muted);
  }
  .member-name {
    font-size: 12px;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_centre-fill);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .symbol,
  .symbol-ring {
    fill: var(--_surface);
    stroke: var(--_line);
    stroke-width: 2;
  }
  .symbol-ring {
    fill: none;
  }
  .symbol-dead {
    stroke: var(--_line);
    stroke-width: 2;
  }
  .symbol-mark {
    font-size: 13px;
    fill: var(--_text);
  }
  .stroke {
    fill: none;
    stroke: var(--_line);
    stroke-linecap: butt;
  }
  .stroke.between {
    stroke: var(--_muted);
  }
  .hatch {
    fill: none;
    stroke: var(--_stress);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .arrowhead {
    fill: var(--_line);
  }
  .lifted {
    pointer-events: none;
  }
  .hit {
    fill: none;
    stroke: transparent;
    stroke-width: 22;
    pointer-events: stroke;
  }
  [data-focus-key] {
    cursor: pointer;
    outline: none;
  }
  :host([readonly]) [data-focus-key] {
    cursor: default;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 5 3;
    display: none;
  }
  [data-focus-key]:focus-visible .focus-ring,
  [data-focus-key].active .focus-ring {
    display: inline;
  }
  .line-group:focus-visible .hit,
  .line-group.active .hit {
    stroke: var(--_focus);
    stroke-opacity: 0.35;
  }
  .dragging .system-disc {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .legend-title {
    font-size: 14px;
    font-weight: 600;
    fill: var(--_text);
  }
  .legend-text {
    font-size: 13px;
    fill: var(--_text);
  }
  .empty {
    text-align: center;
    color: var(--_muted);
    margin: 0.25em auto 0.5em;
    max-width: 32em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 0.25em 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
    list-style: none;
    padding: 0.5em 0.75em;
    margin: 0.5em 0 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  .legend h2 {
    width: 100%;
    font-size: 1em;
    margin: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .legend svg,
  .menu .sample {
    width: 56px;
    height: 20px;
    flex: none;
  }
  /* The menus' and the table's styles come with their lazy part (eco-panels.styles.ts). */
`;
