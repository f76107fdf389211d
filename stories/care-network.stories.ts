import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/care-network.js';

const meta: Meta = {
  title: 'Elements/care-network',
  component: 'care-network',
  parameters: {
    docs: {
      description: {
        component:
          'The provider draws nothing: it shares one live document and one undo history with every element inside it.',
      },
    },
  },
};
export default meta;

export const SharingOneNetwork: StoryObj = {
  render: () => html`<care-network>
    <p>Elements placed inside share one network: an edit in one shows at once in the others.</p>
  </care-network>`,
};
