import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { NetworkElement } from '../../base/network-element.js';
import { PanZoomController } from '../../base/pan-zoom.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { editSafetyMessages } from '../../i18n/catalogs/edit-safety.js';
import { genogramMessages, kinshipMessages } from '../../i18n/catalogs/genogram-editor.js';
import type { MessageParams } from '../../i18n/catalog.js';
import { removePerson, setOrder, updatePerson } from '../../model/operations/index.js';
import type { CareNetwork, Change, Id, Person, Union } from '../../model/types.js';
import { LazyPart } from '../../base/lazy-part.js';
import type { GenogramLayout, GenogramOptions } from '../../layout/types.js';
import type { StoreEvent } from '../../store/network-store.js';
import { addRelative, canAdd, type Action, type AddKind } from './genogram-actions.js';
import {
  birthKey,
  childrenOf,
  focusWindow,
  genogramView,
  indexFamily,
  parentUnion,
  parentsOf,
  partnersOf,
  siblingsOf,
  type FamilyIndex,
} from './family-graph.js';
import { computeLayout } from './genogram-layout.js';
import { NODE_WIDTH, ROW_HEIGHT, SYMBOL, drawGenogram, drawingBounds, sliceOrder, type Bounds } from './genogram-drawing.js';
import { legendSvg, renderLegend, usedEntries } from './genogram-legend.js';
import { displayName, personDescription, personTitle, type GenogramKey, type Words } from './genogram-labels.js';
import { renderCompromises } from './genogram-compromises.js';
import type { Dialog, PersonDraft } from './genogram-dialogs.js';
import { renderFamilyTable } from './genogram-table.js';
import type { PendingImport } from './genogram-gedcom.js';
import { genogramStyles } from './genogram-editor.styles.js';
import { HEALTH_SLOTS } from './genogram-symbols.js';
import type { KinKey } from './kinship.js';

/** Below this scale labels cannot be read; fitting stops here and centres the selected person. */
const MIN_READABLE_SCALE = 0.55;

/** The GEDCOM importer/exporter is loaded when first used: most users never import a file. */
const loadGedcom = () => import('../../io/index.js');
/** So are SVG, PNG and print export. */
const loadExport = () => import('../../base/export.js');
/** And the worker that lays out big families and reads GEDCOM files (small families never need it). */
const loadJobs = () => import('./genogram-jobs.js');

/**
 * From this many people in view on, the layout is computed in a worker (it takes hundreds of
 * milliseconds for a thousand people) and the drawing is built over several frames, this many
 * people per frame, so no task blocks the page for long.
 */
const OFF_THREAD_LAYOUT = 60;
const SLICE = 60;

/** Shown while the first layout of a big family is on its way. */
const NO_LAYOUT: GenogramLayout = {
  positions: {},
  unions: [],
  quality: { overlaps: 0, offRow: 0, couplesAdjacent: 1, crossings: 0, meanSibshipOffset: 0, meanDisplacement: 0 },
  compromises: [],
  hidden: [],
};

interface LayoutKey {
  doc: CareNetwork;
  focus: Id | null;
  generations: number;
}

const ADD_ACTIONS: Array<{ kind: AddKind; label: GenogramKey; short: GenogramKey; key: GenogramKey }> = [
  { kind: 'mother', label: 'addMother', short: 'shortMother', key: 'key_mother' },
  { kind: 'father', label: 'addFather', short: 'shortFather', key: 'key_father' },
  { kind: 'parents', label: 'addParents', short: 'shortParents', key: 'key_parents' },
  { kind: 'partner', label: 'addPartner', short: 'shortPartner', key: 'key_partner' },
  { kind: 'child', label: 'addChild', short: 'shortChild', key: 'key_child' },
  { kind: 'sibling', label: 'addSibling', short: 'shortSibling', key: 'key_sibling' },
  { kind: 'twin', label: 'addTwin', short: 'shortTwin', key: 'key_twin' },
];

/**
 * The family diagram (genogram, familiekaart) in the standard notation of McGoldrick, Gerson &
 * Petry (2020), edited in place: select a person, then add parents, partners, children,
 * brothers and sisters or twins, edit details, change a partnership over time, draw emotional
 * relations. Every action has a button, a letter key and a menu item; nothing needs drag. The
 * arrow keys walk the family and each person is announced with their relation to the client.
 * A table view lists everyone with parents, partners and children; large families show a
 * focus window of a few generations around a chosen person.
 *
 * @tagname genogram-editor
 * @summary The family diagram in standard genogram notation, edited by button, key or menu.
 *
 * @fires {CustomEvent<CareNetworkChangeDetail>} care-network-change - After every edit, undo and redo (when the element owns its document). Detail: `{ doc, change, source }`.
 * @fires {CustomEvent<CareNetworkErrorDetail>} care-network-error - When `network` is invalid; the last valid document stays shown. Detail: `{ errors, rejected }`.
 * @fires {CustomEvent<PersonSelectDetail>} person-select - When the selected person changes (click, tap, arrow keys, table). Detail: `{ personId, person }`.
 *
 * @csspart toolbar - The bar with the actions.
 * @csspart canvas - The scrolling area around the drawing.
 * @csspart drawing - The SVG drawing.
 * @csspart compromises - The notes under the drawing where the layout had to compromise (lines that must cross, loops), each naming the person concerned.
 * @csspart person - One person's symbol and labels.
 * @csspart legend - The key to the symbols and lines.
 * @csspart table - The table view.
 * @csspart dialog - The edit dialogs.
 * @csspart menu - The context menu of a person.
 * @csspart live-region - The polite announcements for screen readers.
 * @csspart error - The message about a refused document.
 *
 * @cssproperty --cn-genogram-height - Height of the drawing area (default: min(70vh, 640px)).
 * @cssproperty --cn-genogram-symbol-fill - Fill of the person symbols.
 * @cssproperty --cn-genogram-health - Fill of health markers (default: the text colour, so it prints in black).
 * @cssproperty --cn-genogram-household - Line of the household boundary.
 * @cssproperty --cn-relation-positive - Emotional relations such as close, fused, caretaker (the pattern carries the meaning; colour is extra).
 * @cssproperty --cn-relation-negative - Conflict, hostile, distrust.
 * @cssproperty --cn-relation-abuse - Abuse and neglect.
 * @cssproperty --cn-relation-neutral - Distant, cutoff, focused on.
 */
