/**
 * Label sizes and short forms for the drawings. Measures with a canvas where there is one
 * (cached per font), and estimates otherwise, so layout input can be computed anywhere.
 */

/** Dutch and Flemish name particles (tussenvoegsels) that initials skip: "Jan van der Berg" → "JB". */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'in', 'op', 'aan', 'la', 'le', 'du', 'des', 'von', 'zu', 'vd', 'v.d.']);

/** Up to two initials; the first letter of the first and the last main word. */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w && !PARTICLES.has(w.toLowerCase()));
  if (!words.length) return '';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The first name (the first word), for labels with little room. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

type Measure2D = { font: string; measureText(text: string): { width: number } };
let context: Measure2D | null | undefined;
const cache = new Map<string, number>();

function canvasContext(): Measure2D | null {
  if (context !== undefined) return context;
  try {
    if (typeof OffscreenCanvas !== 'undefined') context = new OffscreenCanvas(1, 1).getContext('2d') as Measure2D | null;
    else if (typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d');
    else context = null;
  } catch {
    context = null;
  }
  return context;
}

/** Width in px of `text` in `fontSize` px of the given family (an estimate without a canvas). */
export function textWidth(text: string, fontSize = 14, fontFamily = 'system-ui, sans-serif', weight = 400): number {
  const font = `${weight} ${fontSize}px ${fontFamily}`;
  const key = `${font}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = canvasContext();
  let width: number;
  if (ctx) {
    ctx.font = font;
    width = ctx.measureText(text).width;
  } else {
    width = [...text].length * fontSize * 0.56;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, width);
  return width;
}

export interface FittedLabel {
  /** The text to draw: the full name, the first name, or the initials. */
  text: string;
  width: number;
  /** Which form was used, so the full name can go into the accessible name and a tooltip. */
  form: 'full' | 'first' | 'initials';
}

/** The longest readable form of a name that fits `maxWidth`. */
export function fitLabel(name: string, maxWidth: number, fontSize = 14, fontFamily?: string): FittedLabel {
  const full = name.trim();
  const fullWidth = textWidth(full, fontSize, fontFamily);
  if (fullWidth <= maxWidth) return { text: full, width: fullWidth, form: 'full' };
  const first = firstName(full);
  const firstWidth = textWidth(first, fontSize, fontFamily);
  if (first !== full && firstWidth <= maxWidth) return { text: first, width: firstWidth, form: 'first' };
  const short = initials(full);
  return { text: short, width: textWidth(short, fontSize, fontFamily), form: 'initials' };
}
