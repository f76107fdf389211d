import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';

// Controls and docs tables come from custom-elements.json (the analyzer's output).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: { title: 'Language', icon: 'globe', items: ['nl', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
};
export default preview;