export class GenogramEditor extends NetworkElement {
  static override styles = [...NetworkElement.styles, genogramStyles];

  /** Generations above and below the focus person shown in the focus window. */
  @property({ type: Number, attribute: 'focus-generations' }) focusGenerations = 2;

  /** From this many people on, the drawing opens as a focus window around the client. */
  @property({ type: Number, attribute: 'large-family' }) largeFamily = 120;

  /** Hides the on-screen legend (it can still be opened from the toolbar). */
  @property({ type: Boolean, attribute: 'hide-legend', reflect: true }) hideLegend = false;

  /** Shows the full key of the notation instead of only what the drawing uses. */
  @property({ type: Boolean, attribute: 'full-legend', reflect: true }) fullLegend = false;

  /** `picture` (the drawing) or `table` (everyone with parents, partners and children). */
  @property({ reflect: true }) view: 'picture' | 'table' = 'picture';

  /** The selected person (defaults to the client). */
  @property({ attribute: 'selected-id' }) selectedId?: Id;

  /** The person the focus window is centred on; `null` shows everyone. Defaults by family size. */
  @property({ attribute: false }) focusId?: Id | null;

  @state() private dialog?: Dialog;
  /** The dialog's person as last seen in the document. */
  private dialogPerson?: Person;
  @state() private draft: PersonDraft = { markers: [] };
  @state() private menu?: { personId: Id; x: number; y: number };

  /** True while the drawing is rendered for export: whole family, legend, no selection. */
  @state() private exporting = false;
  /** Size of the visible drawing area in px (the SVG's viewBox matches it). */
  @state() private viewport = { width: 0, height: 0 };

  private readonly panZoom = new PanZoomController(this, {
    minScale: 0.1,
    maxScale: 3,
    // A press on a person selects it; only the background pans.
    canPan: (e) => !(e.target as Element).closest?.('[data-node]'),
  });
  private resizeObserver?: ResizeObserver;
  /** Fit the drawing into view after the next render (new document, new focus). */
  private needsFit = true;

  /** A GEDCOM file read and waiting for the user's decision. */
  @state() private pendingImport?: PendingImport;

  // Parts only needed after a user action, loaded on first use (see LazyPart; updateComplete
  // waits for a load in flight): the edit dialogs (preloaded when the browser is idle, so the
  // first Enter rarely waits), the context menu and the GEDCOM import review.
  private readonly dialogsPart = new LazyPart(this, () => import('./genogram-dialogs.js'), (m) => m.dialogStyles);
  private readonly menuPart = new LazyPart(this, () => import('./genogram-menu.js'), (m) => m.menuStyles);
  private readonly gedcomPart = new LazyPart(this, () => import('./genogram-gedcom.js'), (m) => m.dialogStyles);

  @query('dialog.edit-dialog') private dialogEl?: HTMLDialogElement;
  @query('dialog.import-dialog') private importDialogEl?: HTMLDialogElement;
  @query('.canvas') private canvasEl?: HTMLElement;

  private layoutCache?: LayoutKey & { layout: GenogramLayout };
  /** The layout being computed off the main thread (big families). */
  private layoutJob?: LayoutKey;
  /** Slices of the drawing built so far (big drawings grow over frames, see `SLICE`). */
  @state() private drawnSlices = 1;
  private slicing?: { layout: GenogramLayout; of: Map<Id, number>; count: number };
  /** The next big layout is a new family or focus: build its drawing from the first slice. */
  private regrow = false;
  private advancing = false;
  private indexCache?: FamilyIndex;
  /** Move keyboard focus to the selected person after the next render. */
  private focusPending = false;

  // ------------------------------------------------------------------ derived data

  private get words(): Words {
    return {
      t: (key: GenogramKey, params?: MessageParams) => this.i18n.t(genogramMessages, key, params),
      kin: (key: KinKey) => this.i18n.t(kinshipMessages, key),
    };
  }

  private get family(): FamilyIndex {
    if (this.indexCache?.doc !== this.doc) this.indexCache = indexFamily(this.doc);
    return this.indexCache;
  }

  private familyCache?: { doc: CareNetwork; family: CareNetwork };
  /** The document with only the people the genogram shows. */
  private get familyDoc(): CareNetwork {
    if (this.familyCache?.doc !== this.doc) this.familyCache = { doc: this.doc, family: genogramView(this.doc) };
    return this.familyCache.family;
  }

  private get people(): Person[] {
    return this.familyDoc.people;
  }

  /** The focus window centre, or null for everyone. Large families start focused on the client. */
  get effectiveFocus(): Id | null {
    if (this.focusId !== undefined) return this.focusId && this.family.people.has(this.focusId) ? this.focusId : null;
    return this.people.length >= this.largeFamily ? this.doc.egoId : null;
  }

  /**
   * The current layout (positions per person, union geometry, quality, hidden ids). For a big
   * family it is computed in a worker: until it arrives this is the previous layout (or an empty
   * one) and `drawn` has not resolved.
   */
  get layout(): GenogramLayout {
    const key: LayoutKey = { doc: this.doc, focus: this.effectiveFocus, generations: this.focusGenerations };
    const c = this.layoutCache;
    if (c && sameKey(c, key)) return c.layout;
    const { input, outside } = this.layoutInput(key.focus);
    const options: GenogramOptions = {
      symbolSize: SYMBOL,
      nodeWidth: NODE_WIDTH,
      rowHeight: ROW_HEIGHT,
      focusId: key.focus ?? undefined,
      generations: key.focus ? key.generations : undefined,
      previous: c?.layout.positions,
      order: this.orders(),
    };
    const keep = (computed: GenogramLayout) => {
      const layout = outside.length ? { ...computed, hidden: [...new Set([...computed.hidden, ...outside])] } : computed;
      this.layoutCache = { ...key, layout };
      return layout;
    };
    if (input.people.length < OFF_THREAD_LAYOUT) return keep(computeLayout(input, options));
    if (!this.layoutJob || !sameKey(this.layoutJob, key)) {
      this.layoutJob = key;
      const arrived = (computed: GenogramLayout) => {
        if (this.layoutJob !== key) return;
        this.layoutJob = undefined;
        // A new family or focus is fitted into view once its layout is there.
        if (!c || c.focus !== key.focus) this.needsFit = this.regrow = true;
        keep(computed);
        this.requestUpdate();
      };
      loadJobs()
        .then((jobs) => jobs.layoutOffThread(input, options))
        .then(arrived, () => arrived(computeLayout(input, options)));
    }
    return c?.layout ?? NO_LAYOUT;
  }

