import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/genogram-editor.js';
import { createEmptyNetwork } from '../src/model/empty.js';
import { careCase } from '../tests/fixtures/care-case.js';
import { generateFamily } from '../tests/components/genogram-editor/generate-family.js';
import { notationFamily } from '../tests/components/genogram-editor/notation-family.js';
import { exportGedcom } from '../src/io/index.js';
import type { GenogramEditor } from '../src/genogram-editor.js';

interface Args {
  lang: 'nl' | 'en';
  theme: 'light' | 'dark';
  readonly: boolean;
  fullLegend: boolean;
  hideLegend: boolean;
  focusGenerations: number;
}

const meta: Meta<Args> = {
  title: 'Elements/genogram-editor',
  component: 'genogram-editor',
  args: { lang: 'nl', theme: 'light', readonly: false, fullLegend: false, hideLegend: false, focusGenerations: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The family diagram (genogram, familiekaart) in the notation of McGoldrick, Gerson & Petry (2020). Select a person, then add parents, partners, children, brothers and sisters or twins by button, letter key or context menu (right click, Shift+F10). The arrow keys walk the family; every person is announced with their relation to the client. A table view, a legend, a focus window for large families, SVG/PNG/print export.',
      },
    },
  },
};
export default meta;

const editor = (network: unknown, a: Args) => html`<div lang=${a.lang} style="color-scheme:${a.theme}">
  <genogram-editor theme=${a.theme} ?readonly=${a.readonly} ?full-legend=${a.fullLegend} ?hide-legend=${a.hideLegend}
    focus-generations=${a.focusGenerations} .network=${network}></genogram-editor>
</div>`;

/** A new family drawing starts with one question: who is it about? */
export const EmptyStart: StoryObj<Args> = {
  name: 'Empty start: begin with the client',
  render: (a) => editor(createEmptyNetwork(), a),
};

/** Noor's family: divorced parents, a stepmother and a baby on the way, identical twins, a foster brother, an adopted nonbinary cousin, a deceased grandfather, a household. */
export const BlendedFamily: StoryObj<Args> = {
  name: 'Three-generation blended family',
  render: (a) => editor(careCase, a),
};

/** Every symbol and line of the notation, and the full key. */
export const Legend: StoryObj<Args> = {
  name: 'The legend (every symbol and line)',
  args: { fullLegend: true, lang: 'en' },
  render: (a) => editor(notationFamily(), a),
};

/** 600 people: the drawing opens as a focus window of a few generations around the client; "Focus here" moves it. */
export const LargeFamilyFocus: StoryObj<Args> = {
  name: 'Large family in focus view',
  args: { focusGenerations: 1 },
  render: (a) => editor(generateFamily(600), a),
};

/**
 * A GEDCOM file of 1,500 people read the way a user opens one (File → Import GEDCOM): the file
 * is read off the main thread, the review lists what it holds, and after "Import" the family
 * opens as a focus window around the first person, laid out in a worker.
 */
export const ImportedGedcom: StoryObj<Args> = {
  name: 'Large imported family (GEDCOM) in focus view',
  args: { lang: 'en' },
  render: (a) => {
    const text = exportGedcom(generateFamily(1500, 11));
    const open = (el?: Element) => {
      if (el) void (el as GenogramEditor).updateComplete.then(() => (el as GenogramEditor).reviewGedcom(text, 'family-1500.ged'));
    };
    return html`<div lang=${a.lang}>
      <genogram-editor theme=${a.theme} focus-generations=${a.focusGenerations} .network=${createEmptyNetwork({ id: 'me', name: 'Sanne' })}
        ${ref(open)}></genogram-editor>
    </div>`;
  },
};

export const Dark: StoryObj<Args> = {
  name: 'Theme: dark',
  args: { theme: 'dark' },
  render: (a) => html`<div style="background:#0d1117;padding:8px">${editor(careCase, a)}</div>`,
};

/** Custom tokens: the host's font, accent and relation colours. */
export const CustomTheme: StoryObj<Args> = {
  name: 'Theme: custom tokens',
  render: (a) => html`<div style="--cn-font-family: Georgia, serif; --cn-color-accent: #6b2c91; --cn-relation-negative: #b35c00; --cn-genogram-household: #2c6e49">
    ${editor(careCase, a)}
  </div>`,
};

export const English: StoryObj<Args> = {
  name: 'Language: English',
  args: { lang: 'en' },
  render: (a) => editor(careCase, a),
};

export const ReadOnly: StoryObj<Args> = {
  name: 'Read only (display)',
  args: { readonly: true },
  render: (a) => editor(careCase, a),
};
