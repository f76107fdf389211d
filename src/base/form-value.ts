import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo, type PropertyPart } from 'lit/directive.js';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Binds a form field's `.value` (or `.checked`) to the document without ever overwriting what
 * the user typed: the value is written while the field still shows the last value written
 * (untouched), and left alone once the user changed it. So a field follows the document when
 * it changes under an open form (the host replaced `network`, another element edited), and the
 * user's text survives every re-render. (`live()` would reset it on the next render; a plain
 * `.value` binding would overwrite it when the document's value changes.)
 *
 *   <input name="name" .value=${formValue(person.name)} />
 */
class FormValueDirective extends Directive {
  private written?: string | boolean;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY || (part.name !== 'value' && part.name !== 'checked')) {
      throw new Error('formValue() is for `.value` and `.checked` bindings only.');
    }
  }

  render(value: string | boolean): string | boolean {
    return value;
  }

  override update(part: PropertyPart, [value]: [string | boolean]): unknown {
    const field = part.element as Field & { checked?: boolean };
    const key = part.name as 'value' | 'checked';
    const shown = field[key as 'value'] as string | boolean;
    const untouched = this.written === undefined || shown === this.written;
    if (untouched) {
      if (shown !== value) (field as unknown as Record<string, unknown>)[key] = value;
      this.written = value;
    }
    return noChange;
  }
}

export const formValue = directive(FormValueDirective);
