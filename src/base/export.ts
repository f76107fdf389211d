/**
 * Export of the drawings: a self-contained SVG (styles resolved and written inline, no
 * scripts, no event attributes, no external references), PNG from that SVG, file download,
 * and a print view (A4/A3, portrait/landscape) with a title, date and legend. Nothing is sent
 * anywhere; files are made in the page and handed to the browser's download.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed styles copied onto the exported elements, so the file looks the same anywhere. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'visibility',
] as const;

export interface SvgExportOptions {
  /** Title written into the file (`<title>`), e.g. "Netwerkcirkels van Sanne — 22-11-2026". */
  title?: string;
  /** Longer description (`<desc>`). */
  description?: string;
  /** Background colour painted behind the drawing (default white: files are printed). */
  background?: string | null;
  /** Extra SVG appended at the end (e.g. a legend group), as an element. */
  append?: SVGElement[];
  /** Override the exported viewBox (default: the SVG's own). */
  viewBox?: { x: number; y: number; width: number; height: number };
}

/** Makes a self-contained SVG document (as text) from an SVG element shown in the page. */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const extra of options.append ?? []) clone.appendChild(extra.cloneNode(true));
  sanitize(clone);

  const vb = options.viewBox ?? readViewBox(svg);
  if (vb) {
    clone.setAttribute('viewBox', `${vb.x} ${vb.y} ${vb.width} ${vb.height}`);
    clone.setAttribute('width', String(Math.round(vb.width)));
    clone.setAttribute('height', String(Math.round(vb.height)));
  }
  clone.setAttribute('xmlns', SVG_NS);
  clone.removeAttribute('style');
  clone.removeAttribute('class');

  const doc = svg.ownerDocument;
  if (options.background !== null && vb) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(vb.x));
    rect.setAttribute('y', String(vb.y));
    rect.setAttribute('width', String(vb.width));
    rect.setAttribute('height', String(vb.height));
    rect.setAttribute('fill', options.background ?? '#ffffff');
    clone.insertBefore(rect, clone.firstChild);
  }
  if (options.description) {
    const desc = doc.createElementNS(SVG_NS, 'desc');
    desc.textContent = options.description;
    clone.insertBefore(desc, clone.firstChild);
  }
  if (options.title) {
    clone.querySelectorAll(':scope > title').forEach((t) => t.remove());
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

function readViewBox(svg: SVGSVGElement) {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { x: vb.x, y: vb.y, width: vb.width, height: vb.height };
  const box = svg.getBoundingClientRect();
  return box.width > 0 ? { x: 0, y: 0, width: box.width, height: box.height } : undefined;
}

/** Walks original and clone together, writing the computed look of each element inline. */
function inlineStyles(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (view) {
    const computed = view.getComputedStyle(source);
    if (computed.display === 'none') {
      target.setAttribute('data-export-remove', '');
      return;
    }
    if (source instanceof SVGElement && !(source instanceof SVGSVGElement && source === target)) {
      for (const property of STYLE_PROPERTIES) {
        const value = computed.getPropertyValue(property);
        if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
      }
    }
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) inlineStyles(sourceChildren[i], targetChildren[i]);
}

/** Removes anything that could run or fetch: scripts, event attributes, foreign content, external links. */
function sanitize(root: Element): void {
  root.querySelectorAll('[data-export-remove], script, foreignObject, iframe, object, embed').forEach((el) => el.remove());
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      const isLink = name === 'href' || name === 'xlink:href' || name === 'src';
      if (
        name.startsWith('on') ||
        name === 'tabindex' ||
        name === 'part' ||
        name === 'style' ||
        name.startsWith('data-') ||
        (isLink && !value.startsWith('#')) ||
        value.startsWith('javascript:')
      ) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** Renders SVG text to a PNG. Needs `img-src blob:` under a strict CSP (documented). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available for the PNG export.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's download (nothing leaves the machine). */
export function downloadFile(content: Blob | string, filename: string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title and today's date: "netwerkcirkels-sanne-2026-11-22.svg". */
export function exportFileName(title: string, extension: string, date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'export'}-${isoDate(date)}.${extension}`;
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface PrintOptions {
  /** Heading of the printed page. */
  title: string;
  /** Line under the title, e.g. the date in the user's language ("Afgedrukt op 22 november 2026"). */
  subtitle?: string;
  /**
   * The content, as nodes (they are cloned; pass the live SVG element or a legend). Text is not
   * accepted on purpose: parsing markup would need a Trusted Types policy under a strict CSP.
   */
  content: Node[];
  size?: 'A4' | 'A3';
  orientation?: 'portrait' | 'landscape';
  /** Extra CSS for the printed document (a constructable stylesheet, so strict CSP allows it). */
  css?: string;
  lang?: string;
}

/**
 * Opens the browser's print dialog for a print document. The print document is built by
 * print-frame.ts, loaded on the first print: no page needs it before.
 */
export async function printView(options: PrintOptions): Promise<void> {
  const { printFrame } = await import('./print-frame.js');
  return printFrame(options);
}

/** "22 november 2026" / "22 November 2026" in the element's language. */
export function longDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
