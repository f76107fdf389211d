/**
 * Getting the plan out of the browser: a text file download and printing the print view.
 * Interim: these move to the lead's shared `src/base/export.ts` when it lands on main.
 * Nothing is sent anywhere: the file is made in the page, printing uses the browser's dialog.
 */
import { PRINT_CSS } from './plan-board.styles.js';

/** Offers a text file to the user (a download made in the page, never sent anywhere). */
export function saveTextFile(host: HTMLElement, name: string, text: string, mime: string): void {
  const doc = host.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Prints one element on its own (not the whole portal page around it): a hidden frame holds a
 * copy of the element's markup with the print styles, and the browser's print dialog opens on it.
 */
export function printElement(element: HTMLElement, title: string): void {
  const doc = element.ownerDocument;
  const frame = doc.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  doc.body.append(frame);
  const win = frame.contentWindow;
  const fdoc = frame.contentDocument;
  if (!win || !fdoc) {
    frame.remove();
    return;
  }
  fdoc.open();
  fdoc.write('<!doctype html><html><head><meta charset="utf-8"><title></title><style></style></head><body></body></html>');
  fdoc.close();
  fdoc.documentElement.lang = doc.documentElement.lang || 'en';
  fdoc.title = title;
  fdoc.querySelector('style')!.textContent = PRINT_CSS;
  fdoc.body.append(fdoc.importNode(element, true));
  const cleanup = () => setTimeout(() => frame.remove(), 0);
  win.addEventListener('afterprint', cleanup, { once: true });
  win.focus();
  win.print();
  // Some browsers never fire afterprint for a frame; do not leave it behind.
  setTimeout(() => frame.isConnected && frame.remove(), 60_000);
}
