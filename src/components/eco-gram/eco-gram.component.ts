import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { property, query, state } from 'lit/decorators.js';
import { NetworkElement } from '../../base/network-element.js';
import { PanZoomController } from '../../base/pan-zoom.js';
import type { PrintOptions } from '../../base/export.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { editSafetyMessages } from '../../i18n/catalogs/edit-safety.js';
import type { StoreEvent } from '../../store/network-store.js';
import { ecoGramMessages, type EcoGramMessageKey } from '../../i18n/catalogs/eco-gram.js';
import type { MessageParams } from '../../i18n/catalog.js';
import { removePerson, removeTie, setNodeHint } from '../../model/operations/index.js';
import { SYSTEM_CATEGORIES, type Change, type CareNetwork, type Id, type Person } from '../../model/types.js';
import type { Point } from '../../layout/types.js';
import { curveBetween, linePath, pointAt, routeAround, type Obstacle, type Segment } from './eco-lines.js';
import { angleOf, layoutEcogram, MEMBER_SYMBOL, SYSTEM_RADIUS, type EcoGeometry } from './eco-layout.js';
import {
  buildEcoModel,
  withLabel,
  type EcoDirection,
  type EcoLine,
  type EcoModel,
  type EcoStrength,
} from './eco-model.js';
import { arrowMarkers, lineAttributes, memberSymbol, sampleLine, styledLine, type LineLook } from './eco-symbols.js';
import { ecoGramStyles } from './eco-gram.styles.js';
import type { EcoPanelHost } from './eco-panels.js';
import { LazyPart } from '../../base/lazy-part.js';

/** The view key of the ecomap's layout hints in the document. */
export const ECO_VIEW = 'eco-gram';

type Menu = { kind: 'line'; tieId: Id } | { kind: 'system'; id: Id } | { kind: 'add' };

interface Drag {
  id: Id;
  pointerId: number;
  start: Point;
  angle?: number;
}

/** A line's visible label words, e.g. "strong, stressful, energy flows to School". */
interface LineWords {
  a: string;
  b: string;
}

let instances = 0;

/** Export and print are used now and then: their code loads on first use, not with the element. */
const loadExport = () => import('../../base/export.js');

/**
 * Width a name line may take inside a system circle, by the number of name lines: the chord at
 * the top of the highest line, less a margin (more lines reach higher, where it is narrower).
 */
const NAME_ROOM = [16, 21, 27].map((top) => 2 * Math.sqrt(SYSTEM_RADIUS ** 2 - top ** 2) - 8);
/** Baseline of the first name line, by the number of name lines (the block is centred in the circle). */
const NAME_TOP = [-4, -12, -18];
/**
 * Advance of bold characters as a fraction of the font size, by kind, taken from the widest
 * common UI font (DejaVu Sans Bold): the name's font size is estimated from its letters, so
 * the render path never measures text.
 */
function boldWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfr .,'()-]/.test(ch)) em += 0.42;
    else if (/[mwMW]/.test(ch)) em += 1.0;
    else if (ch !== ch.toLowerCase()) em += 0.76;
    else em += 0.66;
  }
  return em;
}
/** Room kept around a system circle and a household symbol that other lines route around. */
const CLEARANCE = 6;

/**
 * The Hartman ecomap: the client's household in the centre (small genogram symbols inside a
 * circle), the systems of their life around it grouped by category, and lines that show how
 * strong, how stressful and in which direction each connection is. Everything can be changed by
 * pointer, by keyboard and in the table; every change is one undo step in the shared store.
 *
 * @tagname eco-gram
 * @summary Ecomap (ecogram): the household and the systems around it, with strong, tenuous, stressful and broken lines.
 *
 * @fires {CustomEvent<PersonSelectDetail>} person-select - When a system or a household member is chosen (click, tap or Enter). Detail: `{ personId, person }`.
 *
 * @csspart toolbar - The row of buttons above the picture.
 * @csspart diagram - The SVG picture.
 * @csspart centre - The central circle with the household.
 * @csspart member - One household member's symbol and name.
 * @csspart system - One system circle with its name.
 * @csspart line - One line (a group with the stroke, the stress marks and a wide hit area).
 * @csspart line-stroke - The stroke of a line.
 * @csspart line-stress - The hatch marks of a stressful line.
 * @csspart legend - The legend under the picture.
 * @csspart menu - The small menu that changes a line or a system.
 * @csspart table - The table view.
 * @csspart live-region - The polite live region.
 * @csspart error - The message about a refused document.
 *
 * @cssproperty --cn-eco-stress-color - Colour of the hatch marks of stressful lines (the marks themselves carry the meaning).
 * @cssproperty --cn-eco-centre-fill - Background of the central household circle.
 * @cssproperty --cn-eco-system-fill - Background of a system without a category colour.
 * @cssproperty --cn-eco-max-height - Largest height of the picture (default 85vh).
 * @cssproperty --cn-color-sector-1 - Fill of family systems (sectors 2–6: friends; school and work; health and services; clubs and faith; neighbourhood and income).
 */
export class EcoGram extends NetworkElement {
  static override styles = [...NetworkElement.styles, ecoGramStyles];

  /** Show the picture or the table. */
  @property({ reflect: true }) view: 'picture' | 'table' = 'picture';

  /** Hide the legend under the picture (it is always part of exports). */
  @property({ type: Boolean, attribute: 'hide-legend' }) hideLegend = false;

  @state() private focusKey = 'centre';
  @state() private menu: Menu | null = null;
  @state() private drag: Drag | null = null;
  /** The system under the pointer: its lines are drawn again on top, so they are easy to follow. */
  @state() private hoverId: Id | null = null;
  /** True while an export is made: the legend is drawn into the picture for the file. */
  @state() private exporting = false;

  @query('svg.diagram') private svgEl?: SVGSVGElement;
  @query('.stage') private stageEl?: HTMLElement;