  /** True while a layout is being computed off the main thread. */
  get layingOut(): boolean {
    return this.layoutJob !== undefined;
  }

  /**
   * Resolves when the drawing is complete: the layout has arrived and every slice of a big
   * drawing is on the page.
   */
  get drawn(): Promise<void> {
    return (async () => {
      for (;;) {
        await this.updateComplete;
        const slicing = this.slicing;
        const pending = this.layoutJob || (this.view === 'picture' && slicing && slicing.layout === this.layout && this.drawnSlices < slicing.count);
        if (!pending || !this.isConnected) return;
        await new Promise((r) => requestAnimationFrame(r));
      }
    })();
  }

  /** The people (and their unions) the layout is asked for: everyone, or the focus window. */
  private layoutInput(focus: Id | null): { input: CareNetwork; outside: Id[] } {
    // A focus window lays out only the people near the focus, so a family of thousands never
    // reaches the layout or the page at once.
    let input = this.familyDoc;
    let outside: Id[] = [];
    if (focus) {
      const inside = focusWindow(this.family, focus, this.focusGenerations);
      outside = input.people.filter((p) => !inside.has(p.id)).map((p) => p.id);
      input = { ...input, people: input.people.filter((p) => inside.has(p.id)) };
      input.unions = input.unions
        .map((u) => ({ ...u, partners: u.partners.filter((p) => inside.has(p)), children: u.children.filter((c) => inside.has(c.personId)) }))
        .filter((u) => u.partners.length > 0);
    }
    return { input, outside };
  }

  /** Orders for the layout: the user's (layout hints) first, else oldest child left. */
  private orders(): Record<string, Id[]> {
    const hints = this.doc.layout['genogram-editor']?.order ?? {};
    const orders: Record<string, Id[]> = { ...hints };
    for (const u of this.doc.unions) {
      const key = `children:${u.id}`;
      if (!orders[key] && u.children.length > 1) orders[key] = this.childOrder(u);
    }
    return orders;
  }

  private childOrder(union: Union): Id[] {
    const hint = this.doc.layout['genogram-editor']?.order[`children:${union.id}`];
    const ids = union.children.map((c) => c.personId);
    if (hint) return [...hint.filter((id) => ids.includes(id)), ...ids.filter((id) => !hint.includes(id))];
    return [...ids].sort((a, b) => birthKey(this.family.people.get(a)).localeCompare(birthKey(this.family.people.get(b))));
  }

  private get selected(): Id {
    return this.selectedId && this.family.people.has(this.selectedId) ? this.selectedId : this.doc.egoId;
  }

  private get isEmptyStart(): boolean {
    const ego = this.family.people.get(this.doc.egoId);
    return !this.readonly && this.doc.people.length === 1 && !ego?.name?.trim();
  }

  private slotsCache?: { doc: CareNetwork; slots: Map<string, number>; conditions: string[] };

  /** Health conditions in order of first use, each with its fill slot (once per document). */
  private healthSlots(): { slots: Map<string, number>; conditions: string[] } {
    if (this.slotsCache?.doc === this.doc) return this.slotsCache;
    const conditions: string[] = [];
    const slots = new Map<string, number>();
    for (const p of this.doc.people)
      for (const m of p.healthMarkers ?? []) {
        const key = m.condition.toLowerCase();
        if (slots.has(key)) continue;
        slots.set(key, conditions.length % HEALTH_SLOTS);
        conditions.push(m.condition);
      }
    this.slotsCache = { doc: this.doc, slots, conditions };
    return this.slotsCache;
  }

  private descriptions?: { index: FamilyIndex; locale: string; map: Map<Id, string> };

  /** A person's accessible description, computed once per document and language. */
  private describe(id: Id): string {
    const d = this.descriptions;
    if (!d || d.index !== this.family || d.locale !== this.i18n.locale)
      this.descriptions = { index: this.family, locale: this.i18n.locale, map: new Map() };
    const map = this.descriptions!.map;
    let text = map.get(id);
    if (text === undefined) {
      text = personDescription(this.family, id, this.words);
      map.set(id, text);
    }
    return text;
  }

