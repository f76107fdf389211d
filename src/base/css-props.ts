import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | null | undefined>;

const kebab = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Sets inline style properties through the CSSOM only, never through the `style` attribute:
 * under a strict CSP (`style-src 'self'`) attribute styles are blocked, and Lit's own
 * `styleMap` writes the attribute on its first render. Use as `style=${cssProps({ width: '40%' })}`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssProps() only works in a style attribute binding: style=${cssProps({...})}');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      const property = kebab(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