  private readonly uid = `eco${++instances}`;
  /** Wheel and pinch zoom, pan on the background (systems and lines keep their own drag and click). */
  private readonly panZoom = new PanZoomController(this, {
    minScale: 0.5,
    maxScale: 4,
    canPan: (e) => !(e.target as Element | null)?.closest?.('[data-focus-key]:not([data-focus-key="centre"])'),
  });
  private model: EcoModel = buildEcoModel(this.doc);
  private geometry: EcoGeometry = layoutEcogram(this.model);
  private modelDoc?: CareNetwork;
  /** Each line's drawn segment (routed around other circles), computed once per layout. */
  private routes = new Map<Id, Segment>();
  /** Spoken labels of the lines, for one update (the language or the document may change between). */
  private readonly labels = new Map<Id, string>();
  /** The person of the open system menu as last seen in the document. */
  private menuPerson?: Person;
  /** Where focus goes back when the menu closes. */
  private returnFocus = 'centre';
  private focusAfterRender = false;
  private menuFocusPending = false;

  /**
   * The menus and the table view, loaded on first use (see LazyPart; `updateComplete` waits for
   * a load in flight) and preloaded when the browser is idle, so a first click rarely waits.
   */
  private readonly panels = new LazyPart(this, () => import('./eco-panels.js'), (m) => m.panelStyles);
  /** What the lazy panels may read and do. */
  private readonly panelHost: EcoPanelHost = {
    model: () => this.model,
    readonly: () => this.readonly,
    egoId: () => this.doc.egoId,
    t: (key, params) => this.t(key, params),
    common: (key) => this.i18n.t(commonMessages, key),
    nameOf: (id) => this.nameOf(id),
    categoryName: (category) => this.categoryName(category),
    strengthWord: (strength) => this.strengthWord(strength),
    lineLabel: (line) => this.lineLabel(line),
    systemsInOrder: () => this.systemsInOrder(),
    directionWord: (line, direction) => this.directionWord(line, direction),
    lineById: (tieId) => this.lineById(tieId),
    edit: (op) => this.edit(op),
    announce: (text) => this.announce(text),
    systemAdded: (id) => {
      this.menu = null;
      this.moveFocusTo(`system:${id}`);
    },
    removeLine: (tieId) => this.removeLine(tieId),
    removeSystem: (id) => this.removeSystem(id),
    closeMenu: () => this.closeMenu(),
    handleHistoryKeys: (e) => this.handleHistoryKeys(e),
  };

