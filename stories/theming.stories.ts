import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { careCase } from '../tests/fixtures/care-case.js';

/**
 * A live playground of the public theme tokens: change a control and every element inside
 * follows. Tokens are CSS custom properties with the `--cn-` prefix, set on the element or any
 * ancestor; `::part()` reaches the meaningful pieces for anything the tokens do not cover.
 */
interface ThemeArgs {
  '--cn-font-family': string;
  '--cn-font-size': string;
  '--cn-color-text': string;
  '--cn-color-surface': string;
  '--cn-color-surface-raised': string;
  '--cn-color-border': string;
  '--cn-color-accent': string;
  '--cn-color-on-accent': string;
  '--cn-color-focus': string;
  '--cn-color-sector-1': string;
  '--cn-color-sector-2': string;
  '--cn-color-sector-3': string;
  '--cn-color-sector-4': string;
  '--cn-radius': string;
  '--cn-touch-target': string;
  colorScheme: 'light' | 'dark';
}

const color = { control: 'color' } as const;

const meta: Meta<ThemeArgs> = {
  title: 'Docs/Theming playground',
  argTypes: {
    '--cn-color-text': color,
    '--cn-color-surface': color,
    '--cn-color-surface-raised': color,
    '--cn-color-border': color,
    '--cn-color-accent': color,
    '--cn-color-on-accent': color,
    '--cn-color-focus': color,
    '--cn-color-sector-1': color,
    '--cn-color-sector-2': color,
    '--cn-color-sector-3': color,
    '--cn-color-sector-4': color,
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: ({ colorScheme, ...tokens }) => html`<div style=${styleMap({ ...tokens, colorScheme })}>
    <care-network .network=${careCase}>
      <network-circles></network-circles>
      <plan-board></plan-board>
    </care-network>
  </div>`,
};
export default meta;

const defaults: ThemeArgs = {
  '--cn-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  '--cn-font-size': '1rem',
  '--cn-color-text': '#1d2430',
  '--cn-color-surface': '#ffffff',
  '--cn-color-surface-raised': '#f4f6f9',
  '--cn-color-border': '#8793a3',
  '--cn-color-accent': '#1a5fb4',
  '--cn-color-on-accent': '#ffffff',
  '--cn-color-focus': '#b4005a',
  '--cn-color-sector-1': '#e3efff',
  '--cn-color-sector-2': '#e6f6ea',
  '--cn-color-sector-3': '#fff4dc',
  '--cn-color-sector-4': '#f6e8f8',
  '--cn-radius': '8px',
  '--cn-touch-target': '44px',
  colorScheme: 'light',
};

export const Playground: StoryObj<ThemeArgs> = { args: defaults };

/** A complete vendor theme: serif type, aubergine accent, square corners, warm sectors. */
export const VendorTheme: StoryObj<ThemeArgs> = {
  args: {
    ...defaults,
    '--cn-font-family': "Georgia, 'Times New Roman', serif",
    '--cn-color-accent': '#6b2a7a',
    '--cn-color-focus': '#b34100',
    '--cn-color-surface': '#fffdf7',
    '--cn-color-surface-raised': '#f5efe3',
    '--cn-color-border': '#8c7a5b',
    '--cn-radius': '2px',
    '--cn-color-sector-1': '#f3e6f6',
    '--cn-color-sector-2': '#e7f1e4',
    '--cn-color-sector-3': '#fbf0d9',
    '--cn-color-sector-4': '#e3edf5',
  },
};

/** Dark: the page (or the element) says `color-scheme: dark`; every token has a dark value. */
export const Dark: StoryObj<ThemeArgs> = {
  args: {
    ...defaults,
    '--cn-color-text': '#e8ecf2',
    '--cn-color-surface': '#161b22',
    '--cn-color-surface-raised': '#222a35',
    '--cn-color-border': '#6b7788',
    '--cn-color-accent': '#78aeff',
    '--cn-color-on-accent': '#0b1220',
    '--cn-color-focus': '#ff7ab8',
    '--cn-color-sector-1': '#1d3150',
    '--cn-color-sector-2': '#1c3a27',
    '--cn-color-sector-3': '#433519',
    '--cn-color-sector-4': '#3b2443',
    colorScheme: 'dark',
  },
};