  // ------------------------------------------------------------------ lifecycle

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.readonly) this.dialogsPart.preload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('focusId') || changed.has('focusGenerations') || changed.has('view')) this.needsFit = true;
    // Fitting here (before rendering) puts the transform into this render, not a second one.
    // A layout still on its way is fitted when it arrives.
    if (this.needsFit && this.viewport.width && !this.exporting && this.view === 'picture' && (this.layout, !this.layoutJob)) {
      this.needsFit = false;
      this.fit();
    }
    if (this.view === 'picture') this.updateSlicing();
  }

  /** A big drawing is built over frames, nearest the selected person first (see `SLICE`). */
  private updateSlicing(): void {
    const layout = this.layout;
    if (this.exporting || Object.keys(layout.positions).length <= SLICE) {
      this.slicing = undefined;
      return;
    }
    if (this.slicing?.layout === layout) return;
    const regrow = !this.slicing || this.regrow;
    this.regrow = false;
    this.slicing = { layout, ...sliceOrder(layout, this.selected, SLICE) };
    // A new family or focus grows slice by slice; after an edit the drawing is redrawn at once.
    this.drawnSlices = regrow ? 1 : this.slicing.count;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.slicing && this.drawnSlices < this.slicing.count && !this.advancing && this.view === 'picture') {
      this.advancing = true;
      requestAnimationFrame(() => {
        this.advancing = false;
        this.drawnSlices += 1;
      });
    }
    const canvas = this.canvasEl;
    this.panZoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg[part="drawing"]'));
    // Not after a disconnect (an update can still run then): that observer would never be disconnected.
    if (canvas && this.isConnected && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(([entry]) => {
        const { width, height } = entry.contentRect;
        // Next frame: a size change re-renders, which must not happen inside the observer's turn.
        requestAnimationFrame(() => {
          if (Math.abs(width - this.viewport.width) <= 1 && Math.abs(height - this.viewport.height) <= 1) return;
          // Refit on a new size unless the user has zoomed or panned since the last fit.
          if (!this.viewport.width || this.atLastFit()) this.needsFit = true;
          this.viewport = { width, height };
        });
      });
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(canvas);
    }
    if (canvas && !this.viewport.width && canvas.clientWidth) {
      this.needsFit = true;
      this.viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
    }

    if (this.dialog && this.dialogEl && !this.dialogEl.open) {
      this.dialogEl.showModal();
      this.dialogEl.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    if (this.pendingImport && this.importDialogEl && !this.importDialogEl.open) {
      this.importDialogEl.showModal();
      this.importDialogEl.querySelector<HTMLElement>('button.primary, button')?.focus();
    }
    if (this.menu) {
      const first = this.renderRoot.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])');
      if (first && !this.renderRoot.querySelector('[role="menu"]')?.contains(this.shadowRoot!.activeElement)) first.focus();
    }
    if (this.focusPending) {
      const el = this.renderRoot.querySelector<SVGGElement>(`[data-person="${CSS.escape(this.selected)}"]`);
      // Someone not drawn yet (a layout on its way, a slice still to come) is focused when they are.
      if (el || !(this.layoutJob || this.slicing)) this.focusPending = false;
      if (el) {
        el.focus();
        this.revealPerson(el);
      }
    }
  }

  /** Pans so the person the keyboard reached is in view. */
  private revealPerson(el: SVGGElement): void {
    const canvas = this.canvasEl;
    if (!canvas) return;
    const box = el.getBoundingClientRect();
    const view = canvas.getBoundingClientRect();
    const margin = 24;
    let dx = 0;
    let dy = 0;
    if (box.left < view.left + margin || box.right > view.right - margin) dx = view.left + view.width / 2 - (box.left + box.width / 2);
    if (box.top < view.top + margin || box.bottom > view.bottom - margin) dy = view.top + view.height / 2 - (box.top + box.height / 2);
    if (dx || dy) this.panZoom.panBy(dx, dy);
  }

  private lastFit?: string;

  private atLastFit(): boolean {
    return this.lastFit === undefined || this.lastFit === this.panZoom.attribute;
  }

  /** Fits the family into view; small families stay at their natural size. */
  fit(): void {
    this.fitTransform();
    this.lastFit = this.panZoom.attribute;
  }

  private fitTransform(): void {
    const b = drawingBounds(this.layout);
    const { width, height } = this.viewport;
    if (!width || !height) return;
    this.panZoom.fit(b, { width, height });
    const k = this.panZoom.transform.k;
    if (k > 1) {
      this.panZoom.set({ k: 1, x: width / 2 - (b.x + b.width / 2), y: height / 2 - (b.y + b.height / 2) });
    } else if (k < MIN_READABLE_SCALE) {
      // Too small to read (a phone, a big family): stay readable around the selected person; pan to see more.
      const p = this.layout.positions[this.selected] ?? { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      this.panZoom.set({ k: MIN_READABLE_SCALE, x: width / 2 - p.x * MIN_READABLE_SCALE, y: height / 2 - p.y * MIN_READABLE_SCALE });
    }
  }

  private zoom(factor: number): void {
    this.panZoom.zoomBy(factor, { x: this.viewport.width / 2, y: this.viewport.height / 2 });
  }

  protected override describeChange(change: Change): string {
    return change.label ?? this.i18n.t(genogramMessages, 'updated', { name: '' }).trim();
  }

  protected override onStoreEvent(event: StoreEvent): void {
    super.onStoreEvent(event);
    if (event.source === 'replace') {
      this.layoutCache = undefined;
      this.needsFit = this.regrow = true;
      // An open dialog keeps what was typed; it says at once when its person is gone.
      if (this.dialog && !event.doc.people.some((p) => p.id === this.dialog!.personId)) {
        this.editProblem = this.i18n.t(editSafetyMessages, 'targetGone');
      }
    }
  }

  // ------------------------------------------------------------------ selection and walking

  /** Selects a person, tells the host, and (from the keyboard) announces who it is. */
  select(id: Id, options: { focus?: boolean; announce?: boolean } = {}): void {
    if (!this.family.people.has(id)) return;
    const changed = id !== this.selected;
    this.selectedId = id;
    this.menu = undefined;
    if (options.focus) this.focusPending = true;
    if (changed) this.selectPerson(id);
    if (options.announce) this.announce(personTitle(this.family, id, this.words));
  }

  /** Moves the selection along the family: up to parents, down to children, sideways to partners and siblings. */
  walk(direction: 'up' | 'down' | 'left' | 'right'): Id | undefined {
    const layout = this.layout;
    const pos = layout.positions;
    const from = this.selected;
    const here = pos[from];
    if (!here) return undefined;
    const visible = (ids: Id[]) => ids.filter((id) => pos[id]);
    let next: Id | undefined;
    if (direction === 'up' || direction === 'down') {
      const list = visible(direction === 'up' ? parentsOf(this.family, from) : childrenOf(this.family, from));
      next = list.sort((a, b) => Math.abs(pos[a].x - here.x) - Math.abs(pos[b].x - here.x) || pos[a].x - pos[b].x)[0];
      if (direction === 'down' && list.length) next = list.sort((a, b) => pos[a].x - pos[b].x)[0];
    } else {
      const sign = direction === 'left' ? -1 : 1;
      const ahead = (id: Id) => (pos[id].x - here.x) * sign > 0;
      const near = (a: Id, b: Id) => Math.abs(pos[a].x - here.x) - Math.abs(pos[b].x - here.x);
      const family = visible([...partnersOf(this.family, from), ...siblingsOf(this.family, from).map((s) => s.id)]).filter(ahead);
      next = family.sort(near)[0];
      if (!next) {
        const row = Object.keys(pos).filter((id) => id !== from && Math.abs(pos[id].y - here.y) < 1 && ahead(id));
        next = row.sort(near)[0];
      }
    }
    if (next) this.select(next, { focus: true, announce: true });
    else this.announce(this.words.t('edge'));
    return next;
  }

  // ------------------------------------------------------------------ actions

  private enabled(action: Action, id = this.selected): boolean {
    if (this.readonly) return false;
    const person = this.family.people.get(id);
    if (!person) return false;
    switch (action) {
      case 'remove':
        return id !== this.doc.egoId;
      case 'union':
        return (this.family.partnerIn.get(id) ?? []).some((u) => u.partners.length === 2);
      case 'relation':
        return this.people.length > 1;
      case 'move-left':
      case 'move-right':
        return this.moveTarget(id, action === 'move-left' ? -1 : 1) !== undefined;
      case 'edit':
        return true;
      case 'focus':
        return this.people.length > 1 && id !== this.effectiveFocus;
      default:
        return canAdd(this.family, id, action);
    }
  }

  /** Runs an action on a person (default: the selected one). */
  run(action: Action, id = this.selected): void {
    this.menu = undefined;
    if (!this.enabled(action, id)) {
      if (action === 'remove' && id === this.doc.egoId) this.announce(this.words.t('cannotRemoveClient'));
      else if (action !== 'focus') this.announce(this.words.t('cannotAdd'));
      return;
    }
    switch (action) {
      case 'edit':
        return this.openPersonDialog(id);
      case 'union':
        this.dialog = { type: 'union', personId: id };
        return;
      case 'relation':
        this.dialog = { type: 'relation', personId: id };
        return;
      case 'remove':
        return this.removeSelected(id);
      case 'move-left':
      case 'move-right':
        return this.move(id, action === 'move-left' ? -1 : 1);
      case 'focus':
        this.focusId = id;
        this.focusPending = true;
        return;
      default:
        return this.add(action, id);
    }
  }

  private add(kind: AddKind, id: Id): void {
    let newId: Id | undefined;
    const label = this.words.t(ADD_ACTIONS.find((a) => a.kind === kind)!.label);
    const change = this.edit((doc) => {
      const r = addRelative(doc, id, kind, label);
      newId = r.newPersonId;
      return r;
    });
    if (!change || !newId) return;
    this.select(newId, { focus: true });
    this.announce(this.words.t('added', { what: personTitle(this.family, newId, this.words) }));
    this.openPersonDialog(newId);
  }

  private removeSelected(id: Id): void {
    const name = displayName(this.family.people.get(id), this.words);
    const fallback = parentsOf(this.family, id)[0] ?? partnersOf(this.family, id)[0] ?? this.doc.egoId;
    const change = this.edit((doc) => removePerson(doc, id));
    if (!change) return;
    this.select(fallback, { focus: true });
    this.announce(this.words.t('removed', { name }));
  }

  /** Where a person would move among their siblings (or partners): the id list and new index. */
  private moveTarget(id: Id, step: -1 | 1): { key: string; ids: Id[] } | undefined {
    const union = parentUnion(this.family, id);
    if (union && union.children.length > 1) {
      const ids = this.childOrder(union);
      const i = ids.indexOf(id);
      const j = i + step;
      if (j < 0 || j >= ids.length) return undefined;
      [ids[i], ids[j]] = [ids[j], ids[i]];
      return { key: `children:${union.id}`, ids };
    }
    // A partner among the several partners of someone.
    for (const other of partnersOf(this.family, id)) {
      const partners = partnersOf(this.family, other);
      if (partners.length < 2) continue;
      const hint = this.doc.layout['genogram-editor']?.order[`partners:${other}`];
      const ids = hint ? [...hint.filter((p) => partners.includes(p)), ...partners.filter((p) => !hint.includes(p))] : partners;
      const i = ids.indexOf(id);
      const j = i + step;
      if (j < 0 || j >= ids.length) return undefined;
      [ids[i], ids[j]] = [ids[j], ids[i]];
      return { key: `partners:${other}`, ids };
    }
    return undefined;
  }

  private move(id: Id, step: -1 | 1): void {
    const target = this.moveTarget(id, step);
    if (!target) return this.announce(this.words.t('noMove'));
    const name = displayName(this.family.people.get(id), this.words);
    const change = this.edit((doc) => {
      const r = setOrder(doc, 'genogram-editor', target.key, target.ids);
      return { ...r, change: { ...r.change, label: this.words.t('moved', { name }) } };
    });
    if (change) {
      this.focusPending = true;
      this.announce(this.words.t('moved', { name }));
    }
  }

  // ------------------------------------------------------------------ dialogs

  private openPersonDialog(id: Id): void {
    this.draft = { markers: [...(this.family.people.get(id)?.healthMarkers ?? [])].map((m) => ({ ...m })) };
    this.dialog = { type: 'person', personId: id };
  }

  private closeDialog(): void {
    this.dialogEl?.close();
    this.dialog = undefined;
    this.clearEditProblem();
    this.focusPending = true;
  }

  private onDialogSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const dialog = this.dialog;
    // The form is on the page, so its part is loaded.
    const dialogs = this.dialogsPart.get();
    if (!dialog || !dialogs || !form.reportValidity()) return;
    this.clearEditProblem();
    const saving = dialogs.dialogEdit(dialog, form, this.family, this.draft, this.words);
    if (saving && this.edit(saving.op)) this.announce(saving.label);
    // Not saved (its person is gone): the dialog and what was typed stay, with the reason.
    if (this.editProblem) return;
    this.closeDialog();
  }

  // ------------------------------------------------------------------ keys and pointer

  private shortcut(action: Action): string | undefined {
    const add = ADD_ACTIONS.find((a) => a.kind === action);
    if (add) return this.words.t(add.key);
    const keys: Partial<Record<Action, GenogramKey>> = { edit: 'key_edit', union: 'key_union', relation: 'key_relation' };
    return keys[action] ? this.words.t(keys[action]!) : undefined;
  }

  private onDrawingKey(e: KeyboardEvent): void {
    if (this.handleHistoryKeys(e)) return;
    const target = (e.target as Element).closest?.('[data-person]');
    if (!target) return;
    const arrows: Record<string, 'up' | 'down' | 'left' | 'right'> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
    };
    if (arrows[e.key] && e.altKey) {
      e.preventDefault();
      return this.run(e.key === 'ArrowLeft' ? 'move-left' : 'move-right');
    }
    if (arrows[e.key]) {
      e.preventDefault();
      this.walk(arrows[e.key]);
      return;
    }
    if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '0') {
      e.preventDefault();
      if (e.key === '0') this.fit();
      else this.zoom(e.key === '-' ? 1 / 1.25 : 1.25);
      return;
    }
    if (e.key === 'Home') {
      e.preventDefault();
      return this.select(this.doc.egoId, { focus: true, announce: true });
    }
    if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      return this.openMenu(this.selected, target as Element);
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return this.run('edit');
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      return this.run('remove');
    }
    const key = e.key.toLowerCase();
    const actions: Action[] = [...ADD_ACTIONS.map((a) => a.kind), 'edit', 'union', 'relation'];
    const action = actions.find((a) => this.shortcut(a) === key);
    if (action && !this.readonly) {
      e.preventDefault();
      this.run(action);
    }
  }

  private personAt(e: Event): Id | undefined {
    const el = (e.target as Element).closest?.('[data-node]');
    return el?.getAttribute('data-node') ?? undefined;
  }

  private onDrawingClick(e: MouseEvent): void {
    const id = this.personAt(e);
    if (id) this.select(id, { focus: true });
  }

  private onContextMenu(e: MouseEvent): void {
    const id = this.personAt(e);
    if (!id || this.readonly) return;
    e.preventDefault();
    this.select(id);
    const frame = this.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    this.menu = { personId: id, x: e.clientX - frame.left, y: e.clientY - frame.top };
  }

  private openMenu(id: Id, anchor: Element): void {
    if (this.readonly) return;
    const frame = this.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    this.menu = { personId: id, x: box.left - frame.left + box.width / 2, y: box.bottom - frame.top };
  }

  private startWithClient(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    if (!name) return;
    const sex = String(data.get('sex') ?? '') || undefined;
    this.edit((doc) => updatePerson(doc, doc.egoId, { name, ...(sex ? { sex: sex as Person['sex'] } : {}) }));
    this.select(this.doc.egoId, { focus: true, announce: true });
  }

  // ------------------------------------------------------------------ GEDCOM

  /**
   * Reads a GEDCOM file (bytes or text) and shows what it holds and its problems; the user
   * then imports the valid part or cancels. Nothing changes before they accept.
   */
  async reviewGedcom(data: Uint8Array | string, fileName = 'GEDCOM'): Promise<void> {
    // Reading a file of thousands of people takes a while: off the main thread.
    const [result] = await Promise.all([loadJobs().then((jobs) => jobs.importOffThread(data)), this.gedcomPart.ready()]);
    this.pendingImport = { fileName, result };
    await this.updateComplete;
  }

  private async onGedcomFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.reviewGedcom(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  /** Imports the reviewed file: one undoable step that replaces the document. */
  acceptGedcom(): void {
    const pending = this.pendingImport;
    this.closeImport();
    if (!pending || this.gedcomPart.get()!.importRefused(pending.result)) return;
    const network = pending.result.network;
    const label = this.words.t('importDone', { people: network.people.length });
    this.edit(() => ({ doc: network, change: { type: 'replace', ids: [], label } }));
    this.selectedId = network.egoId;
    this.focusId = undefined;
    this.needsFit = true;
    this.announce(label);
  }

  private closeImport(): void {
    this.importDialogEl?.close();
    this.pendingImport = undefined;
  }

  /** The family as GEDCOM text (7.0 by default; what the model cannot hold comes back from `extensions`). */
  async toGedcom(version: '7.0' | '5.5.1' = '7.0'): Promise<string> {
    const { exportGedcom } = await loadGedcom();
    return exportGedcom(this.doc, { version });
  }

  /** Downloads the family as a GEDCOM 7.0 file. */
  async downloadGedcom(): Promise<void> {
    const { downloadFile, exportFileName } = await loadExport();
    downloadFile(await this.toGedcom(), exportFileName(this.exportTitle(), 'ged'), 'text/vnd.familysearch.gedcom');
  }

  private renderImportDialog(): TemplateResult | typeof nothing {
    const pending = this.pendingImport;
    const gedcom = this.gedcomPart.get();
    if (!pending || !gedcom) return nothing;
    const { importRefused, importReview } = gedcom;
    const refused = importRefused(pending.result);
    return html`<dialog class="import-dialog" part="dialog" aria-labelledby="import-title"
      @cancel=${(e: Event) => (e.preventDefault(), this.closeImport())}>
      <h2 id="import-title">${this.words.t('importTitle', { file: pending.fileName })}</h2>
      ${importReview(pending, this.words, this.i18n.locale)}
      ${refused ? nothing : html`<p>${this.words.t('importReplace')}</p>`}
      <div class="dialog-buttons">
        ${refused
          ? nothing
          : html`<button class="primary" type="button" data-action="import-accept" @click=${() => this.acceptGedcom()}>
              ${this.words.t('importAccept')}
            </button>`}
        <button type="button" data-action="import-cancel" @click=${() => this.closeImport()}>
          ${this.i18n.t(commonMessages, refused ? 'close' : 'cancel')}
        </button>
      </div>
    </dialog>`;
  }

  // ------------------------------------------------------------------ export

  private exportBox?: Bounds;

  private exportTitle(): string {
    return this.words.t('exportTitle', { client: displayName(this.family.people.get(this.doc.egoId), this.words) });
  }

  /** Renders the whole family with its legend (no selection, no zoom) while `fn` runs. */
  private async whileExporting<T>(fn: (svg: SVGSVGElement, box: Bounds) => T | Promise<T>): Promise<T | undefined> {
    this.view = 'picture';
    await this.drawn;
    this.exporting = true;
    await this.updateComplete;
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part="drawing"]');
    try {
      return svg && this.exportBox ? await fn(svg, this.exportBox) : undefined;
    } finally {
      this.exporting = false;
    }
  }

  /** The genogram as a self-contained SVG document (text) with legend, title and date. */
  async toSvg(): Promise<string> {
    const { longDate, serializeSvg } = await loadExport();
    const title = `${this.exportTitle()} — ${longDate(new Date(), this.i18n.locale)}`;
    return (await this.whileExporting((svg, box) => serializeSvg(svg, { title, viewBox: box }))) ?? '';
  }

  /** Downloads the genogram as SVG. */
  async downloadSvg(): Promise<void> {
    const { downloadFile, exportFileName } = await loadExport();
    downloadFile(await this.toSvg(), exportFileName(this.exportTitle(), 'svg'), 'image/svg+xml');
  }

  /** Downloads the genogram as PNG (twice the screen resolution). */
  async downloadPng(): Promise<void> {
    const { downloadFile, exportFileName, svgToPng } = await loadExport();
    const text = await this.toSvg();
    const box = this.exportBox;
    if (!text || !box) return;
    downloadFile(await svgToPng(text, box.width, box.height, 2), exportFileName(this.exportTitle(), 'png'));
  }

  /** Opens the print view (landscape, black and white) with legend and date. */
  async print(): Promise<void> {
    const { longDate, printView } = await loadExport();
    await this.whileExporting((svg) =>
      printView({
        title: this.exportTitle(),
        subtitle: this.words.t('printedOn', { date: longDate(new Date(), this.i18n.locale) }),
        content: [svg],
        orientation: 'landscape',
        lang: this.i18n.locale,
        css: printCss(),
      }),
    );
  }

  // ------------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const empty = this.isEmptyStart;
    return html`<div class="frame">
      ${empty ? nothing : this.renderToolbar()} ${this.renderDataErrors()}
      ${empty ? this.renderEmptyStart() : this.view === 'table' ? this.renderTable() : this.renderDrawing()}
      ${!empty && !this.hideLegend ? this.renderLegendPanel() : nothing} ${this.renderDialog()} ${this.renderImportDialog()} ${this.renderMenu()}
      ${this.renderLiveRegion()}
    </div>`;
  }

  private actionButton(action: Action, label: string): TemplateResult {
    const key = this.shortcut(action);
    return html`<button type="button" data-action=${action} ?disabled=${!this.enabled(action)}
      aria-keyshortcuts=${key ? key.toUpperCase() : nothing} @click=${() => this.run(action)}>
      ${label}${key ? html` <kbd aria-hidden="true">${key.toUpperCase()}</kbd>` : nothing}
    </button>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.words.t;
    const c = (key: keyof (typeof commonMessages)['en']) => this.i18n.t(commonMessages, key);
    const name = displayName(this.family.people.get(this.selected), this.words);
    const focus = this.effectiveFocus;
    return html`<div class="toolbar" role="toolbar" aria-label=${t('actions', { name })} part="toolbar">
      ${this.readonly
        ? nothing
        : html`<div class="group" role="group" aria-labelledby="add-label">
              <span class="selected-name">${name}</span>
              <span class="group-label" id="add-label">${t('addGroup')}</span>
              ${ADD_ACTIONS.map((a) => this.actionButton(a.kind, t(a.short)))}
            </div>
            <div class="group">
              ${this.actionButton('edit', t('editPerson'))} ${this.actionButton('union', t('editUnion'))}
              ${this.actionButton('relation', t('addRelation'))} ${this.actionButton('remove', t('removePerson'))}
              ${this.actionButton('move-left', t('moveLeft'))} ${this.actionButton('move-right', t('moveRight'))}
            </div>
            <div class="group">
              <button type="button" data-action="undo" ?disabled=${!this.store.canUndo} @click=${() => this.undo()}>${c('undo')}</button>
              <button type="button" data-action="redo" ?disabled=${!this.store.canRedo} @click=${() => this.redo()}>${c('redo')}</button>
            </div>`}
      <div class="group">
        <button type="button" data-action="table" aria-pressed=${this.view === 'table' ? 'true' : 'false'}
          @click=${() => (this.view = this.view === 'table' ? 'picture' : 'table')}>${c(this.view === 'table' ? 'showPicture' : 'showTable')}</button>
        <button type="button" data-action="legend" aria-pressed=${this.hideLegend ? 'false' : 'true'}
          @click=${() => (this.hideLegend = !this.hideLegend)}>${c('legend')}</button>
        ${this.view === 'picture'
          ? html`<button type="button" data-action="zoom-in" aria-label=${t('zoomIn')} aria-keyshortcuts="+" @click=${() => this.zoom(1.25)}>+</button>
              <button type="button" data-action="zoom-out" aria-label=${t('zoomOut')} aria-keyshortcuts="-" @click=${() => this.zoom(1 / 1.25)}>−</button>
              <button type="button" data-action="zoom-fit" aria-keyshortcuts="0" @click=${() => this.fit()}>${t('zoomFit')}</button>`
          : nothing}
        ${this.people.length > 1 ? this.actionButton('focus', t('focusHere')) : nothing}
        ${focus ? html`<button type="button" data-action="show-all" @click=${() => (this.focusId = null)}>${t('showAll')}</button>` : nothing}
      </div>
      <details class="file-menu dropdown">
        <summary>${t('fileMenu')}</summary>
        <div class="file-panel dropdown-panel">
          ${this.readonly
            ? nothing
            : html`<label class="file-button button-like">
                <input type="file" accept=".ged,.gedcom,text/plain" data-action="import-gedcom" @change=${this.onGedcomFile} />
                <span>${t('importGedcom')}</span>
              </label>`}
          <button type="button" data-action="export-gedcom" @click=${() => void this.downloadGedcom()}>${t('exportGedcom')}</button>
          <button type="button" data-action="export-svg" @click=${() => void this.downloadSvg()}>${c('exportSvg')}</button>
          <button type="button" data-action="export-png" @click=${() => void this.downloadPng()}>${c('exportPng')}</button>
          <button type="button" data-action="print" @click=${() => void this.print()}>${c('print')}</button>
        </div>
      </details>
    </div>`;
  }

  private renderEmptyStart(): TemplateResult {
    const t = this.words.t;
    return html`<form class="empty-start" @submit=${this.startWithClient}>
      <h2>${t('emptyTitle')}</h2>
      <p>${t('emptyText')}</p>
      <div class="field"><label for="start-name">${t('emptyName')}</label>
        <input id="start-name" name="name" required autocomplete="off" /></div>
      <div class="field"><label for="start-sex">${t('fieldSex')}</label>
        <select id="start-sex" name="sex">
          <option value="">${t('none')}</option>
          ${(['female', 'male', 'intersex', 'unknown'] as const).map((s) => html`<option value=${s}>${t(`sex_${s}`)}</option>`)}
        </select></div>
      <button class="primary" type="submit">${t('emptyStart')}</button>
    </form>`;
  }

  private renderDrawing(): TemplateResult {
    const layout = this.layout;
    const { slots, conditions } = this.healthSlots();
    const w = this.words;
    const focus = this.effectiveFocus;
    const shown = Object.keys(layout.positions).length;
    // Until the area is measured, the SVG itself scales the whole family into view.
    const natural = drawingBounds(layout);
    let viewBox = this.viewport.width
      ? `0 0 ${this.viewport.width} ${this.viewport.height}`
      : `${natural.x} ${natural.y} ${natural.width} ${natural.height}`;
    let legend: unknown = nothing;
    if (this.exporting) {
      const b = drawingBounds(layout);
      const width = Math.max(b.width, 520);
      const lg = legendSvg(w, conditions, usedEntries(this.familyDoc), this.i18n.t(commonMessages, 'legend'), b.x + 16, b.y + b.height + 8, width - 32);
      this.exportBox = { x: b.x, y: b.y, width, height: b.height + lg.height + 16 };
      viewBox = `${b.x} ${b.y} ${width} ${this.exportBox.height}`;
      legend = lg.template;
    }
    return html`
      ${focus
        ? html`<p class="focus-status">
            ${w.t('focusStatus', {
              generations: this.focusGenerations * 2 + 1,
              name: displayName(this.family.people.get(focus), w),
              shown,
              total: this.people.length,
            })}
          </p>`
        : nothing}
      ${this.layoutJob ? html`<p class="layout-status">${w.t('layingOut')}</p>` : nothing}
      <div class="canvas" part="canvas">
        <svg part="drawing" role="group" aria-roledescription="genogram" aria-busy=${this.layoutJob ? 'true' : 'false'}
          aria-label=${w.t('drawingLabel', { client: displayName(this.family.people.get(this.doc.egoId), w), count: shown })}
          viewBox=${viewBox} width="100%" height="100%"
          @keydown=${this.onDrawingKey} @click=${this.onDrawingClick} @contextmenu=${this.onContextMenu}>
          <g class="viewport" transform=${this.exporting || !this.viewport.width ? nothing : this.panZoom.attribute}>
            ${drawGenogram({
              index: this.family,
              layout,
              words: w,
              selectedId: this.exporting ? undefined : this.selected,
              healthSlots: slots,
              today: new Date(),
              describe: (id) => this.describe(id),
              slices:
                this.slicing && !this.exporting
                  ? { ...this.slicing, drawn: this.drawnSlices, deps: [layout, this.family, this.i18n.locale] }
                  : undefined,
            })}
          </g>
          ${legend}
        </svg>
      </div>
      ${renderCompromises(layout, this.family, w, (id) => this.select(id, { focus: true, announce: true }))}
      <details class="keys-help"><summary>${w.t('keysHelp')}</summary><p>${w.t('keysText')}</p></details>`;
  }

  private renderTable(): TemplateResult {
    return renderFamilyTable({
      index: this.family,
      members: new Set(this.people.map((p) => p.id)),
      words: this.words,
      selectedId: this.selected,
      onSelect: (id) => this.select(id, { announce: true }),
    });
  }

  private renderLegendPanel(): TemplateResult {
    const t = this.words.t;
    const { conditions } = this.healthSlots();
    return html`<aside class="legend" part="legend" aria-labelledby="legend-title">
      <div class="legend-head">
        <h2 id="legend-title">${this.i18n.t(commonMessages, 'legend')}</h2>
        <button type="button" data-action="legend-full" aria-pressed=${this.fullLegend ? 'true' : 'false'}
          @click=${() => (this.fullLegend = !this.fullLegend)}>${t('legendFull')}</button>
      </div>
      <div class="legend-body">
        ${guard([this.doc, this.i18n.locale, this.fullLegend], () =>
          renderLegend(this.words, conditions, this.fullLegend ? undefined : usedEntries(this.doc), 'legend-h'),
        )}
      </div>
    </aside>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const d = this.dialog;
    // The dialog opens (and takes focus, see updated) once its part is there.
    const dialogs = d && this.dialogsPart.get();
    if (!d || !dialogs) return nothing;
    // The person as last seen: a dialog whose person left the document stays, with its text.
    const found = this.family.people.get(d.personId);
    if (found) this.dialogPerson = found;
    const person = found ?? this.dialogPerson;
    if (!person) return nothing;
    const { title, body, canSave } = dialogs.dialogContent(d, person, {
      index: this.family,
      people: this.people,
      words: this.words,
      draft: this.draft,
      setDraft: (draft) => (this.draft = draft),
      pickUnion: (unionId) => (this.dialog = { type: 'union', personId: d.personId, unionId }),
      removeRelation: (id) => this.edit(dialogs.removeRelationOp(id)),
    });
    return html`<dialog class="edit-dialog" part="dialog" aria-labelledby="dialog-title" @cancel=${(e: Event) => (e.preventDefault(), this.closeDialog())}>
      <form @submit=${this.onDialogSubmit} novalidate>
        <h2 id="dialog-title">${title}</h2>
        ${this.renderEditProblem()} ${body}
        <div class="dialog-buttons">
          ${canSave ? html`<button class="primary" type="submit">${this.i18n.t(commonMessages, 'save')}</button>` : nothing}
          <button type="button" @click=${() => this.closeDialog()}>${this.i18n.t(commonMessages, canSave ? 'cancel' : 'close')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderMenu(): TemplateResult | typeof nothing {
    const m = this.menu;
    // The menu shows (and its first item takes focus, see updated) once its part is there.
    const part = m && this.menuPart.get();
    if (!m || !part) return nothing;
    const t = this.words.t;
    return part.renderPersonMenu({
      ...m,
      label: t('actions', { name: displayName(this.family.people.get(m.personId), this.words) }),
      items: [
        ...ADD_ACTIONS.map((a): [Action, string] => [a.kind, t(a.label)]),
        ['edit', t('editPerson')],
        ['union', t('editUnion')],
        ['relation', t('addRelation')],
        ['move-left', t('moveLeft')],
        ['move-right', t('moveRight')],
        ['focus', t('focusHere')],
        ['remove', t('removePerson')],
      ],
      enabled: (action) => this.enabled(action, m.personId),
      shortcut: (action) => this.shortcut(action),
      run: (action) => this.run(action, m.personId),
      close: (refocus) => {
        this.menu = undefined;
        if (refocus) this.focusPending = true;
      },
    });
  }
}

function sameKey(a: LayoutKey, b: LayoutKey): boolean {
  return a.doc === b.doc && a.focus === b.focus && a.generations === b.generations;
}

/** Print in black and white: every token set to black on white; the element's rules apply as they are. */
function printCss(): string {
  const tokens = ['--_text', '--_muted', '--_line', '--_accent', '--_focus', '--_health', '--_household', '--_rel-positive', '--_rel-negative', '--_rel-abuse', '--_rel-neutral']
    .map((t) => `${t}: #000;`)
    .join(' ');
  return `svg { ${tokens} --_surface: #fff; --_symbol-fill: #fff; font-family: system-ui, sans-serif; }\n${genogramStyles.cssText}`;
}
