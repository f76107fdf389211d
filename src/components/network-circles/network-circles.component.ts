import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { NetworkElement } from '../../base/network-element.js';
import { PanZoomController } from '../../base/pan-zoom.js';
import { initials, textWidth } from '../../base/text-measure.js';
import { createRadialRun, type RadialRun } from '../../layout/index.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { editSafetyMessages } from '../../i18n/catalogs/edit-safety.js';
import { prefersReducedMotion } from '../../base/motion.js';
import { circlesMessages } from '../../i18n/catalogs/network-circles.js';
import {
  addPerson,
  addTie,
  createId,
  removePerson,
  removeTie,
  setNodeHint,
  updatePerson,
  updateTie,
} from '../../model/operations/index.js';
import { batch, placePerson } from './circles-ops.js';
import {
  CONTACT_FREQUENCIES,
  SUPPORT_KINDS,
  TIE_QUALITIES,
  VALUATIONS,
  type CareNetwork,
  type Change,
  type Id,
  type Tie,
} from '../../model/types.js';
import type { Point, RadialLinkInput, RadialNodeInput } from '../../layout/types.js';
import type { StoreEvent } from '../../store/network-store.js';
import {
  DEFAULT_RINGS,
  DEFAULT_SECTORS,
  angleOf,
  cellPath,
  labelText,
  normaliseRings,
  normaliseSectors,
  ringAt,
  sectorAt,
  type CircleRing,
  type CircleSector,
} from './circles-config.js';
import { HIT_R, LABEL_FONT, LABEL_MAX, SYMBOL_R, makeGeometry, type Geometry, type Positions } from './circles-geometry.js';
import { VIEW, buildModel, parseHighlight, summarise, type CirclesModel, type PlacedPerson } from './circles-model.js';
import {
  renderBackground,
  renderClient,
  renderDefs,
  renderExportLegend,
  CHUNK,
  renderPeopleLayer,
  renderTieLayer,
  type LegendWords,
  type PictureContext,
} from './circles-svg.js';
import type { DialogState, OtherTie, PersonFormValues, TieFormValues, Translate } from './circles-dialogs.js';
import type * as ExportTools from '../../base/export.js';
import type { TableContext } from './circles-table.js';
import { LazyPart } from '../../base/lazy-part.js';
import { highlightText, renderLegend, renderSummary } from './circles-panels.js';
import { PersonDrag, type DragHost } from './circles-drag.js';
import { circlesStyles } from './network-circles.styles.js';
import { themeTokens } from '../../base/theme.js';

export type { CircleRing, CircleSector } from './circles-config.js';

/** Room to the right of the circles for the legend in exports (layout units). */
const EXPORT_LEGEND_WIDTH = 300;

/** Time per layout slice: one frame's share, so no task runs long. */
const LAYOUT_SLICE_MS = 8;

/**
 * The name as it fits under a symbol: whole, or cut with an ellipsis (the whole name stays in
 * the accessible name, the tooltip and the table). Initials are always inside the symbol.
 */
function shortLabel(name: string): { text: string; width: number } {
  const width = textWidth(name, LABEL_FONT);
  if (width <= LABEL_MAX) return { text: name, width };
  const chars = [...name];
  let n = chars.length - 1;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, LABEL_FONT) > LABEL_MAX) n--;
  const text = `${chars.slice(0, n).join('').trimEnd()}…`;
  return { text, width: textWidth(text, LABEL_FONT) };
}

/**
 * Radius of a person's invisible touch area in layout units: 44 CSS px across at the current
 * scale, down to 0.55 px per unit (about where names give way to initials). Neighbouring areas
 * may overlap (the nearest person wins); the cap keeps taps on the empty rings for adding.
 */
function hitRadius(pxPerUnit: number): number {
  return Math.round(Math.min(HIT_R_MAX, Math.max(HIT_R, HIT_R / Math.max(pxPerUnit, 0.01))));
}
const HIT_R_MAX = 40;

/** People drawn per frame when a large network first appears (whole chunks), so no task runs long. */
const SLICE = CHUNK;
/** From this many people on, the picture is drawn only when its layout is final, then in slices. */
const LARGE = 200;

/**
 * The client's network in rings and sectors (netwerkcirkels / relatiekaart): the client in the
 * centre, rings for how important someone is, sectors for the parts of life. Drawn and edited
 * together on a tablet, with a mouse, or with the keyboard; printed as a poster.
 *
 * Keyboard: Tab reaches the picture; ← and → go from person to person (clockwise per sector),
 * ↑ and ↓ to the nearest person one ring further in or out; Enter opens a person;
 * Space selects; M moves (ring and sector, without dragging); Delete removes (undo brings it
 * back); N adds; C connects; + and − zoom, 0 fits; Ctrl+Z / Ctrl+Shift+Z undo and redo.
 *
 * @tagname network-circles
 * @summary The netwerkcirkel: people in rings (closeness) and sectors (parts of life) around the client.
 *
 * @fires {CustomEvent<PersonSelectDetail>} person-select - When a person is chosen (click, tap or Space). Detail: `{ personId, person }`.
 *
 * @csspart toolbar - The row of buttons above the picture.
 * @csspart zoom - The zoom buttons under the picture.
 * @csspart picture - The SVG drawing.
 * @csspart cell - One ring × sector area (a drop and tap target).
 * @csspart ring - A ring's circle line.
 * @csspart ring-label - A ring's name.
 * @csspart sector-boundary - The line between two sectors.
 * @csspart sector-label - A sector's name.
 * @csspart client - The client in the centre.
 * @csspart person - A person or organisation (also `organisation` for organisations).
 * @csspart organisation - An organisation.
 * @csspart symbol - The circle (person) or rounded square (organisation) of a person.
 * @csspart label - A person's name under the symbol.
 * @csspart tie - A line between two people (also `tie-<quality>`, e.g. `tie-stressful`).
 * @csspart legend - The legend.
 * @csspart summary - The summary figures.
 * @csspart table - The table view.
 * @csspart empty - The friendly start shown while the network is empty.
 * @csspart dialog - The add/change, move and connect dialogs.
 * @csspart live-region - The polite announcements for screen readers.
 * @csspart error - The message about an invalid network.
 *
 * @cssproperty --cn-color-sector-1 - Fill of the first sector (also -2 … -6 for the next ones).
 * @cssproperty --cn-circles-ring-line - Colour of the ring circles and sector lines.
 * @cssproperty --cn-circles-symbol-fill - Fill of people's symbols.
 * @cssproperty --cn-circles-client-fill - Fill of the client's symbol.
 * @cssproperty --cn-circles-label-size - Font size of names in the picture (layout units, default 13px).
 * @cssproperty --cn-tie-strong-width - Line width of strong ties (default 4.5px).
 * @cssproperty --cn-tie-strong-dash - Dash pattern of strong ties (default none).
 * @cssproperty --cn-tie-normal-dash - Dash pattern of normal ties (default none).
 * @cssproperty --cn-tie-tenuous-dash - Dash pattern of weak ties (default `1 6`, dotted).
 * @cssproperty --cn-tie-stressful-dash - Dash pattern of stressful ties (default `10 4 2 4`).
 * @cssproperty --cn-tie-conflict-dash - Dash pattern of conflict ties (default `12 3 3 3 3 3`).
 * @cssproperty --cn-tie-broken-dash - Dash pattern of broken ties (default `4 10`).
 * @cssproperty --cn-circles-highlight - Colour of highlighted ties and people.
 */
