import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/network-circles.js';
import type { CircleRing, CircleSector } from '../src/network-circles.js';
import { createEmptyNetwork } from '../src/model/empty.js';
import type { CareNetwork } from '../src/model/types.js';
import { careCase } from '../tests/fixtures/care-case.js';
import { generateNetwork } from '../tests/fixtures/generate-network.js';

interface Args {
  network: CareNetwork;
  readonly: boolean;
  highlight: string;
  view: 'picture' | 'table';
  rings?: CircleRing[];
  sectors?: CircleSector[];
  lang: 'nl' | 'en';
  theme: '' | 'light' | 'dark';
  style: string;
}

const meta: Meta<Args> = {
  title: 'Elements/network-circles',
  component: 'network-circles',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The netwerkcirkel: the client in the centre, rings for how important someone is, sectors for the parts of life. ' +
          'Add people from the toolbar or by tapping an empty spot; drag them (mouse, pen, finger) or use the keyboard ' +
          '(arrow keys, Enter, M to move, Delete, N, C, Ctrl+Z). The table view shows and edits the same data.',
      },
    },
  },
  args: { network: careCase, readonly: false, highlight: '', view: 'picture', lang: 'nl', theme: '', style: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    view: { control: 'inline-radio', options: ['picture', 'table'] },
  },
  render: (a) => html`<div lang=${a.lang} style=${a.style}>
    <network-circles
      .network=${a.network}
      ?readonly=${a.readonly}
      highlight=${a.highlight}
      view=${a.view}
      theme=${ifDefined(a.theme || undefined)}
      .rings=${a.rings ?? undefined}
      .sectors=${a.sectors ?? undefined}
    ></network-circles>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** First use: only the client. A friendly start says what to do; tap a ring to add someone. */
export const FirstUse: Story = {
  args: { network: createEmptyNetwork({ name: 'Sanne' }) },
};

/** The fixture case: Noor Bakker (15), three generations, friends, school, hockey, professionals. */
export const CareCase: Story = {};

/** The same case in English. */
export const English: Story = { args: { lang: 'en' } };

/** A large, generated network (300 people): the picture grows, zoom and pan reach every part. */
export const LargeNetwork: Story = {
  args: { network: generateNetwork({ people: 300, seed: 4 }) },
};

/** Read only, for a dossier: no editing controls; table view, export and print stay. */
export const Readonly: Story = { args: { readonly: true } };

/** Highlight who gives comfort and support; the legend says what is highlighted. */
export const HighlightSupport: Story = { args: { highlight: 'support:emotional' } };

/** Custom rings and sectors: five parts of life, two rings, unequal sizes. */
export const CustomRingsAndSectors: Story = {
  args: {
    rings: [
      { id: 'close', label: { nl: 'Dichtbij', en: 'Close' } },
      { id: 'far', label: { nl: 'Verder weg', en: 'Further away' }, weight: 1.5 },
    ],
    sectors: [
      { id: 'family', label: { nl: 'Familie', en: 'Family' }, weight: 2 },
      { id: 'friends', label: { nl: 'Vrienden', en: 'Friends' } },
      { id: 'society', label: { nl: 'School en sport', en: 'School and sports' } },
      { id: 'neighbours', label: { nl: 'Buurt', en: 'Neighbourhood' } },
      { id: 'professionals', label: { nl: 'Hulp', en: 'Help' } },
    ],
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Themed through --cn-* custom properties: own sector colours, line styles and font. */
export const CustomTheme: Story = {
  args: {
    style: [
      '--cn-color-sector-1: #fde2e4',
      '--cn-color-sector-2: #e2ece9',
      '--cn-color-sector-3: #fff1e6',
      '--cn-color-sector-4: #dfe7fd',
      '--cn-color-accent: #6d2e8c',
      '--cn-circles-client-fill: #6d2e8c',
      '--cn-tie-tenuous-dash: 2 4',
      '--cn-font-family: Georgia, serif',
    ].join(';'),
  },
};

/** The table view: the same people, readable by screen readers, editable in place. */
export const TableView: Story = { args: { view: 'table' } };

/**
 * On a phone (320 px wide): add, undo and redo stay in the toolbar's row; the other tools are in
 * the "More" menu, so nothing is cut off. The toolbar folds this way whenever its row would wrap.
 */
export const Phone: Story = { args: { style: 'width: 320px' } };

/**
 * Changing a tie between two members (not the client): open a person (Enter or a tap), then
 * "Change" under "Connections with others"; or edit the cells of the connections table.
 */
export const ChangeATie: Story = {
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('network-circles')!;
    await el.updateComplete;
    el.openTie('t-mark-linda');
  },
};
