/**
 * Keeps an opened `<details class="dropdown">` panel inside its element: the panel opens
 * aligned to the end of its button (right in ltr), which falls off the left edge when the
 * button sits at the start of a narrow toolbar. On opening, the panel is measured and flipped
 * to the start (`data-align="start"`) when that keeps more of it in view.
 * Listen in the capture phase on a shadow root: `toggle` does not bubble.
 */
export function keepDropdownInView(event: Event): void {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.classList.contains('dropdown')) return;
  delete details.dataset.align;
  if (!details.open) return;
  const panel = details.querySelector<HTMLElement>(':scope > .dropdown-panel');
  const root = details.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : document.documentElement;
  if (!panel) return;
  const bounds = host.getBoundingClientRect();
  const left = Math.max(bounds.left, 0);
  const right = Math.min(bounds.right, document.documentElement.clientWidth || bounds.right);
  const overflow = (rect: DOMRect) => Math.max(0, left - rect.left) + Math.max(0, rect.right - right);
  const atEnd = overflow(panel.getBoundingClientRect());
  if (atEnd === 0) return;
  details.dataset.align = 'start';
  if (overflow(panel.getBoundingClientRect()) >= atEnd) delete details.dataset.align;
}
