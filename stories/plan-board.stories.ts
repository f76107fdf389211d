import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/plan-board.js';
import '../src/care-network.js';
import { createEmptyNetwork } from '../src/model/empty.js';
import type { CareNetwork } from '../src/model/types.js';
import { careCase } from '../tests/fixtures/care-case.js';
import { samplePlan } from './plan-board.fixtures.js';

interface Args {
  network: CareNetwork;
  mode: 'board' | 'present' | 'print';
  groupBy: 'question' | 'status';
  readonly: boolean;
  filterPerson: string;
  printPerson: string;
  theme: '' | 'light' | 'dark';
  lang: '' | 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/plan-board',
  component: 'plan-board',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The network’s own plan: the client’s questions as columns, agreements as cards, the conditions ' +
          '(piketpaaltjes) always beside it, the core team and its meetings, and the load per person. Cards ' +
          'move by dragging or with “Move to…”. Print it for everyone or per person, present it one question ' +
          'at a time, save review dates as a calendar (.ics) or the plan as Markdown/text. The software never judges the plan.',
      },
    },
  },
  args: {
    network: careCase,
    mode: 'board',
    groupBy: 'question',
    readonly: false,
    filterPerson: '',
    printPerson: '',
    theme: '',
    lang: '',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['board', 'present', 'print'] },
    groupBy: { control: 'inline-radio', options: ['question', 'status'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    network: { control: false },
  },
  render: (args) => html`<plan-board
    .network=${args.network}
    mode=${args.mode}
    group-by=${args.groupBy}
    ?readonly=${args.readonly}
    filter-person=${args.filterPerson}
    print-person=${args.printPerson}
    theme=${args.theme || 'light'}
    lang=${args.lang || document.documentElement.lang || 'nl'}
    style=${args.theme === 'dark' ? 'color-scheme: dark' : ''}
  ></plan-board>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new plan: only the client. “Add a question” starts it; everything else follows from there. */
export const EmptyStart: Story = { args: { network: createEmptyNetwork({ name: 'Noor' }) } };

/** The fixture case (Noor Bakker): four questions, eleven agreements, one condition, a core team and two meetings. */
export const FixturePlan: Story = {};

/** Forty agreements over three questions: the board stays readable and the load panel shows who carries most. */
export const LongPlan: Story = { args: { network: samplePlan(32) } };

/** Columns per status: drag a card to another column to change its status. */
export const ByStatus: Story = { args: { groupBy: 'status' } };

/** “What have I agreed to?”: only oma Ans’s agreements. */
export const FilteredByPerson: Story = { args: { filterPerson: 'p-ans' } };

/** For the meeting: one question at a time in large type; arrow keys or the buttons step through. */
export const Presentation: Story = { args: { mode: 'present' } };

/** The A4 print preview for everyone. */
export const PrintPreview: Story = { args: { mode: 'print' } };

/** A personal copy: only Noor’s agreements. */
export const PrintPersonal: Story = { args: { mode: 'print', printPerson: 'p-noor' } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** English, whatever the toolbar language. */
export const English: Story = { args: { lang: 'en' } };

/** Dutch, whatever the toolbar language. */
export const Dutch: Story = { args: { lang: 'nl' } };

/** Display only: no editing, but filters, print, presentation and export stay. */
export const Readonly: Story = { args: { readonly: true } };

/** Themed with `--cn-*` tokens from the host page. */
export const CustomTokens: Story = {
  render: (args) => html`<plan-board
    .network=${args.network}
    lang=${document.documentElement.lang || 'nl'}
    style="--cn-color-accent: #00695c; --cn-radius: 2px; --cn-font-family: Georgia, serif; --cn-plan-column-width: 20rem"
  ></plan-board>`,
};

/** Inside `<care-network>` the people come from the shared network: renaming someone renames every card. */
export const SharedNetwork: Story = {
  render: (args) => html`<care-network .network=${args.network}>
    <plan-board lang=${document.documentElement.lang || 'nl'}></plan-board>
  </care-network>`,
};

/** At phone width (320 px) the columns stack and the side panel follows the board. */
export const Phone: Story = {
  render: (args) => html`<div style="width: 320px; border: 1px solid #888">
    <plan-board .network=${args.network} lang=${document.documentElement.lang || 'nl'}></plan-board>
  </div>`,
};