  // ------------------------------------------------------------------ derived data

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.labels.clear();
    const synced = this.sync();
    // A dragged system takes its lines along; the routes follow it.
    if (!synced && changed.has('drag' as keyof EcoGram)) this.routes = this.computeRoutes();
  }

  /** Rebuilds the derived picture when the document changed (also before an edit reads it). */
  private sync(): boolean {
    if (this.modelDoc !== this.doc) {
      this.modelDoc = this.doc;
      this.model = buildEcoModel(this.doc);
      // The last positions give a warm start: an edit moves the other systems as little as possible.
      const previous = Object.fromEntries(Object.entries(this.geometry.systems).map(([id, p]) => [id, { x: p.x, y: p.y }]));
      this.geometry = layoutEcogram(this.model, this.doc.layout[ECO_VIEW]?.nodes ?? {}, previous);
      if (!this.focusKeys().includes(this.focusKey)) this.focusKey = 'centre';
      if (this.menu && !this.menuTargetExists(this.menu)) {
        // A system's form with a name typed but not yet saved stays open (with the reason);
        // otherwise the menu of something that is gone closes.
        if (this.menu.kind === 'system' && this.typedName() !== undefined) this.editProblem = this.i18n.t(editSafetyMessages, 'targetGone');
        else this.menu = null;
      }
      if (this.hoverId && !this.geometry.systems[this.hoverId]) this.hoverId = null;
      this.routes = this.computeRoutes();
      return true;
    }
    return false;
  }

  /** The name typed in the open system form when it differs from the saved name. */
  private typedName(): string | undefined {
    const input = this.renderRoot.querySelector<HTMLInputElement>('.menu input[name="system-name"]');
    const saved = this.menuPerson?.name;
    return input && input.value !== saved ? input.value : undefined;
  }

  protected override onStoreEvent(event: StoreEvent): void {
    super.onStoreEvent(event);
    // A drag over a replaced document stops; the system stays where the new document puts it.
    if (event.source === 'replace' && this.drag) this.drag = null;
  }

  private t(key: EcoGramMessageKey, params?: MessageParams): string {
    return this.i18n.t(ecoGramMessages, key, params);
  }

  private person(id: Id): Person | undefined {
    return this.doc.people.find((p) => p.id === id);
  }

  private nameOf(id: Id): string {
    const p = this.person(id);
    return p?.name.trim() || this.i18n.t(commonMessages, 'unnamed');
  }

  private categoryName(category: string): string {
    const key = `category.${category}` as EcoGramMessageKey;
    return (SYSTEM_CATEGORIES as readonly string[]).includes(category) ? this.t(key) : category;
  }

  private categoryShort(category: string): string {
    const key = `short.${category}` as EcoGramMessageKey;
    return (SYSTEM_CATEGORIES as readonly string[]).includes(category) ? this.t(key) : category;
  }

  private lineById(tieId: Id): EcoLine | undefined {
    // Two edits can come before one render (a script, a fast user): read the latest document.
    this.sync();
    return this.model.lines.find((l) => l.tie.id === tieId);
  }

  private menuTargetExists(menu: Menu): boolean {
    if (menu.kind === 'line') return this.lineById(menu.tieId) !== undefined;
    if (menu.kind === 'system') return this.model.systems.some((s) => s.person.id === menu.id);
    return true;
  }

  /** Where a system is drawn: its layout place, or where the pointer drags it. */
  private systemPoint(id: Id): Point {
    const placed = this.geometry.systems[id];
    if (this.drag?.id === id && this.drag.angle !== undefined) {
      const r = Math.hypot(placed.x, placed.y);
      const rad = (this.drag.angle * Math.PI) / 180;
      return { x: Math.sin(rad) * r, y: -Math.cos(rad) * r };
    }
    return placed;
  }

  /** Systems in clockwise order: the keyboard walks them the way the eye does. */
  private systemsInOrder() {
    return [...this.model.systems].sort((a, b) => this.geometry.systems[a.person.id].angle - this.geometry.systems[b.person.id].angle);
  }

  /** The keyboard path: centre, then each system followed by its lines, then lines between systems. */
  private focusKeys(): string[] {
    const keys = ['centre'];
    for (const s of this.systemsInOrder()) {
      keys.push(`system:${s.person.id}`);
      for (const line of this.model.linesBySystem.get(s.person.id) ?? []) keys.push(`line:${line.tie.id}`);
    }
    for (const line of this.model.lines) if (line.between) keys.push(`line:${line.tie.id}`);
    return keys;
  }

  // ------------------------------------------------------------------ words

  private strengthWord(s: EcoStrength): string {
    return this.t(`strength.${s}` as EcoGramMessageKey);
  }

  private lineWords(line: EcoLine): LineWords {
    return { a: this.nameOf(line.a), b: this.nameOf(line.b) };
  }

  private directionWord(line: EcoLine, direction: EcoDirection = line.direction): string {
    return this.t(`directionText.${direction}` as EcoGramMessageKey, { ...this.lineWords(line) });
  }

  private lineLabel(line: EcoLine): string {
    // A line's label is said on the line and on its system: made once per update.
    const cached = this.labels.get(line.tie.id);
    if (cached !== undefined) return cached;
    const { a, b } = this.lineWords(line);
    const label = this.t('lineLabel', {
      a,
      b,
      strength: this.strengthWord(line.strength),
      stress: line.stress ? this.t('stressSuffix') : '',
      direction: this.directionWord(line),
    });
    this.labels.set(line.tie.id, label);
    return label;
  }

  protected override describeChange(change: Change): string {
    if (change.label) return change.label;
    const id = change.ids[0];
    const tie = this.doc.ties.find((t) => t.id === id);
    if (tie) return `${this.nameOf(tie.from)} – ${this.nameOf(tie.to)}`;
    if (id && this.person(id)) return this.nameOf(id);
    return super.describeChange(change);
  }

  // ------------------------------------------------------------------ edits

  private removeLine(tieId: Id): void {
    const line = this.lineById(tieId);
    if (!line) return;
    const words = this.lineWords(line);
    const done = this.edit((doc) => withLabel(removeTie(doc, tieId), `${words.a} – ${words.b}`));
    if (done) {
      this.announce(this.t('lineRemoved', { ...words }));
      this.moveFocusTo(line.between ? 'centre' : `system:${line.b}`);
    }
  }

  private removeSystem(id: Id): void {
    const name = this.nameOf(id);
    const done = this.edit((doc) => removePerson(doc, id));
    if (done) {
      this.announce(this.t('removed', { name }));
      this.menu = null;
      this.moveFocusTo('centre');
    }
  }

  /** Stores a system's angle as a pinned hint (one undo step). */
  private placeSystem(id: Id, angle: number): void {
    const rounded = Math.round(((angle % 360) + 360) % 360);
    const done = this.edit((doc) => withLabel(setNodeHint(doc, ECO_VIEW, id, { angle: rounded, pinned: true }), this.nameOf(id)));
    if (done) this.announce(this.t('moved', { name: this.nameOf(id) }));
  }

  // ------------------------------------------------------------------ focus and keys

  private moveFocusTo(key: string): void {
    this.focusKey = key;
    this.focusAfterRender = true;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Read-only ecomaps have no menus, but their table view is in the same part.
    this.panels.preload();
  }

  /** An ecomap that starts in the table view paints once its table is there: one paint, no flash. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.view === 'table' && !this.panels.loaded) await this.panels.ready().catch(() => undefined);
    super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.panZoom.attach(this.svgEl);
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      const el = this.renderRoot.querySelector<SVGElement>(`[data-focus-key="${CSS.escape(this.focusKey)}"]`);
      el?.focus();
    }
    if (changed.has('menu' as keyof EcoGram)) this.menuFocusPending = Boolean(this.menu);
    // A menu whose part is still loading is focused when it arrives (an update later).
    if (this.menuFocusPending && this.renderRoot.querySelector('.menu')) {
      this.menuFocusPending = false;
      this.keepMenuInside();
      const first = this.renderRoot.querySelector<HTMLElement>('.menu [autofocus], .menu input, .menu button');
      first?.focus({ preventScroll: true });
    }
  }

  private onDiagramKeydown(e: KeyboardEvent): void {
    if (this.handleHistoryKeys(e)) return;
    const keys = this.focusKeys();
    const index = Math.max(0, keys.indexOf(this.focusKey));
    const key = this.focusKey;
    const systemId = key.startsWith('system:') ? key.slice(7) : undefined;
    const tieId = key.startsWith('line:') ? key.slice(5) : undefined;
    if (e.altKey && systemId && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      if (this.readonly) return;
      e.preventDefault();
      const angle = this.geometry.systems[systemId].angle + (e.key === 'ArrowRight' ? 10 : -10);
      this.placeSystem(systemId, angle);
      this.moveFocusTo(key);
      return;
    }
    switch (e.key) {
      case '+':
      case '=':
        this.panZoom.zoomBy(1.25);
        break;
      case '-':
        this.panZoom.zoomBy(0.8);
        break;
      case '0':
        this.panZoom.set({ x: 0, y: 0, k: 1 });
        break;
      case 'ArrowRight':
      case 'ArrowDown':
        this.moveFocusTo(keys[(index + 1) % keys.length]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.moveFocusTo(keys[(index - 1 + keys.length) % keys.length]);
        break;
      case 'Home':
        this.moveFocusTo(keys[0]);
        break;
      case 'End':
        this.moveFocusTo(keys[keys.length - 1]);
        break;
      case 'Enter':
      case ' ':
        this.activate(key);
        break;
      case 'Delete':
      case 'Backspace':
        if (this.readonly) return;
        if (systemId) this.removeSystem(systemId);
        else if (tieId) this.removeLine(tieId);
        else return;
        break;
      case 'Escape':
        if (!this.menu) return;
        this.closeMenu();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  /** Enter, a click or a tap on an item: select it and open its menu. */
  private activate(key: string): void {
    this.focusKey = key;
    this.returnFocus = key;
    if (key === 'centre') {
      this.selectPerson(this.doc.egoId);
      return;
    }
    if (key.startsWith('member:')) {
      this.selectPerson(key.slice(7));
      return;
    }
    if (key.startsWith('system:')) {
      const id = key.slice(7);
      this.selectPerson(id);
      if (!this.readonly) this.menu = { kind: 'system', id };
      return;
    }
    if (key.startsWith('line:') && !this.readonly) this.menu = { kind: 'line', tieId: key.slice(5) };
  }

  private closeMenu(): void {
    this.menu = null;
    this.clearEditProblem();
    this.moveFocusTo(this.focusKeys().includes(this.returnFocus) ? this.returnFocus : 'centre');
  }

  private onMenuKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closeMenu();
    }
  }

  // ------------------------------------------------------------------ pointer

  /** A pointer position in drawing coordinates (through the zoom and pan). */
  private svgPoint(e: PointerEvent): Point {
    return this.panZoom.toDrawing(e.clientX, e.clientY);
  }

  /** The item (centre, system, line) an event happened in, by its focus key. */
  private itemKey(e: Event): string | undefined {
    return (e.target as Element | null)?.closest?.('[data-focus-key]')?.getAttribute('data-focus-key') ?? undefined;
  }

  /** Pressing on a system starts a drag (or, without movement, a click that opens its menu). */
  private onPointerDown(e: PointerEvent): void {
    const key = this.itemKey(e);
    if (e.button !== 0 || !key?.startsWith('system:')) return;
    const id = key.slice(7);
    this.focusKey = key;
    if (this.readonly) return;
    this.drag = { id, pointerId: e.pointerId, start: { x: e.clientX, y: e.clientY } };
    this.svgEl?.setPointerCapture?.(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    if (drag.angle === undefined && Math.hypot(e.clientX - drag.start.x, e.clientY - drag.start.y) < 5) return;
    this.drag = { ...drag, angle: angleOf(this.svgPoint(e)) };
  }

  private onPointerUp(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = null;
    this.svgEl?.releasePointerCapture?.(e.pointerId);
    if (drag.angle !== undefined) {
      this.placeSystem(drag.id, drag.angle);
      this.moveFocusTo(`system:${drag.id}`);
    } else {
      this.activate(`system:${drag.id}`);
    }
  }

  private onPointerCancel(): void {
    this.drag = null;
  }

  private onPointerOver(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const key = this.itemKey(e);
    const id = key?.startsWith('system:') ? key.slice(7) : null;
    if (id !== this.hoverId) this.hoverId = id;
  }

  private onPointerLeave(): void {
    this.hoverId = null;
  }

  /**
   * Clicks on lines, the centre and household members. A system opens on pointer up (it can be
   * dragged); a click without a pointer (detail 0: a screen reader, voice control) opens it too.
   */
  private onDiagramClick(e: MouseEvent): void {
    const member = (e.target as Element | null)?.closest?.('[part="member"]');
    if (member) {
      this.focusKey = 'centre';
      this.selectPerson(member.getAttribute('data-person-id')!);
      return;
    }
    const key = this.itemKey(e);
    if (!key) return;
    if (key.startsWith('system:') && e.detail !== 0) return;
    this.activate(key);
  }

  /** Focus by pointer or by a screen reader's own cursor moves the roving tabindex along. */
  private onFocusIn(e: FocusEvent): void {
    const key = this.itemKey(e);
    if (key && key !== this.focusKey) this.focusKey = key;
  }

  // ------------------------------------------------------------------ export

  private exportTitle(): string {
    const ego = this.person(this.doc.egoId);
    return `${this.t('title')} ${ego?.name ?? ''}`.trim();
  }

  /**
   * The picture with its legend as a self-contained SVG document (text): styles written inline,
   * no scripts, no links, light colours on white whatever the theme, so it prints well.
   */
  async toSvg(): Promise<string> {
    if (this.view !== 'picture') {
      this.view = 'picture';
      await this.updateComplete;
    }
    this.exporting = true;
    const zoom = this.panZoom.transform;
    this.panZoom.set({ x: 0, y: 0, k: 1 });
    const scheme = this.style.colorScheme;
    this.style.colorScheme = 'light';
    try {
      await this.updateComplete;
      const e = this.geometry.extent;
      const box = this.exportLegendBox();
      const { longDate, serializeSvg } = await loadExport();
      const date = longDate(new Date(), this.i18n.locale);
      return serializeSvg(this.svgEl!, {
        title: `${this.exportTitle()} — ${date}`,
        description: this.t('diagramLabel', { name: this.person(this.doc.egoId)?.name ?? '', count: this.model.systems.length }),
        viewBox: { x: -e, y: -e, width: 2 * e, height: 2 * e + box.height + 20 },
      });
    } finally {
      this.style.colorScheme = scheme;
      this.exporting = false;
      this.panZoom.set(zoom);
    }
  }

  /** The picture with its legend as a PNG (twice the size, for print). */
  async toPng(scale = 2): Promise<Blob> {
    const text = await this.toSvg();
    const e = this.geometry.extent;
    const { svgToPng } = await loadExport();
    return svgToPng(text, 2 * e, 2 * e + this.exportLegendBox().height + 20, scale);
  }

  /** Downloads the picture as an SVG file. */
  async downloadSvg(): Promise<void> {
    await this.safely(async () => {
      const { downloadFile, exportFileName } = await loadExport();
      downloadFile(await this.toSvg(), exportFileName(this.exportTitle(), 'svg'), 'image/svg+xml');
    });
  }

  /** Downloads the picture as a PNG file. */
  async downloadPng(): Promise<void> {
    await this.safely(async () => {
      const { downloadFile, exportFileName } = await loadExport();
      downloadFile(await this.toPng(), exportFileName(this.exportTitle(), 'png'));
    });
  }

  /** Opens the print dialog with the picture, its legend, the title and today's date. */
  async print(): Promise<void> {
    await this.safely(async () => {
      if (this.view !== 'picture') {
        this.view = 'picture';
        await this.updateComplete;
      }
      const { printView } = await loadExport();
      await printView(await this.printOptions());
    });
  }

  /** What `print()` prints: the live picture and legend, with the element's CSS resolved for paper (light). Async: the print code loads on first use. */
  async printOptions(): Promise<PrintOptions> {
    const { longDate } = await loadExport();
    const legend = this.renderRoot.querySelector('.legend');
    const tokens = getComputedStyle(this);
    const vars = ['--_text', '--_muted', '--_surface', '--_line', '--_focus', '--_stress', '--_centre-fill', '--_system-fill', '--_border', '--_radius']
      .concat([1, 2, 3, 4, 5, 6].map((i) => `--_sector-${i}`))
      .map((name) => `${name}: ${tokens.getPropertyValue(name)};`)
      .join(' ');
    return {
      title: this.exportTitle(),
      subtitle: longDate(new Date(), this.i18n.locale),
      content: [this.svgEl!, ...(legend ? [legend] : [])],
      css: `:root { color-scheme: light; ${vars} } ${ecoGramStyles.cssText} .focus-ring, .hit, .lifted { display: none; }`,
      orientation: 'portrait' as const,
      lang: this.i18n.locale,
    };
  }

  private async safely(task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.announce(this.t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  // ------------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const ego = this.person(this.doc.egoId);
    return html`
      ${this.renderDataErrors()}
      <div class="toolbar" part="toolbar" role="toolbar" aria-label=${this.t('title')}>
        ${this.readonly
          ? nothing
          : html`<button class="primary" @click=${this.openAdd}>${this.t('addSystem')}</button>
              <button class="undo" @click=${() => this.undo()} ?disabled=${!this.store.canUndo}>
                <span aria-hidden="true">↶</span> <span class="label">${this.i18n.t(commonMessages, 'undo')}</span>
              </button>
              <button class="redo" @click=${() => this.redo()} ?disabled=${!this.store.canRedo}>
                <span aria-hidden="true">↷</span> <span class="label">${this.i18n.t(commonMessages, 'redo')}</span>
              </button>`}
        <span class="spacer"></span>
        ${this.view === 'picture'
          ? html`<button class="icon" aria-label=${this.t('zoomIn')} title=${this.t('zoomIn')} @click=${() => this.panZoom.zoomBy(1.25)}>+</button>
              <button class="icon" aria-label=${this.t('zoomOut')} title=${this.t('zoomOut')} @click=${() => this.panZoom.zoomBy(0.8)}>−</button>
              <button class="icon zoom-fit" aria-label=${this.t('zoomFit')} title=${this.t('zoomFit')} @click=${() => this.panZoom.set({ x: 0, y: 0, k: 1 })}>⤢</button>`
          : nothing}
        <details class="export dropdown">
          <summary>${this.t('export')}</summary>
          <div class="export-menu dropdown-panel">
            <button @click=${() => this.downloadSvg()}>${this.i18n.t(commonMessages, 'exportSvg')}</button>
            <button @click=${() => this.downloadPng()}>${this.i18n.t(commonMessages, 'exportPng')}</button>
            <button @click=${() => this.print()}>${this.i18n.t(commonMessages, 'print')}</button>
          </div>
        </details>
        <button aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${this.toggleView}>
          ${this.i18n.t(commonMessages, this.view === 'table' ? 'showPicture' : 'showTable')}
        </button>
      </div>
      <div class="stage">
        ${this.view === 'table' ? (this.panels.get()?.renderTables(this.panelHost) ?? nothing) : this.renderPicture(ego)}
        ${this.menu ? this.renderMenu(this.menu) : nothing}
      </div>
      ${this.renderLiveRegion()}
    `;
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'picture' : 'table';
    this.menu = this.menu?.kind === 'add' ? this.menu : null;
  }

  private openAdd(): void {
    this.returnFocus = this.focusKey;
    this.menu = { kind: 'add' };
  }

  private renderPicture(ego: Person | undefined): TemplateResult {
    const g = this.geometry;
    const e = g.extent;
    const names = this.model.centre.map((p) => p.name || this.i18n.t(commonMessages, 'unnamed')).join(', ');
    // Lines first, then the centre and the systems over them (opaque discs), then the lines of
    // the system under the pointer or in focus once more on top, so they can be followed.
    return html`
      ${this.model.systems.length === 0 ? html`<p class="empty">${this.t('empty')}</p>` : nothing}
      <svg
        class="diagram"
        part="diagram"
        viewBox="${-e} ${-e} ${2 * e} ${2 * e}"
        role="group"
        aria-label=${this.t('diagramLabel', { name: ego?.name || this.i18n.t(commonMessages, 'client'), count: this.model.systems.length })}
        aria-describedby="${this.uid}-hint"
        @keydown=${this.onDiagramKeydown}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onDiagramClick}
        @focusin=${this.onFocusIn}
      >
        ${arrowMarkers(this.uid)}
        <g class="zoom" transform=${this.panZoom.attribute}>
        ${this.model.systems.length === 0
          ? svg`<circle class="guide-ring" r=${g.rings[0] - SYSTEM_RADIUS} aria-hidden="true"></circle>`
          : nothing}
        <circle class="centre-disc" r=${g.centreRadius}></circle>
        <g class="lines">${this.model.lines.map((line) => this.renderLine(line))}</g>
        <g class="member-names" aria-hidden="true">${this.model.centre.map((p) => {
          const at = g.members[p.id];
          return svg`<text class="member-name" x=${at.x} y=${at.y + MEMBER_SYMBOL / 2 + 17}>${shorten(firstWord(p.name) || (p.id === this.doc.egoId ? this.i18n.t(commonMessages, 'client') : '?'), 11)}</text>`;
        })}</g>
        ${this.renderCentre(names)} ${this.model.systems.map((s) => this.renderSystem(s.person, s.category))}
        ${this.exporting ? this.renderExportLegend() : this.renderLifted()}
        </g>
      </svg>
      <p class="hint" id="${this.uid}-hint">${this.t(this.readonly ? 'hintReadonly' : 'hint')}</p>
      ${this.hideLegend ? nothing : this.renderLegend()}
    `;
  }

  private tabIndexFor(key: string): string {
    return this.focusKey === key ? '0' : '-1';
  }

  /** The dashed focus ring, drawn only in the one item that can hold focus (roving tabindex). */
  private focusRing(key: string, r: number, at: Point = { x: 0, y: 0 }): SVGTemplateResult | typeof nothing {
    return this.focusKey === key ? svg`<circle class="focus-ring" cx=${at.x} cy=${at.y} r=${r}></circle>` : nothing;
  }

  private renderCentre(names: string): SVGTemplateResult {
    const g = this.geometry;
    const key = 'centre';
    const lineCount = this.model.lines.filter((l) => !l.between).length;
    return svg`<g part="centre" class="centre ${this.focusKey === key && this.menu ? 'active' : ''}" data-focus-key=${key}
        role="button" tabindex=${this.tabIndexFor(key)} aria-label=${this.t('centreLabel', { names, count: lineCount })}>
      ${this.focusRing(key, g.centreRadius + 5)}
      ${this.model.centre.map((p) => {
        const at = g.members[p.id];
        return svg`<g part="member" class="member" data-person-id=${p.id}>
          ${memberSymbol(p, at, MEMBER_SYMBOL, p.id === this.doc.egoId)}
        </g>`;
      })}
    </g>`;
  }

  /** A system: a disc and its name, moved into place as one group (few nodes, few bindings). */
  private renderSystem(person: Person, category: string): SVGTemplateResult {
    const at = this.systemPoint(person.id);
    const key = `system:${person.id}`;
    const lines = this.model.linesBySystem.get(person.id) ?? [];
    const label = this.t('systemLabel', {
      name: this.nameOf(person.id),
      // The visible words first, so speech-input users can say what they see.
      category: this.categoryShort(category),
      lines: lines.length ? lines.map((l) => this.lineLabel(l)).join('. ') : this.t('systemNoLine'),
    });
    const { lines: nameLines, sizeClass } = nameLayout(person.name || '?');
    // A shortened name ("Riet Bakker-de…") is said first as shown, so speech-input users can
    // say what they see (WCAG 2.5.3); the full name follows in the label.
    const shown = nameLines.join(' ');
    const spoken = shown === person.name ? label : `${shown} ${this.categoryShort(category)}. ${label}`;
    const dragging = this.drag?.id === person.id;
    const active = this.focusKey === key && (this.menu?.kind === 'system' || dragging);
    const cls = `system cat-${category} ${person.kind} ${sizeClass}${dragging && this.drag!.angle !== undefined ? ' dragging' : ''}${active ? ' active' : ''}`;
    const cat = shorten(this.categoryShort(category), 14);
    return svg`<g part="system" class=${cls} data-focus-key=${key} data-person-id=${person.id} data-category=${category}
        role="button" tabindex=${this.tabIndexFor(key)} aria-label=${spoken} transform="translate(${round1(at.x)} ${round1(at.y)})">
      ${this.focusRing(key, SYSTEM_RADIUS + 5)}
      <circle class="system-disc" r="44"></circle>
      <text y=${NAME_TOP[nameLines.length - 1]}><tspan class="system-name">${nameLines[0]}</tspan>${nameLines
          .slice(1)
          .map((t) => svg` <tspan class="system-name" x="0" dy=${nameLines.length === 3 ? 13 : 15}>${t}</tspan>`)} <tspan class="system-cat" x="0" dy=${nameLines.length === 3 ? 14 : 16}>${cat}</tspan></text>
    </g>`;
  }

  /** The drawn segment of a line (routed around other circles when the layout was made). */
  private lineSegment(line: EcoLine): Segment {
    return this.routes.get(line.tie.id) ?? this.computeRoute(line, this.obstacles(), this.parallelOffsets());
  }

  /**
   * Circles lines keep out of: every system. (Inside the household circle the lines stay
   * straight: the members' symbols are opaque and their names have a halo, and bending there
   * would throw the lines into wide arcs.)
   */
  private obstacles(): Obstacle[] {
    return this.model.systems.map((s) => ({ id: s.person.id, ...this.systemPoint(s.person.id), r: SYSTEM_RADIUS + CLEARANCE }));
  }

  private computeRoutes(): Map<Id, Segment> {
    const obstacles = this.obstacles();
    const offsets = this.parallelOffsets();
    return new Map(this.model.lines.map((line) => [line.tie.id, this.computeRoute(line, obstacles, offsets)]));
  }

  /**
   * From a household member's symbol (or the centre) straight to the system, or curved between two
   * systems; bent around any circle on the way, so no line seems to end at a circle it passes.
   */
  private computeRoute(line: EcoLine, obstacles: Obstacle[], offsets: Map<Id, number>): Segment {
    const b = this.systemPoint(line.b);
    const own = (o: Obstacle) => o.id === line.a || o.id === line.b;
    let seg: Segment;
    if (line.between) {
      const a = this.systemPoint(line.a);
      const preferred = curveBetween(a, SYSTEM_RADIUS, b, SYSTEM_RADIUS).control;
      const centre = { x: 0, y: 0, r: this.geometry.centreRadius + CLEARANCE };
      seg = routeAround(a, SYSTEM_RADIUS, b, SYSTEM_RADIUS, [...obstacles, centre], preferred, own);
    } else if (this.model.centre.length <= 1) {
      seg = routeAround({ x: 0, y: 0 }, this.geometry.centreRadius, b, SYSTEM_RADIUS, obstacles, undefined, own);
    } else {
      // Clear of the client's double outline and, going down, of the name under the symbol,
      // so arrowheads and names stay readable.
      const a = this.geometry.members[line.a];
      const down = (b.y - a.y) / (Math.hypot(b.x - a.x, b.y - a.y) || 1) > 0.3;
      const ra = MEMBER_SYMBOL / 2 + (down ? 24 : line.a === this.doc.egoId ? 8 : 4);
      seg = routeAround(a, ra, b, SYSTEM_RADIUS, obstacles, undefined, own);
    }
    return offsetSegment(seg, offsets.get(line.tie.id) ?? 0);
  }

  /**
   * Several ties between one pair (a sister who is also the employer) are drawn side by side,
   * 10 units apart, instead of on top of each other.
   */
  private parallelOffsets(): Map<Id, number> {
    const groups = new Map<string, EcoLine[]>();
    for (const l of this.model.lines) {
      const key = `${l.between ? 'b' : 'c'}|${l.between ? [l.a, l.b].sort().join('|') : `${l.a}|${l.b}`}`;
      const list = groups.get(key);
      if (list) list.push(l);
      else groups.set(key, [l]);
    }
    const out = new Map<Id, number>();
    for (const same of groups.values()) if (same.length > 1) same.forEach((l, i) => out.set(l.tie.id, (i - (same.length - 1) / 2) * 10));
    return out;
  }

  /** Where the stress hatching of a line starts: past the crowd of lines around the centre. */
  private hatchStart(line: EcoLine, seg: Segment): number {
    if (line.between) return 16;
    // How far the line runs before it leaves the household circle (|start + t·u| = R), plus room.
    const s = seg.start;
    const to = seg.control ?? seg.end;
    const len = Math.hypot(to.x - s.x, to.y - s.y) || 1;
    const ux = (to.x - s.x) / len;
    const uy = (to.y - s.y) / len;
    const su = s.x * ux + s.y * uy;
    const R = this.geometry.centreRadius;
    const t = -su + Math.sqrt(Math.max(0, su * su - (s.x * s.x + s.y * s.y) + R * R));
    return t + 24;
  }

  private renderLine(line: EcoLine): SVGTemplateResult {
    const seg = this.lineSegment(line);
    const key = `line:${line.tie.id}`;
    const active = this.focusKey === key && this.menu?.kind === 'line';
    // What `styledLine` draws, written out in this template: one clone per line, not two.
    const a = lineAttributes(seg, line, this.uid, this.hatchStart(line, seg));
    return svg`<g part="line" class="line-group${active ? ' active' : ''}" data-focus-key=${key} data-tie-id=${line.tie.id}
        data-strength=${line.strength} data-stress=${line.stress ? 'true' : 'false'} data-direction=${line.direction}
        role="button" tabindex=${this.tabIndexFor(key)} aria-label=${this.lineLabel(line)}>
      <path class="hit" d=${linePath(seg, 'normal')}></path>
      <path class=${a.strokeClass} part="line-stroke" d=${a.d} stroke-width=${a.width} stroke-dasharray=${a.dash}
        marker-start=${a.markerStart} marker-end=${a.markerEnd}></path>
      ${a.hatch ? svg`<path class="hatch" part="line-stress" d=${a.hatch.d} data-marks=${a.hatch.marks}></path>` : nothing}
    </g>`;
  }

  /**
   * The lines of the system under the pointer (or in focus, or of the line in focus) drawn again
   * over the circles: where a line still has to pass a circle, the one looked at stays whole.
   */
  private renderLifted(): SVGTemplateResult | typeof nothing {
    const key = this.focusKey;
    let lines: EcoLine[] = [];
    if (this.hoverId) lines = this.model.linesBySystem.get(this.hoverId) ?? [];
    else if (key.startsWith('system:')) lines = this.model.linesBySystem.get(key.slice(7)) ?? [];
    else if (key.startsWith('line:')) lines = this.model.lines.filter((l) => l.tie.id === key.slice(5));
    if (!lines.length) return nothing;
    return svg`<g class="lifted" aria-hidden="true">${lines.map((line) => {
      const seg = this.lineSegment(line);
      return styledLine(seg, line, this.uid, this.hatchStart(line, seg));
    })}</g>`;
  }

  /** Legend entries: every line the picture can show, with its meaning in words. */
  private legendEntries(): Array<{ look: LineLook; text: string }> {
    const plain = { stress: false, direction: 'none' as EcoDirection };
    return [
      { look: { strength: 'strong', ...plain }, text: this.t('legendStrong') },
      { look: { strength: 'normal', ...plain }, text: this.t('legendNormal') },
      { look: { strength: 'tenuous', ...plain }, text: this.t('legendTenuous') },
      { look: { strength: 'broken', ...plain }, text: this.t('legendBroken') },
      { look: { strength: 'normal', stress: true, direction: 'none' }, text: this.t('legendStress') },
      { look: { strength: 'normal', stress: false, direction: 'out' }, text: this.t('legendOneWay') },
      { look: { strength: 'normal', stress: false, direction: 'both' }, text: this.t('legendBothWays') },
      { look: { strength: 'normal', stress: false, direction: 'none', between: true }, text: this.t('legendBetween') },
    ];
  }

  /** A small sample of a line (legend, menu); arrowheads drawn in, so it needs no marker of its own. */
  private sample(look: LineLook): SVGTemplateResult {
    return sampleLine(look);
  }

  /** Size of the legend drawn under the picture in exports. */
  private exportLegendBox(): { columns: number; rows: number; height: number } {
    const columns = this.geometry.extent * 2 >= 640 ? 2 : 1;
    const rows = Math.ceil(this.legendEntries().length / columns) + 1;
    return { columns, rows, height: rows * 26 + 16 };
  }

  /** The legend as SVG, under the circle, for SVG/PNG files (styled by the same CSS while exporting). */
  private renderExportLegend(): SVGTemplateResult {
    const e = this.geometry.extent;
    const { columns } = this.exportLegendBox();
    const colWidth = (2 * e) / columns;
    const top = e + 20;
    return svg`<g class="export-legend">
      <text class="legend-title" x=${-e + 4} y=${top + 14}>${this.i18n.t(commonMessages, 'legend')}</text>
      ${this.legendEntries().map((entry, i) => {
        const x = -e + 4 + (i % columns) * colWidth;
        const y = top + 26 * (Math.floor(i / columns) + 1) + 12;
        return svg`${styledLine({ start: { x, y }, end: { x: x + 52, y } }, entry.look, this.uid)}
          <text class="legend-text" x=${x + 62} y=${y + 4}>${entry.text}</text>`;
      })}
    </g>`;
  }

  private renderLegend(): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label=${this.i18n.t(commonMessages, 'legend')}>
      ${this.legendEntries().map((entry) => html`<li>${this.sample(entry.look)}<span>${entry.text}</span></li>`)}
    </ul>`;
  }

  // ------------------------------------------------------------------ menu

  /** Where the menu opens: next to its item, kept inside the stage. */
  private menuPosition(menu: Menu): { left: string; top: string } {
    const stage = this.stageEl;
    const svgEl = this.svgEl;
    if (menu.kind === 'add' || !stage || !svgEl || this.view === 'table') return { left: '0.5rem', top: '0.5rem' };
    let p: Point = { x: 0, y: 0 };
    if (menu.kind === 'system') {
      if (this.geometry.systems[menu.id]) p = this.systemPoint(menu.id);
    } else {
      const line = this.lineById(menu.tieId);
      if (line) p = pointAt(this.lineSegment(line), 0.5);
    }
    const sr = stage.getBoundingClientRect();
    const vr = svgEl.getBoundingClientRect();
    const e = this.geometry.extent;
    const scale = vr.width / (2 * e);
    const { x: tx, y: ty, k } = this.panZoom.transform;
    const x = vr.left - sr.left + (p.x * k + tx + e) * scale;
    const y = vr.top - sr.top + (p.y * k + ty + e) * scale;
    const width = Math.min(304, sr.width - 16);
    const left = Math.max(8, Math.min(x + 16, sr.width - width - 8));
    const top = Math.max(8, Math.min(y + 16, Math.max(8, sr.height - 420)));
    return { left: `${left}px`, top: `${top}px` };
  }

  /** Moves an opened menu up when it would hang below the stage, and scrolls it into view. */
  private keepMenuInside(): void {
    const menu = this.renderRoot.querySelector<HTMLElement>('.menu');
    const stage = this.stageEl;
    if (!menu || !stage) return;
    const overflow = menu.offsetTop + menu.offsetHeight - stage.clientHeight;
    if (overflow > 0) menu.style.top = `${Math.max(8, menu.offsetTop - overflow - 8)}px`;
    menu.scrollIntoView?.({ block: 'nearest' });
  }

  private renderMenu(menu: Menu): TemplateResult | typeof nothing {
    // The menu shows (and takes focus, see `updated`) once its part is there.
    const panels = this.panels.get();
    if (!panels) return nothing;
    const titleId = `${this.uid}-menu-title`;
    let title = '';
    let body: TemplateResult;
    if (menu.kind === 'add') {
      title = this.t('addSystem');
      body = panels.renderAddForm(this.panelHost);
    } else if (menu.kind === 'line') {
      const line = this.lineById(menu.tieId)!;
      title = `${this.t('lineMenu')}: ${this.nameOf(line.a)} – ${this.nameOf(line.b)}`;
      body = panels.renderLineMenu(this.panelHost, line);
    } else {
      // The system as last seen: its form stays while a typed name waits (see `sync`).
      const person = this.person(menu.id) ?? this.menuPerson!;
      this.menuPerson = person;
      title = this.t('systemMenu', { name: this.nameOf(menu.id) });
      body = panels.renderSystemForm(this.panelHost, person);
    }
    return html`<div class="menu" part="menu" role="dialog" aria-labelledby=${titleId} style=${cssProps(this.menuPosition(menu))} @keydown=${this.onMenuKeydown}>
      <h2 id=${titleId}>${title}</h2>
      ${this.renderEditProblem()} ${body}
    </div>`;
  }
}

/** A segment moved sideways by `offset` (perpendicular to its direction). */
function offsetSegment(seg: Segment, offset: number): Segment {
  if (!offset) return seg;
  const dx = seg.end.x - seg.start.x;
  const dy = seg.end.y - seg.start.y;
  const len = Math.hypot(dx, dy) || 1;
  const ox = (-dy / len) * offset;
  const oy = (dx / len) * offset;
  const move = (p: Point) => ({ x: p.x + ox, y: p.y + oy });
  return { start: move(seg.start), end: move(seg.end), control: seg.control ? move(seg.control) : undefined };
}

/** Household members share a surname: their first name is enough inside the centre. */
function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Breaks a name into at most `lines` lines of about `width` characters (greedy, by words; a
 * word longer than a line, like "Jeugdbescherming", is split with a hyphen).
 */
function wrapLabel(text: string, width: number, lines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) => {
      const chars = [...w];
      if (chars.length <= width) return [w];
      // "Jansen-Mulder": break after its own hyphen first.
      if (/.-./.test(w)) return w.split(/(?<=-)/);
      const parts: string[] = [];
      for (let i = 0; i < chars.length; i += width - 2) parts.push(chars.slice(i, i + width - 2).join(''));
      // A short tail goes back on the piece before it.
      if (parts.length > 1 && [...parts[parts.length - 1]].length <= 3) parts[parts.length - 2] += parts.pop();
      return parts.map((p, i) => (i < parts.length - 1 ? `${p}-` : p));
    });
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    // Pieces of a hyphenated word join without a space.
    const joined = current.endsWith('-') ? `${current}${word}` : `${current} ${word}`;
    if (!current) current = word;
    else if (joined.length <= width) current = joined;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => shorten(l, width + 1));
  const kept = out.slice(0, lines);
  kept[lines - 1] = shorten(`${kept[lines - 1]} ${out.slice(lines).join(' ')}`, width + 1);
  return kept;
}

/**
 * A smaller font class for names whose longest line would not fit the circle at 12 px (its
 * width estimated from its length: no text is measured while rendering).
 */
function nameSize(lines: string[]): number {
  const em = Math.max(...lines.map(boldWidth));
  return Math.min(12, NAME_ROOM[Math.min(lines.length, 3) - 1] / em);
}

/**
 * How a name is shown in its circle: of a few wraps (by line length) the one with the largest
 * font, where a word broken with a hyphen costs a point and a shortened name three; fewer
 * lines win a tie.
 */
function nameLayout(name: string): { lines: string[]; sizeClass: string } {
  const score = (lines: string[], size: number) =>
    size - lines.filter((l) => l.endsWith('-')).length - (lines.some((l) => l.endsWith('…')) ? 3 : 0);
  let lines = wrapLabel(name, 14, 3);
  let size = nameSize(lines);
  for (const width of [11, 8]) {
    const other = wrapLabel(name, width, 3);
    const otherSize = nameSize(other);
    if (score(other, otherSize) > score(lines, size) + 0.5) {
      lines = other;
      size = otherSize;
    }
  }
  return { lines, sizeClass: size >= 12 ? '' : size >= 11 ? 'fs11' : size >= 10 ? 'fs10' : 'fs9' };
}

/** Coordinates with one decimal: shorter attributes, same picture. */
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
