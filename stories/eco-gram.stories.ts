import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/eco-gram.js';
import '../src/care-network.js';
import { createEmptyNetwork } from '../src/model/empty.js';
import { careCase } from '../tests/fixtures/care-case.js';
import { crowdedStressedEcomap, generatedEcomap, householdEcomap, stressedFamilyEcomap } from '../tests/components/eco-gram/eco-data.js';

const meta: Meta = {
  title: 'Elements/eco-gram',
  component: 'eco-gram',
  parameters: {
    docs: {
      description: {
        component:
          "The Hartman ecomap: the client's household in the centre (genogram symbols), the systems of their life around it, and lines that show strong, normal, tenuous, broken and stressful ties with arrows for the flow of energy. Click or press Enter on a line or a system to change it; drag a system around the centre (Alt+arrow with the keyboard).",
      },
    },
  },
  argTypes: {
    readonly: { control: 'boolean' },
    view: { control: 'inline-radio', options: ['picture', 'table'] },
  },
  args: { readonly: false, view: 'picture' },
};
export default meta;

type Args = { readonly: boolean; view: 'picture' | 'table' };
type Story = StoryObj<Args>;

export const EmptyStart: Story = {
  render: (args) =>
    html`<eco-gram .network=${createEmptyNetwork({ name: 'Sanne' })} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

export const Household: Story = {
  render: (args) => html`<eco-gram .network=${householdEcomap()} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

/** The shared fixture: Noor's household (mother, her partner, twin brothers, foster brother) and the systems around it. */
export const FixtureCase: Story = {
  render: (args) => html`<eco-gram .network=${careCase} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

export const StressedFamily: Story = {
  render: (args) => html`<eco-gram .network=${stressedFamilyEcomap()} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

/** A crowded family under pressure: 40 systems, most lines stressful; lines route around the circles. */
export const CrowdedStressedFamily: Story = {
  render: (args) => html`<eco-gram .network=${crowdedStressedEcomap(40)} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

export const SixtySystems: Story = {
  render: (args) => html`<eco-gram .network=${generatedEcomap(60)} ?readonly=${args.readonly} view=${args.view}></eco-gram>`,
};

export const Table: Story = { ...Household, args: { view: 'table' } };

export const ReadOnly: Story = { ...Household, args: { readonly: true } };

export const DarkTheme: Story = {
  render: () => html`<div style="background:#161b22;padding:8px"><eco-gram theme="dark" .network=${householdEcomap()}></eco-gram></div>`,
};

/** Own colours through the public tokens; meaning stays in the line shapes. */
export const CustomTheme: Story = {
  render: () => html`<eco-gram
    style="--cn-color-line:#234; --cn-eco-stress-color:#c05; --cn-eco-centre-fill:#fff7e0; --cn-color-sector-1:#dde; --cn-font-family: Georgia, serif"
    .network=${householdEcomap()}
  ></eco-gram>`,
};

export const Dutch: Story = {
  render: () => html`<div lang="nl"><eco-gram .network=${householdEcomap()}></eco-gram></div>`,
};

export const English: Story = {
  render: () => html`<div lang="en"><eco-gram .network=${householdEcomap()}></eco-gram></div>`,
};

/** Inside `<care-network>`: the same document and undo history as the other elements. */
export const InsideCareNetwork: Story = {
  render: () => html`<care-network .network=${householdEcomap()}><eco-gram></eco-gram></care-network>`,
};
