/**
 * The print document: a hidden same-origin frame with the title, the date and the content,
 * styled by a constructable stylesheet (strict CSP allows it). A lazy part of export.ts.
 */
import type { PrintOptions } from './export.js';

const BASE_PRINT_CSS = `
  html, body { margin: 0; padding: 0; background: #fff; color: #000;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 11pt; }
  .cn-print-header { display: flex; justify-content: space-between; align-items: baseline;
    border-bottom: 1px solid #000; margin-bottom: 8mm; padding-bottom: 2mm; }
  .cn-print-header h1 { font-size: 16pt; margin: 0; }
  .cn-print-header p { margin: 0; }
  svg { max-width: 100%; height: auto; }
  .cn-print-svg svg { width: 100%; max-height: 80vh; }
`;

/**
 * Builds the print document in a hidden same-origin frame and returns the frame (attached to
 * the page). Tests inspect it; `printView` prints and removes it.
 */
export function createPrintFrame(options: PrintOptions): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = options.title;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  doc.documentElement.lang = options.lang ?? document.documentElement.lang ?? 'nl';
  doc.title = options.title;

  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  const page = `@page { size: ${options.size ?? 'A4'} ${options.orientation ?? 'portrait'}; margin: 12mm; }`;
  sheet.replaceSync(`${page}\n${BASE_PRINT_CSS}\n${options.css ?? ''}`);
  doc.adoptedStyleSheets = [sheet];

  const header = doc.createElement('header');
  header.className = 'cn-print-header';
  const h1 = doc.createElement('h1');
  h1.textContent = options.title;
  header.appendChild(h1);
  if (options.subtitle) {
    const p = doc.createElement('p');
    p.textContent = options.subtitle;
    header.appendChild(p);
  }
  doc.body.appendChild(header);

  for (const item of options.content) {
    const copy = doc.importNode(item, true);
    if (copy instanceof (win as unknown as typeof globalThis).SVGSVGElement) {
      const holder = doc.createElement('div');
      holder.className = 'cn-print-svg';
      holder.appendChild(copy);
      doc.body.appendChild(holder);
    } else {
      doc.body.appendChild(copy);
    }
  }
  return frame;
}

/** Opens the browser's print dialog for a print document, then removes the frame (`printView`). */
export async function printFrame(options: PrintOptions): Promise<void> {
  const frame = createPrintFrame(options);
  const win = frame.contentWindow!;
  await new Promise((r) => setTimeout(r, 50));
  try {
    // No win.focus(): print() prints this frame anyway, and moving focus into a frame that is
    // removed a second later leaves some browsers (Firefox) without an active window.
    win.print();
  } finally {
    setTimeout(() => frame.remove(), 1000);
  }
}