export class NetworkCircles extends NetworkElement {
  static override styles = [...NetworkElement.styles, circlesStyles];

  /**
   * The rings, closest first: `{ id, label: string | { nl, en }, weight? }`. Their 1-based
   * position is the closeness of the tie with the client (`Tie.closeness`); the view's layout
   * hint stores the 0-based index (`layout['network-circles'].nodes[id].ring`), as the layout
   * engine reads it. `weight` sizes a band relative to the others (bands still grow to fit).
   * Default: three rings (very important, important, less important).
   */
  @property({ attribute: false }) rings: CircleRing[] = [...DEFAULT_RINGS];

  /**
   * The sectors, clockwise from 12 o'clock: `{ id, label: string | { nl, en }, weight? }`; `id`
   * matches `Person.sector`, `weight` sizes the wedge. Default: family, friends and
   * acquaintances, neighbours-work-school-clubs (`society`), professionals.
   */
  @property({ attribute: false }) sectors: CircleSector[] = [...DEFAULT_SECTORS];

  /**
   * What to highlight: `support:<kind>` (practical, emotional, informational, companionship,
   * material), `frequency:<daily|weekly|monthly|yearly|rarely|never>` or
   * `valuation:<positive|neutral|negative|mixed>`; empty for nothing. Others are dimmed.
   */
  @property({ reflect: true }) highlight = '';

  /** `picture` or `table` (the same data as a table, for screen readers and quick edits). */
  @property({ reflect: true }) view: 'picture' | 'table' = 'picture';

