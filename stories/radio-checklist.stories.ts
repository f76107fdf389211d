import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/radio-checklist.js';
import '../src/care-network.js';
import '../src/plan-board.js';
import { createEmptyNetwork } from '../src/model/empty.js';
import type { CareNetwork } from '../src/model/types.js';
import { careCase } from '../tests/fixtures/care-case.js';
import { radioNetwork } from '../tests/components/radio-checklist/radio-network.js';

interface Args {
  network: CareNetwork;
  groupBy: 'sector' | 'ring';
  show: 'all' | 'with-strategy' | 'with-suggestion' | 'without-strategy';
  strategyFilter: string;
  search: string;
  hideSuggestions: boolean;
  smallNetwork: number;
  readonly: boolean;
  theme: '' | 'light' | 'dark';
  lang: '' | 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/radio-checklist',
  component: 'radio-checklist',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The RADIO(+U) network strategies — Reanimeren, Activeren, Deblokkeren, Intensiveren, Onderhouden, ' +
          'plus Uitbreiden — per person, for the client and for the network as a whole. Native checkboxes, each ' +
          'explained on hover and focus; per chosen strategy a status, a note and the plan agreement that carries ' +
          'it out ("Make it an agreement" creates one, linked both ways, in one undo step). Suggestions are ' +
          'always explained and never applied by themselves; dismissed ones are kept in `doc.dismissedSuggestions`. ' +
          'A summary counts people per strategy and status, names life domains without a strategy and says ' +
          'whether the network is being extended. Print gives the checklist with the summary on paper.',
      },
    },
  },
  args: {
    network: careCase,
    groupBy: 'sector',
    show: 'all',
    strategyFilter: '',
    search: '',
    hideSuggestions: false,
    smallNetwork: 5,
    readonly: false,
    theme: '',
    lang: '',
  },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['sector', 'ring'] },
    show: { control: 'select', options: ['all', 'with-strategy', 'with-suggestion', 'without-strategy'] },
    strategyFilter: {
      control: 'select',
      options: ['', 'reanimeren', 'activeren', 'deblokkeren', 'intensiveren', 'onderhouden', 'uitbreiden'],
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    network: { control: false },
  },
  render: (args) => html`<radio-checklist
    .network=${args.network}
    group-by=${args.groupBy}
    show=${args.show}
    strategy-filter=${args.strategyFilter}
    search=${args.search}
    ?hide-suggestions=${args.hideSuggestions}
    small-network=${args.smallNetwork}
    ?readonly=${args.readonly}
    theme=${args.theme || 'light'}
    lang=${args.lang || document.documentElement.lang || 'nl'}
    style=${args.theme === 'dark' ? 'color-scheme: dark' : ''}
  ></radio-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The fixture case (Noor Bakker, ~30 people): eight strategies, four carried out by plan agreements. */
export const FixtureCase: Story = {};

/** Only the client: one row for Noor, one for the network, and one explained suggestion to extend. */
export const EmptyStart: Story = { args: { network: createEmptyNetwork({ name: 'Noor' }) } };

/**
 * A small network whose ties trigger suggestions: a faded good contact (Reanimeren), a conflict
 * (Deblokkeren), strong ties with a lot of contact (Onderhouden) and a mother who carries much
 * of the care alone (Uitbreiden for the network). Choose or hide them.
 */
export const WithSuggestions: Story = { args: { network: radioNetwork() } };

/** Only the rows that have a suggestion. */
export const OnlySuggestions: Story = { args: { network: radioNetwork(), show: 'with-suggestion' } };

/** Grouped by closeness ring instead of life domain. */
export const ByRing: Story = { args: { groupBy: 'ring' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** English. */
export const English: Story = { args: { lang: 'en', network: radioNetwork() } };

/** Read only: for a printed overview or a core-team member who looks along. */
export const ReadOnly: Story = { args: { readonly: true } };

/** Phone width (320 px): everything stacks; targets stay 44 px. */
export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) => html`<div style="max-width: 320px">${meta.render!(args, {} as never)}</div>`,
};

/**
 * Inside `<care-network>` next to `<plan-board>` on the same document: "Make it an agreement"
 * puts a card on the board (with its strategy badge), "Show in plan" selects that card, and a
 * card selected on the board marks its strategy here. Undo is shared.
 */
export const WithPlanBoard: Story = {
  render: () => html`<care-network .network=${careCase}>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem">
      <radio-checklist lang="nl"></radio-checklist>
      <plan-board lang="nl"></plan-board>
    </div>
  </care-network>`,
};