  /** Hides the summary figures. */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'hide-legend' }) hideLegend = false;

  /** Paper size of the print view. */
  @property({ attribute: 'print-size' }) printSize: 'A4' | 'A3' = 'A4';

  @state() private focusId?: Id;
  @state() private selectedId?: Id;
  @state() private dialog?: DialogState;
  @state() private limit = Number.POSITIVE_INFINITY;
  @state() private pxPerUnit = 1;
  /**
   * How much of the toolbar is shown in its row: 2 everything, 1 the less used tools in a "More"
   * menu, 0 only add, undo and redo in the row. Lowered after a render while the row wraps.
   */
  @state() private toolbarLevel: 0 | 1 | 2 = 2;
  private toolbarWidth = 0;
  private toolbarKey = '';
  private measureFrame?: number;
  /** True for the moment an export is taken: the picture then carries its legend and date. */
  @state() private exporting = false;

  @query('svg.picture') private svgEl?: SVGSVGElement;

  private readonly panZoom = new PanZoomController(this, {
    minScale: 0.5,
    maxScale: 6,
    // A press on a person is a drag (handled here); anywhere else pans.
    canPan: (e) => !this.personFromEvent(e),
  });

  private model!: CirclesModel;
  private geom!: Geometry;
  private positions: Positions = {};
  private labels = new Map<Id, string>();
  private initialsMap = new Map<Id, string>();
  private layoutFrame?: number;
  /** False while the layout still runs in slices (with reduced motion nothing is drawn until then). */
  private layoutSettled = true;
  private ringList: CircleRing[] = [...DEFAULT_RINGS];
  private sectorList: CircleSector[] = [...DEFAULT_SECTORS];
  private tap?: { pointerId: number; x: number; y: number; cell: Element };
  private resizeObserver?: ResizeObserver;
  private sliceFrame?: number;
  /** Where focus goes when a dialog closes: a person, the toolbar, or the control that opened it. */
  private returnFocus?: Id | 'toolbar' | HTMLElement;

  private readonly drag = new PersonDrag(this.dragHost());

  // Rarely used parts, loaded on first use (see LazyPart; updateComplete waits for a load in flight).
  private readonly dialogs = new LazyPart(this, () => import('./circles-dialogs.js'));
  private readonly table = new LazyPart(this, () => import('./circles-table.js'));
  private readonly exporter = new LazyPart(this, () => import('../../base/export.js'));

  private t: Translate = (key, params) => this.i18n.t(circlesMessages, key, params);
  private c = (key: keyof (typeof commonMessages)['en'], params?: Record<string, string | number>) =>
    this.i18n.t(commonMessages, key, params);

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      // Measured in the next frame: a change made inside the observer's callback that resizes
      // the element again (the toolbar folding) would be a "ResizeObserver loop" error.
      this.resizeObserver ??= new ResizeObserver(() => {
        if (this.measureFrame === undefined) {
          this.measureFrame = requestAnimationFrame(() => {
            this.measureFrame = undefined;
            this.measure();
          });
        }
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drag.cancel();
    this.resizeObserver?.disconnect();
    if (this.measureFrame !== undefined) cancelAnimationFrame(this.measureFrame);
    this.measureFrame = undefined;
    if (this.sliceFrame !== undefined) cancelAnimationFrame(this.sliceFrame);
    this.sliceFrame = undefined;
    if (this.layoutFrame !== undefined) cancelAnimationFrame(this.layoutFrame);
    this.layoutFrame = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const docChanged = changed.has('doc' as keyof NetworkCircles);
    if (changed.has('rings')) this.ringList = normaliseRings(this.rings);
    if (changed.has('sectors')) this.sectorList = normaliseSectors(this.sectors);
    if (docChanged || changed.has('rings') || changed.has('sectors') || !this.model) {
      const first = !this.model;
      // A large network's first layout starts in the next frame: this task only draws the rings.
      this.relayout(first);
      // A large network first appears in slices (after its layout), so no frame's task runs long.
      if (first && this.model.placed.length > LARGE) {
        this.limit = 0;
        if (this.layoutSettled) this.scheduleSlice();
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.panZoom.attach(this.svgEl);
    // Observed only while connected: an update that runs after disconnect must not observe again.
    if (this.isConnected && this.resizeObserver) {
      if (this.svgEl) this.resizeObserver.observe(this.svgEl);
      this.resizeObserver.observe(this);
    }
    this.foldToolbar();
    // The dialog may arrive a render later than its state (its code loads on first use).
    if (this.dialog) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) {
        dialog.showModal();
        dialog.querySelector<HTMLElement>('input:not([type=radio]):not([type=checkbox]), input:checked, select')?.focus();
      }
    }
  }

  /** Folds the toolbar one step when its row wraps (the next render checks again). */
  private foldToolbar(): void {
    // Only when something that sizes the row changed: reading layout after every render would
    // force an early layout in the middle of keyboard use and drags.
    if (!this.toolbarWidth) this.toolbarWidth = this.clientWidth;
    const key = `${this.toolbarWidth}|${this.toolbarLevel}|${this.readonly}|${this.i18n.locale}`;
    if (key === this.toolbarKey) return;
    this.toolbarKey = key;
    const bar = this.renderRoot.querySelector<HTMLElement>('.toolbar');
    const first = bar?.firstElementChild as HTMLElement | null | undefined;
    const last = bar?.lastElementChild as HTMLElement | null | undefined;
    if (!first || !last || this.toolbarLevel === 0 || bar!.offsetWidth === 0) return;
    if (last.offsetTop > first.offsetTop + first.offsetHeight / 2) this.toolbarLevel = (this.toolbarLevel - 1) as 0 | 1;
  }

  /** Sizes, labels, geometry and positions from the document and the configuration. */
  private relayout(deferLarge = false): void {
    const rings = this.ringList;
    const sectors = this.sectorList;
    this.model = buildModel(this.doc, rings, sectors);
    this.labels.clear();
    this.initialsMap.clear();
    const nodes: RadialNodeInput[] = this.model.placed.map((p) => {
      const name = p.person.name.trim() || '…';
      const deceased = p.person.deceased === true || p.person.death !== undefined;
      const label = shortLabel(deceased ? `${name} †` : name);
      this.labels.set(p.person.id, label.text);
      this.initialsMap.set(p.person.id, initials(name) || '…');
      return {
        id: p.person.id,
        ring: p.ring - 1,
        sector: p.sector,
        angle: p.angle,
        pinned: p.pinned && p.angle !== undefined,
        size: { width: Math.max(2 * HIT_R, label.width + 8), height: 2 * SYMBOL_R + LABEL_FONT + 10 },
      };
    });
    const ego = this.model.ego;
    if (ego) this.initialsMap.set(ego.id, initials(ego.name) || '');
    this.geom = makeGeometry(rings, sectors, nodes);
    // A first guess of the scale (the host's width), so a big picture starts compact instead of
    // drawing labels nobody can read and repainting once the real size is known.
    const width = this.isConnected ? this.clientWidth : 0;
    if (width > 0) this.pxPerUnit = width / (2 * this.geom.half);
    // A first guess of the toolbar's fold from the width (about what the Dutch words need), so the
    // first render is usually right; foldToolbar() corrects it when the row still wraps.
    if (width > 0 && !this.toolbarWidth) this.toolbarLevel = width >= 1360 ? 2 : width >= 760 ? 1 : 0;

    const links: RadialLinkInput[] = this.model.pairs
      .filter((pair) => !pair.withEgo)
      .map((pair) => ({ source: pair.a, target: pair.b }));
    const previous = Object.keys(this.positions).length ? this.positions : undefined;
    if (this.layoutFrame !== undefined) cancelAnimationFrame(this.layoutFrame);
    this.layoutFrame = undefined;
    const start = () =>
      createRadialRun(nodes, links, {
        rings: this.geom.radii,
        centerRadius: this.geom.centerRadius,
        sectors: this.geom.wedges,
        previous,
        seed: 1,
      });
    if (deferLarge && nodes.length > LARGE) {
      // Setting up the run of a large network is itself a long piece of work: give it a frame.
      this.positions = { [this.doc.egoId]: { x: 0, y: 0 } };
      this.layoutSettled = false;
      this.layoutFrame = requestAnimationFrame(() => {
        this.layoutFrame = undefined;
        this.continueLayout(start());
      });
      return;
    }
    const run = start();
    // The layout runs in slices of ~8 ms: when it fits the frame the picture is final at once;
    // otherwise it goes on per frame, drawn as it settles (or only at the end with reduced motion).
    const done = run.step(LAYOUT_SLICE_MS);
    this.positions = { ...run.positions(), [this.doc.egoId]: { x: 0, y: 0 } };
    this.layoutSettled = done;
    if (!done) this.continueLayout(run);
  }

  private continueLayout(run: RadialRun): void {
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = undefined;
      const done = run.step(LAYOUT_SLICE_MS);
      // Intermediate pictures are drawn for small networks when motion is welcome; a large one
      // would redraw every person per frame, so it is drawn once, when final.
      if (done || !(prefersReducedMotion() || this.isLarge)) {
        this.positions = { ...run.positions(), [this.doc.egoId]: { x: 0, y: 0 } };
        this.layoutSettled = done;
        this.requestUpdate();
      }
      if (done && this.limit === 0) this.scheduleSlice();
      if (!done) this.continueLayout(run);
    });
  }

  private get isLarge(): boolean {
    return this.model.placed.length > LARGE;
  }

  private scheduleSlice(): void {
    this.sliceFrame = requestAnimationFrame(() => {
      this.sliceFrame = undefined;
      const total = this.model.placed.length;
      this.limit = this.limit + SLICE >= total ? Number.POSITIVE_INFINITY : this.limit + SLICE;
      if (this.limit !== Number.POSITIVE_INFINITY) this.scheduleSlice();
    });
  }

  private measure(): void {
    const width = this.clientWidth;
    // A new width: try the full toolbar again (updated() folds it while it wraps).
    if (width > 0 && width !== this.toolbarWidth) {
      this.toolbarWidth = width;
      this.toolbarLevel = 2;
    }
    const svg = this.svgEl;
    if (!svg || !this.geom) return;
    const box = svg.getBoundingClientRect();
    const side = Math.min(box.width, box.height);
    if (side > 0) this.pxPerUnit = side / (2 * this.geom.half);
  }

  /**
   * Resolves when the picture is final: the layout has settled and every person is drawn (a
   * large network is laid out and drawn over several frames). Useful before an export.
   */
  async layoutComplete(): Promise<void> {
    await this.updateComplete;
    while (this.layoutFrame !== undefined || this.sliceFrame !== undefined) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await this.updateComplete;
    }
  }

  // ------------------------------------------------------------------ words

  private get clientName(): string {
    return this.model?.ego?.name.trim() || this.c('client');
  }

  private sectorName(id: string): string {
    const s = this.sectorList.find((x) => x.id === id);
    return s ? labelText(s.label, this.i18n.locale) : id;
  }

  private ringName(ring: number): string {
    const r = this.ringList[ring - 1];
    return r ? labelText(r.label, this.i18n.locale) : String(ring);
  }

  private nameOf(id: Id): string {
    return this.doc.people.find((p) => p.id === id)?.name.trim() || this.c('unnamed');
  }

  protected override describeChange(change: Change): string {
    if (change.type === 'batch' && change.label) return change.label;
    return change.label ?? change.ids.map((id) => this.doc.people.find((p) => p.id === id)?.name).filter(Boolean).join(', ') ?? change.type;
  }

  protected override onStoreEvent(event: StoreEvent): void {
    super.onStoreEvent(event);
    if (this.focusId && !this.doc.people.some((p) => p.id === this.focusId)) this.focusId = undefined;
    if (this.selectedId && !this.doc.people.some((p) => p.id === this.selectedId)) this.selectedId = undefined;
    if (event.source === 'replace') {
      // The host replaced the document: a drag in progress stops (its transaction is gone), an
      // open form keeps what was typed and says so at once when its person is gone.
      this.drag.cancel();
      this.tap = undefined;
      const d = this.dialog;
      const gone = (id?: Id) => id !== undefined && !this.doc.people.some((p) => p.id === id);
      if (d?.type === 'person' && gone(d.id)) this.dialog = { ...d, error: this.i18n.t(editSafetyMessages, 'targetGone') };
      if (d?.type === 'connect' && (gone(d.from) || gone(d.to))) this.dialog = { ...d, error: this.i18n.t(editSafetyMessages, 'targetGone') };
      if (d?.type === 'move' && gone(d.id)) {
        this.closeDialog();
        this.announce(this.i18n.t(editSafetyMessages, 'targetGone'));
      }
    }
  }

  // ------------------------------------------------------------------ editing

  /** Puts a person in a ring and sector as one edit (one change event, one undo step). */
  private place(id: Id, ring: number, sector: string, angle?: number): void {
    if (!this.model.byId.has(id)) {
      this.announce(this.i18n.t(editSafetyMessages, 'targetGone'));
      return;
    }
    if (!this.edit((d) => placePerson(d, id, ring, sector, angle))) return;
    this.announce(this.t('moved', { name: this.nameOf(id), sector: this.sectorName(sector), ring: this.ringName(ring) }));
  }

  private savePerson(values: PersonFormValues): void {
    const state = this.dialog;
    if (!state || state.type !== 'person') return;
    if (!values.name) {
      this.dialog = { ...state, values, error: this.t('nameRequired') };
      return;
    }
    const ego = this.doc.egoId;
    const tiePatch: Partial<Tie> = {
      closeness: values.ring,
      quality: values.quality,
      flow: values.flow,
      support: values.support.length ? values.support : undefined,
      contactFrequency: values.frequency,
      valuation: values.valuation,
    };
    const kept = (): void => {
      this.dialog = { ...state, values, error: this.editProblem };
    };
    if (state.isClient && state.id) {
      if (!this.edit((d) => updatePerson(d, state.id!, { name: values.name, role: values.role || undefined }))) return kept();
      this.announce(this.t('updated', { name: values.name }));
    } else if (state.id) {
      const id = state.id;
      const placed = this.model.byId.get(id);
      const egoTie = placed?.egoTies[0];
      const moved = placed && (placed.ring !== values.ring || placed.sector !== values.sector);
      const done = this.edit((doc) =>
        batch(doc, values.name, [
          (d) =>
            updatePerson(d, id, {
              name: values.name,
              kind: values.kind,
              role: values.role || undefined,
              sector: values.sector,
              professional: values.professional || undefined,
            }),
          (d) => (egoTie ? updateTie(d, egoTie.id, tiePatch) : addTie(d, { from: ego, to: id, ...tiePatch })),
          ...(moved ? [(d: CareNetwork) => setNodeHint(d, VIEW, id, { ring: values.ring - 1, sector: values.sector, angle: undefined, pinned: undefined })] : []),
        ]),
      );
      if (!done) return kept();
      this.announce(this.t('updated', { name: values.name }));
    } else {
      const newId = createId('p', this.doc);
      const done = this.edit((doc) =>
        batch(doc, values.name, [
          (d) =>
            addPerson(d, {
              id: newId,
              kind: values.kind,
              name: values.name,
              role: values.role || undefined,
              sector: values.sector,
              professional: values.professional || undefined,
            }),
          (d) => addTie(d, { from: ego, to: newId, ...tiePatch }),
        ]),
      );
      if (!done) return kept();
      this.focusId = newId;
      this.returnFocus = newId;
      this.announce(this.t('added', { name: values.name, sector: this.sectorName(values.sector), ring: this.ringName(values.ring) }));
    }
    this.closeDialog();
  }

  /** Removes a person (undo brings them back with their ties). */
  deletePerson(id: Id): void {
    if (this.readonly || id === this.doc.egoId) return;
    const name = this.nameOf(id);
    const order = this.focusOrder();
    const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1];
    this.edit((d) => removePerson(d, id));
    this.announce(this.t('removed', { name }));
    if (this.focusId === id) {
      this.focusId = next;
      void this.updateComplete.then(() => this.focusPerson(next));
    }
  }

  private connect(values: { from: Id; to: Id; kind: string; quality?: Tie['quality']; flow?: Tie['flow'] }): void {
    if (!values.from || !values.to || values.from === values.to) {
      this.dialog = { type: 'connect', from: values.from, to: values.to, error: this.t('connectSame') };
      return;
    }
    const done = this.edit((d) =>
      addTie(d, { from: values.from, to: values.to, kind: values.kind || undefined, quality: values.quality, flow: values.flow }),
    );
    if (!done) {
      this.dialog = { type: 'connect', from: values.from, to: values.to, error: this.editProblem };
      return;
    }
    this.announce(this.t('connected', { a: this.nameOf(values.from), b: this.nameOf(values.to) }));
    this.closeDialog();
  }

  /** A tie between two members, with their names (undefined for ties with the client). */
  private memberTie(id: Id): { tie: Tie; a: string; b: string } | undefined {
    const tie = this.doc.ties.find((t) => t.id === id);
    if (!tie || tie.from === this.doc.egoId || tie.to === this.doc.egoId) return undefined;
    return { tie, a: this.nameOf(tie.from), b: this.nameOf(tie.to) };
  }

  /** Changes a tie between two members (one edit, one undo step). */
  updateMemberTie(id: Id, patch: Partial<Tie>): void {
    const found = this.memberTie(id);
    if (this.readonly || !found) return;
    this.edit((d) => updateTie(d, id, patch));
    this.announce(this.t('tieUpdated', { a: found.a, b: found.b }));
  }

  private removeMemberTie(id: Id): void {
    if (this.readonly) return;
    this.edit((d) => removeTie(d, id));
    this.announce(this.t('tieRemoved'));
  }

  private saveTie(values: TieFormValues): void {
    const d = this.dialog;
    if (d?.type !== 'tie') return;
    this.updateMemberTie(d.id, {
      kind: values.kind || undefined,
      quality: values.quality,
      flow: values.flow,
      support: values.support.length ? values.support : undefined,
    });
    this.closeDialog();
  }

  /** A person's ties with other members, for the person dialog. */
  private otherTies(id: Id): OtherTie[] {
    return (this.model.pairsOf.get(id) ?? [])
      .filter((pair) => !pair.withEgo)
      .flatMap((pair) =>
        pair.ties.map((tie) => ({
          id: tie.id,
          name: this.nameOf(pair.a === id ? pair.b : pair.a),
          words: [tie.kind, tie.quality && this.t(`q_${tie.quality}`)].filter(Boolean).join(', '),
        })),
      );
  }

  // ------------------------------------------------------------------ dialogs

  /** Opens the dialog to change a tie between two members (kind, contact, who helps whom, support). */
  openTie(id: Id, returnTo?: HTMLElement): void {
    const found = this.memberTie(id);
    if (this.readonly || !found) return;
    if (returnTo) this.returnFocus = returnTo;
    const { tie, a, b } = found;
    this.dialog = {
      type: 'tie',
      id,
      a,
      b,
      values: { kind: tie.kind ?? '', quality: tie.quality, flow: tie.flow === 'none' ? undefined : tie.flow, support: [...(tie.support ?? [])] },
    };
  }

  /** Opens the add dialog, optionally for a ring and sector (a tap on an empty spot). */
  openAdd(ring?: number, sector?: string): void {
    if (this.readonly) return;
    this.returnFocus ??= 'toolbar';
    this.dialog = {
      type: 'person',
      isClient: false,
      values: {
        name: '',
        kind: 'person',
        role: '',
        sector: sector ?? this.sectorList[0].id,
        ring: ring ?? 1,
        professional: sector === 'professionals',
        support: [],
      },
    };
  }

  /** Opens a person (the client too) to change it. */
  openPerson(id: Id): void {
    if (this.readonly) return;
    this.returnFocus = id;
    if (id === this.doc.egoId) {
      const ego = this.model.ego;
      if (!ego) return;
      this.dialog = {
        type: 'person',
        id,
        isClient: true,
        values: { name: ego.name, kind: 'person', role: ego.role ?? '', sector: '', ring: 1, professional: false, support: [] },
      };
      return;
    }
    const p = this.model.byId.get(id);
    if (!p) return;
    const tie = p.egoTies[0];
    this.dialog = {
      type: 'person',
      id,
      isClient: false,
      values: {
        name: p.person.name,
        kind: p.person.kind,
        role: p.person.role ?? '',
        sector: p.sector,
        ring: p.ring,
        professional: p.person.professional === true,
        quality: tie?.quality,
        flow: tie?.flow,
        support: [...(tie?.support ?? [])],
        frequency: tie?.contactFrequency,
        valuation: tie?.valuation,
      },
    };
  }

  /** Opens the "move to…" dialog: ring and sector without dragging. */
  openMove(id: Id): void {
    if (this.readonly || id === this.doc.egoId) return;
    const p = this.model.byId.get(id);
    if (!p) return;
    this.returnFocus = id;
    this.dialog = { type: 'move', id, name: this.nameOf(id), ring: p.ring, sector: p.sector };
  }

  openConnect(from?: Id): void {
    if (this.readonly) return;
    this.returnFocus = from ?? 'toolbar';
    this.dialog = { type: 'connect', from };
  }

  private closeDialog = (): void => {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    if (!this.dialog) return;
    this.dialog = undefined;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => {
      if (target instanceof HTMLElement) {
        if (target.isConnected) target.focus();
        else this.renderRoot.querySelector<HTMLElement>('[data-action=add]')?.focus();
      } else if (target && target !== 'toolbar') this.focusPerson(target);
      else this.renderRoot.querySelector<HTMLElement>('[data-action=add]')?.focus();
    });
  };

  // ------------------------------------------------------------------ focus and keys

  /** People in reading order: the client, then by sector, ring and angle. */
  private focusOrder(): Id[] {
    const sectorIndex = new Map(this.sectorList.map((s, i) => [s.id, i]));
    const angle = (id: Id) => {
      const p = this.positions[id];
      return p ? angleOf(p.x, p.y) : 0;
    };
    const people = [...this.model.placed].sort(
      (a, b) =>
        (sectorIndex.get(a.sector) ?? 0) - (sectorIndex.get(b.sector) ?? 0) ||
        a.ring - b.ring ||
        angle(a.person.id) - angle(b.person.id),
    );
    return [this.doc.egoId, ...people.map((p) => p.person.id)];
  }

  /** The person nearest in angle in the ring `step` rings away (the client is inside ring 1). */
  private neighbourInRing(id: Id, step: -1 | 1): Id | undefined {
    const ring = id === this.doc.egoId ? 0 : (this.model.byId.get(id)?.ring ?? 0);
    const pos = this.positions[id];
    for (let r = ring + step; r >= 0 && r <= this.ringList.length; r += step) {
      if (r === 0) return this.doc.egoId;
      const candidates = this.model.placed.filter((p) => p.ring === r);
      if (!candidates.length) continue;
      const a = pos && (pos.x || pos.y) ? angleOf(pos.x, pos.y) : 0;
      const gap = (p: PlacedPerson) => {
        const q = this.positions[p.person.id];
        const d = Math.abs((q ? angleOf(q.x, q.y) : 0) - a) % 360;
        return Math.min(d, 360 - d);
      };
      return candidates.reduce((best, p) => (gap(p) < gap(best) ? p : best)).person.id;
    }
    return undefined;
  }

  private focusPerson(id: Id | undefined): void {
    if (!id) return;
    this.focusId = id;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`g.person[data-id="${CSS.escape(id)}"]`)?.focus();
    });
  }

  private select(id: Id | null): void {
    this.selectedId = id ?? undefined;
    this.selectPerson(id);
    if (id) this.announce(this.t('selected', { name: id === this.doc.egoId ? this.clientName : this.nameOf(id) }));
  }

  /** Someone starts using the element: fetch the dialogs' code now, so the first one opens at once. */
  private warmUp = (): void => {
    if (!this.readonly) this.dialogs.preload();
  };

  private onHostKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    const inField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (this.dialog) return;
    if (!inField && this.handleHistoryKeys(event)) return;
  };

  private onPictureKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const person = (event.target as Element).closest?.('g.person') as SVGGElement | null;
    const id = person?.dataset.id;
    const order = this.focusOrder();
    const index = id ? order.indexOf(id) : -1;
    const go = (i: number) => {
      event.preventDefault();
      this.focusPerson(order[(i + order.length) % order.length]);
    };
    switch (event.key) {
      case 'ArrowRight':
        return go(index + 1);
      case 'ArrowLeft':
        return go(index - 1);
      case 'ArrowUp':
      case 'ArrowDown': {
        // Up: towards the centre (the next ring in); down: outwards. Nearest by angle.
        event.preventDefault();
        const next = id ? this.neighbourInRing(id, event.key === 'ArrowUp' ? -1 : 1) : undefined;
        if (next) this.focusPerson(next);
        else go(index + (event.key === 'ArrowUp' ? -1 : 1));
        return;
      }
      case 'Home':
        return go(0);
      case 'End':
        return go(order.length - 1);
      case 'Enter':
        if (!id) return;
        event.preventDefault();
        if (this.readonly) this.select(id);
        else this.openPerson(id);
        return;
      case ' ':
        if (!id) return;
        event.preventDefault();
        this.select(id);
        return;
      case 'Escape':
        if (this.drag.dragging) this.drag.cancel();
        else if (this.selectedId) this.select(null);
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.panZoom.zoomBy(1.25);
        return;
      case '-':
        event.preventDefault();
        this.panZoom.zoomBy(0.8);
        return;
      case '0':
        event.preventDefault();
        this.fit();
        return;
    }
    if (this.readonly) return;
    const key = event.key.toLowerCase();
    if ((key === 'delete' || key === 'backspace') && id) {
      event.preventDefault();
      this.deletePerson(id);
    } else if (key === 'm' && id) {
      event.preventDefault();
      this.openMove(id);
    } else if (key === 'n') {
      event.preventDefault();
      this.returnFocus = id;
      this.openAdd();
    } else if (key === 'c') {
      event.preventDefault();
      this.openConnect(id && id !== this.doc.egoId ? id : undefined);
    }
  };

  private onPictureFocusIn = (event: FocusEvent): void => {
    const id = ((event.target as Element).closest?.('g.person') as SVGGElement | null)?.dataset.id;
    if (id && id !== this.focusId) this.focusId = id;
  };

  // ------------------------------------------------------------------ pointer

  /**
   * The person a pointer event is about: its symbol or label, or else the person nearest to the
   * point within a 44 CSS px touch area (at the current zoom). The touch areas are computed, not
   * drawn: hundreds of invisible circles would cost every render and every frame.
   */
  private personFromEvent(event: Event): SVGGElement | null {
    for (const el of event.composedPath()) {
      if (el instanceof SVGGElement && el.classList.contains('person')) return el;
      if (el === this.svgEl) break;
    }
    if (!(event instanceof PointerEvent) || !this.svgEl || !event.composedPath().includes(this.svgEl)) return null;
    const id = this.nearestPerson(this.panZoom.toDrawing(event.clientX, event.clientY));
    return id ? this.renderRoot.querySelector<SVGGElement>(`svg.picture g.person[data-id="${CSS.escape(id)}"]`) : null;
  }

  /** The drawn person whose touch area (a circle 44 CSS px across) holds the point, nearest first. */
  private nearestPerson(point: Point): Id | undefined {
    const reach = hitRadius(this.pxPerUnit * this.panZoom.transform.k);
    let best: Id | undefined;
    let bestDistance = reach;
    const shown = Number.isFinite(this.limit) ? this.model.placed.slice(0, this.limit) : this.model.placed;
    for (const p of shown) {
      const pos = this.positions[p.person.id];
      if (!pos) continue;
      const d = Math.hypot(pos.x - point.x, pos.y - point.y);
      if (d <= bestDistance) {
        bestDistance = d;
        best = p.person.id;
      }
    }
    return best;
  }

  private cellFromEvent(event: Event): Element | null {
    const first = event.composedPath()[0];
    return first instanceof SVGPathElement && first.classList.contains('cell') ? first : null;
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const person = this.personFromEvent(event);
    const id = person?.dataset.id;
    if (person && id) {
      if (!this.readonly && id !== this.doc.egoId) {
        event.stopPropagation();
        this.drag.down(event, person, id);
      }
      return;
    }
    const cell = this.cellFromEvent(event);
    if (cell && !this.readonly) this.tap = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, cell };
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (this.drag.move(event)) event.stopPropagation();
    if (this.tap && this.tap.pointerId === event.pointerId && Math.hypot(event.clientX - this.tap.x, event.clientY - this.tap.y) > 8) {
      this.tap = undefined;
    }
  };

  private onPointerUp = (event: PointerEvent): void => {
    const result = this.drag.up(event);
    if (result === 'tap') {
      const id = this.personFromEvent(event)?.dataset.id;
      if (id) {
        this.focusPerson(id);
        this.select(id);
      }
      return;
    }
    if (result === 'drop') return;
    const person = this.personFromEvent(event);
    if (person?.dataset.id) {
      this.focusPerson(person.dataset.id);
      this.select(person.dataset.id);
      return;
    }
    const tap = this.tap;
    this.tap = undefined;
    if (tap && tap.pointerId === event.pointerId) {
      const ring = Number(tap.cell.getAttribute('data-ring'));
      const sector = tap.cell.getAttribute('data-sector') ?? undefined;
      this.returnFocus = 'toolbar';
      this.openAdd(ring, sector);
    }
  };

  private onPointerCancel = (): void => {
    this.drag.cancel();
    this.tap = undefined;
  };

  private dragHost(): DragHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get egoId() {
        return el.doc.egoId;
      },
      toDrawing: (x, y) => el.panZoom.toDrawing(x, y),
      positionOf: (id) => el.positions[id],
      pairsOf: (id) => el.model.pairsOf.get(id) ?? [],
      pathsOf: (pair) => [...el.renderRoot.querySelectorAll<SVGPathElement>(`svg.picture path.tie[data-pair="${CSS.escape(pair.key)}"]`)],
      dragLayer: () => el.renderRoot.querySelector<SVGGElement>('svg.drag-layer > g'),
      showTarget: (point) => el.showTarget(point),
      start: () => el.store.begin('drag'),
      drop: (id, point) => el.dropAt(id, point),
      cancel: () => el.store.rollback(),
    };
  }

  /** The drop target's outline on the drag layer, and which cell it marks (`ring|sector`). */
  private target?: { key: string; el: SVGPathElement };

  /**
   * Outlines the ring × sector cell under the point (or none) on the drag layer, never in the
   * picture itself: touching the big picture would restyle and repaint it in the middle of a drag.
   */
  private showTarget(point: Point | null): void {
    const cell = point ? this.snap(point) : undefined;
    const key = cell ? `${cell.ring}|${cell.sector}` : '';
    if (key === (this.target?.key ?? '')) return;
    this.target?.el.remove();
    this.target = undefined;
    const layer = this.renderRoot.querySelector<SVGGElement>('svg.drag-layer > g');
    const wedge = cell && this.geom.wedges.find((w) => w.id === cell.sector);
    if (!cell || !wedge || !layer) return;
    const inner = cell.ring === 1 ? this.geom.centerRadius : this.geom.radii[cell.ring - 2];
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    el.setAttribute('class', 'drop-target');
    el.setAttribute('data-ring', String(cell.ring));
    el.setAttribute('data-sector', cell.sector);
    el.setAttribute('d', cellPath(inner, this.geom.radii[cell.ring - 1], wedge.start, wedge.end));
    // Under the moved person's copy.
    layer.insertBefore(el, layer.firstChild);
    this.target = { key, el };
  }

  /** The ring, sector and angle a point in the drawing falls in. */
  private snap(point: Point): { ring: number; sector: string; angle: number } {
    const angle = angleOf(point.x, point.y);
    const ring = ringAt(Math.hypot(point.x, point.y), this.geom.radii);
    return { ring, sector: sectorAt(angle, this.geom.wedges), angle: Math.round(angle * 10) / 10 };
  }

  /** The drop: one edit inside the drag's transaction, committed as one undo step. */
  private dropAt(id: Id, point: Point): void {
    const { ring, sector, angle } = this.snap(point);
    this.place(id, ring, sector, angle);
    this.store.commit();
    this.focusPerson(id);
  }

  // ------------------------------------------------------------------ zoom and export

  /** Shows the whole picture. */
  fit(): void {
    this.panZoom.set({ x: 0, y: 0, k: 1 });
  }

  private exportTitle(): string {
    return this.t('pictureLabel', { client: this.clientName });
  }

  /**
   * The current view as a self-contained SVG document (text), with a legend, the title and
   * the date beside the circles. No scripts, no links, styles written inline.
   */
  async toSvg(): Promise<string> {
    if (this.view !== 'picture') {
      this.view = 'picture';
    }
    const { serializeSvg, longDate } = await this.exportTools();
    this.exporting = true;
    await this.updateComplete;
    const svgEl = this.svgEl;
    let text = '';
    if (svgEl) {
      text = serializeSvg(svgEl, {
        title: `${this.exportTitle()} — ${longDate(new Date(), this.i18n.locale)}`,
        background: getComputedStyle(this).backgroundColor || '#ffffff',
      });
    }
    this.exporting = false;
    return text;
  }

  /** The export and print code (loaded on first use). */
  private async exportTools(): Promise<typeof ExportTools> {
    return this.exporter.ready();
  }

  private async downloadSvg(): Promise<void> {
    const { downloadFile, exportFileName } = await this.exportTools();
    downloadFile(await this.toSvg(), exportFileName(this.exportTitle(), 'svg'), 'image/svg+xml');
  }

  private async downloadPng(): Promise<void> {
    const { downloadFile, exportFileName, svgToPng } = await this.exportTools();
    const h = this.geom.half;
    const png = await svgToPng(await this.toSvg(), 2 * h + EXPORT_LEGEND_WIDTH, 2 * h, 2);
    downloadFile(png, exportFileName(this.exportTitle(), 'png'));
  }

  /** Prints the current view (A4 or A3 landscape) with legend, date and the summary. */
  async print(): Promise<void> {
    const { printView, longDate } = await this.exportTools();
    this.view = 'picture';
    this.exporting = true;
    await this.updateComplete;
    const svgEl = this.svgEl;
    const summary = this.renderRoot.querySelector('.summary');
    // printView clones the nodes at once; the element's own styles go with them as print CSS.
    const printing = printView({
      title: this.exportTitle(),
      subtitle: longDate(new Date(), this.i18n.locale),
      content: [svgEl, summary].filter((n): n is SVGSVGElement | Element => !!n),
      size: this.printSize,
      orientation: 'landscape',
      lang: this.i18n.locale,
      css: printCss(),
    });
    this.exporting = false;
    await printing;
  }

  private legendWords(): LegendWords {
    const hl = parseHighlight(this.highlight);
    return {
      person: this.t('legendPerson'),
      organisation: this.t('legendOrganisation'),
      arrow: this.t('legendArrow'),
      qualities: TIE_QUALITIES.map((q) => [q, this.t(`q_${q}`)] as [string, string]),
      highlighted: hl ? this.t('legendHighlighted', { what: highlightText(this.t, hl) }) : undefined,
    };
  }

  // ------------------------------------------------------------------ render

  private pictureContext(): PictureContext {
    const locale = this.i18n.locale;
    return {
      geom: this.geom,
      model: this.model,
      positions: this.positions,
      rings: this.ringList,
      sectors: this.sectorList,
      locale,
      egoId: this.doc.egoId,
      clientName: this.clientName,
      labels: this.labels,
      initials: this.initialsMap,
      focusId: this.focusId ?? this.doc.egoId,
      selectedId: this.selectedId,
      highlight: parseHighlight(this.highlight),
      limit: this.limit,
      clientLabel: `${this.clientName} (${this.c('client')})`,
      personLabel: (p: PlacedPerson) =>
        this.t('personLabel', {
          name: `${p.person.name || this.c('unnamed')}${p.person.role ? `, ${p.person.role}` : ''}${
            p.person.kind === 'organisation' ? ` (${this.t('organisation')})` : ''
          }`,
          sector: this.sectorName(p.sector),
          ring: this.ringName(p.ring),
        }),
    };
  }

  private renderPicture(): TemplateResult {
    const c = this.pictureContext();
    const half = this.geom.half;
    const count = Math.min(this.limit, this.model.placed.length);
    const effective = this.pxPerUnit * this.panZoom.transform.k;
    const viewBox = `${-half} ${-half} ${2 * half + (this.exporting ? EXPORT_LEGEND_WIDTH : 0)} ${2 * half}`;
    return html`<div class="picture-wrap"><svg
      class=${`picture${effective < 0.6 ? ' compact' : ''}${this.readonly ? '' : ' editable'}${
        !this.layoutSettled && (prefersReducedMotion() || this.isLarge) ? ' settling' : ''
      }`}
      part="picture"
      role="group"
      aria-label=${this.t('pictureLabel', { client: this.clientName })}
      aria-describedby="keys-help"
      viewBox=${viewBox}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerCancel}
      @keydown=${this.onPictureKeyDown}
      @focusin=${this.onPictureFocusIn}
    >
      ${renderDefs()}
      <g class="viewport" transform=${this.panZoom.attribute}>
        ${renderBackground(c)} ${renderTieLayer(c, count)} ${renderPeopleLayer(c, count)}
        ${renderClient(c)}
      </g>
      ${this.exporting
        ? renderExportLegend(c, {
            x: half + 8,
            y: -half + 8,
            title: this.exportTitle(),
            date: this.exporter.get()?.longDate(new Date(), this.i18n.locale) ?? '',
            words: this.legendWords(),
          })
        : nothing}
    </svg>
    <svg class="drag-layer" aria-hidden="true" viewBox=${viewBox}><g transform=${this.panZoom.attribute}></g></svg>
    </div>
    <div class="zoom" part="zoom">
      <button type="button" @click=${() => this.panZoom.zoomBy(1.25)} aria-label=${this.t('zoomIn')} title=${this.t('zoomIn')} aria-keyshortcuts="+">+</button>
      <button type="button" @click=${() => this.panZoom.zoomBy(0.8)} aria-label=${this.t('zoomOut')} title=${this.t('zoomOut')} aria-keyshortcuts="-">−</button>
      <button type="button" @click=${() => this.fit()} aria-label=${this.t('fit')} title=${this.t('fit')} aria-keyshortcuts="0">⤢</button>
    </div>`;
  }

  /**
   * The toolbar: one row. When the row would wrap (a phone, a tablet, a split screen) the less
   * used tools move into a "More" menu step by step (`toolbarLevel`), so the row stays short
   * and nothing is cut off; the everyday tools (add, undo, redo) always stay in the row.
   */
  private renderToolbar(): TemplateResult {
    const focused = this.focusId && this.focusId !== this.doc.egoId ? this.focusId : undefined;
    const hl = this.highlight;
    const level = this.toolbarLevel;
    const edit = !this.readonly;
    const add = html`<button type="button" class="primary" data-action="add" @click=${() => this.openAdd()} aria-keyshortcuts="N">
      ${this.t('addPerson')}
    </button>`;
    // Undo and redo as arrows with a tooltip (names for screen readers; Ctrl+Z on a keyboard).
    const history = html`<button type="button" class="icon" data-action="undo" @click=${() => this.undo()} ?disabled=${!this.store.canUndo}
        aria-keyshortcuts="Control+Z" aria-label=${this.c('undo')} title=${this.c('undo')}>↶</button>
      <button type="button" class="icon" data-action="redo" @click=${() => this.redo()} ?disabled=${!this.store.canRedo}
        aria-keyshortcuts="Control+Shift+Z" aria-label=${this.c('redo')} title=${this.c('redo')}>↷</button>`;
    const connect = edit
      ? html`<button type="button" data-action="connect" @click=${() => this.openConnect(focused)} ?disabled=${this.model.placed.length < 1} aria-keyshortcuts="C">
          ${this.t('connect')}
        </button>`
      : nothing;
    const move = edit
      ? html`<button type="button" data-action="move" @click=${() => focused && this.openMove(focused)} ?disabled=${!focused} aria-keyshortcuts="M">
          ${this.t('moveTo')}
        </button>`
      : nothing;
    const table = html`<button type="button" data-action="table" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => (this.view = this.view === 'table' ? 'picture' : 'table')}>
      ${this.c('showTable')}
    </button>`;
    const highlight = html`<label class="hl">
      <span>${this.t('highlight')}</span>
      <select @change=${(e: Event) => (this.highlight = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!hl}>${this.t('highlightNone')}</option>
        <optgroup label=${this.t('hlSupport')}>
          ${SUPPORT_KINDS.map((s) => html`<option value=${`support:${s}`} ?selected=${hl === `support:${s}`}>${this.t(`s_${s}`)}</option>`)}
        </optgroup>
        <optgroup label=${this.t('hlFrequency')}>
          ${CONTACT_FREQUENCIES.map((s) => html`<option value=${`frequency:${s}`} ?selected=${hl === `frequency:${s}`}>${this.t(`f_${s}`)}</option>`)}
        </optgroup>
        <optgroup label=${this.t('hlValuation')}>
          ${VALUATIONS.map((s) => html`<option value=${`valuation:${s}`} ?selected=${hl === `valuation:${s}`}>${this.t(`v_${s}`)}</option>`)}
        </optgroup>
      </select>
    </label>`;
    const exports = html`<button type="button" @click=${() => void this.downloadSvg()}>${this.c('exportSvg')}</button>
      <button type="button" @click=${() => void this.print()}>${this.c('print')}</button>
      <button type="button" @click=${() => void this.downloadPng()}>${this.c('exportPng')}</button>`;
    const row =
      level === 2
        ? html`${edit ? html`${add} ${connect} ${move} ${history}` : nothing} ${table} ${highlight}`
        : level === 1
          ? html`${edit ? html`${add} ${connect} ${history}` : nothing} ${table}`
          : html`${edit ? html`${add} ${history}` : nothing}`;
    const menu = level === 2 ? exports : level === 1 ? html`${move} ${highlight} ${exports}` : html`${connect} ${move} ${table} ${highlight} ${exports}`;
    return html`<div class=${`toolbar level-${level}`} part="toolbar" role="toolbar" aria-label=${this.t('toolbarLabel')}>
      ${row}
      <details class=${level === 2 ? 'menu dropdown' : 'menu more dropdown'} @keydown=${this.onMenuKeyDown} @click=${this.onMenuClick}>
        ${level === 2
          ? html`<summary>${this.t('exportMenu')}</summary>`
          : html`<summary aria-label=${this.t('moreLabel')}>${this.t('more')} <span aria-hidden="true">▾</span></summary>`}
        <div class="menu-items dropdown-panel">${menu}</div>
      </details>
    </div>`;
  }

  /** A menu closes after a choice (a button in it), and with Escape (focus back on its summary). */
  private onMenuClick = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    if ((event.target as Element).closest('.menu-items button')) details.open = false;
  };

  private onMenuKeyDown = (event: KeyboardEvent): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key !== 'Escape' || !details.open) return;
    event.preventDefault();
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  private renderDialog(): TemplateResult | typeof nothing {
    const d = this.dialog;
    if (!d) return nothing;
    const dialogs = this.dialogs.get();
    if (!dialogs) return nothing;
    const { personDialog, tieDialog, moveDialog, connectDialog } = dialogs;
    const common = {
      t: this.t,
      locale: this.i18n.locale,
      rings: this.ringList,
      sectors: this.sectorList,
      onClose: this.closeDialog,
    };
    if (d.type === 'person') {
      return personDialog({
        ...common,
        state: d,
        clientName: this.clientName,
        saveLabel: this.c('save'),
        cancelLabel: this.c('cancel'),
        deleteLabel: this.c('delete'),
        onSave: (v) => this.savePerson(v),
        otherTies: d.id && !d.isClient ? this.otherTies(d.id) : undefined,
        onEditTie: (id) => this.openTie(id),
        onDelete:
          d.id && !d.isClient
            ? () => {
                const id = d.id!;
                this.returnFocus = undefined;
                this.closeDialog();
                this.deletePerson(id);
              }
            : undefined,
      });
    }
    if (d.type === 'tie') {
      return tieDialog({
        ...common,
        state: d,
        cancelLabel: this.c('cancel'),
        saveLabel: this.c('save'),
        deleteLabel: this.t('deleteTie'),
        onSave: (v) => this.saveTie(v),
        onDelete: () => {
          this.removeMemberTie(d.id);
          this.closeDialog();
        },
      });
    }
    if (d.type === 'move') {
      return moveDialog({
        ...common,
        state: d,
        cancelLabel: this.c('cancel'),
        onMove: (ring, sector) => {
          this.place(d.id, ring, sector);
          this.closeDialog();
        },
      });
    }
    return connectDialog({
      ...common,
      state: d,
      people: [
        { id: this.doc.egoId, name: this.clientName },
        ...this.model.placed.map((p) => ({ id: p.person.id, name: p.person.name || this.c('unnamed') })),
      ],
      cancelLabel: this.c('cancel'),
      saveLabel: this.c('save'),
      onConnect: (v) => this.connect(v),
    });
  }

  /** The table view, once its code is there (a moment on first use). */
  private renderTableView(c: TableContext): TemplateResult | typeof nothing {
    return this.table.get()?.renderTable(c) ?? nothing;
  }

  override render(): TemplateResult {
    const locale = this.i18n.locale;
    const panel = { t: this.t, locale, rings: this.ringList, sectors: this.sectorList, clientName: this.clientName };
    const empty = this.model.placed.length === 0;
    return html`<div class="root" @keydown=${this.onHostKeyDown} @focusin=${this.warmUp} @pointerdown=${this.warmUp}>
      ${this.renderDataErrors()} ${this.renderToolbar()}
      ${empty && !this.readonly
        ? html`<div class="empty" part="empty">
            <h2>${this.t('emptyTitle')}</h2>
            <p>${this.t('emptyText')}</p>
          </div>`
        : nothing}
      <div class="main">
        <div class="stage">
          ${this.view === 'table'
            ? this.renderTableView({
                ...panel,
                model: this.model,
                readonly: this.readonly,
                names: new Map([[this.doc.egoId, this.clientName], ...this.model.placed.map((p) => [p.person.id, p.person.name] as [Id, string])]),
                labels: { edit: this.c('edit'), del: this.c('delete') },
                onPlace: (id, ring, sector) => this.place(id, ring, sector),
                onEdit: (id) => this.openPerson(id),
                onMove: (id) => this.openMove(id),
                onDelete: (id) => this.deletePerson(id),
                onDeleteTie: (id) => this.removeMemberTie(id),
                onTie: (id, patch) => this.updateMemberTie(id, patch),
                onEditTie: (id, from) => this.openTie(id, from),
              })
            : this.renderPicture()}
          <p id="keys-help" class="keys-help">${this.t('keysHelp')}</p>
        </div>
        <aside class="side">
          ${this.hideLegend ? nothing : renderLegend({ ...panel, legendTitle: this.c('legend'), highlight: parseHighlight(this.highlight) })}
          ${this.hideSummary ? nothing : renderSummary({ ...panel, summary: summarise(this.model, this.ringList, this.sectorList) })}
        </aside>
      </div>
      ${this.renderDialog()} ${this.renderLiveRegion()}
    </div>`;
  }
}

/** The print page: the element's own look (tokens and styles on the page root), the picture large, then the summary. */
const printCss = () =>
  [themeTokens, circlesStyles].map((sheet) => sheet.cssText.replaceAll(':host', ':root')).join('\n') + PRINT_CSS;

const PRINT_CSS = `
  .cn-print-svg svg { max-height: 150mm; }
  .summary { font-size: 10pt; }
  .summary h2 { font-size: 12pt; }
  .summary table { border-collapse: collapse; }
  .summary th, .summary td { border: 1px solid #000; padding: 1mm 2mm; }
  .share { display: none; }
`;
