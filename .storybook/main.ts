import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Nothing leaves the machine: no telemetry, no update checks, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  viteFinal: async (viteConfig) => {
    // The project's vite.config.ts is for the demo and the CDN build; Storybook needs neither.
    // Keep Storybook's own output folder, and never empty it: the manager is already in it.
    viteConfig.build = { ...viteConfig.build, lib: undefined, emptyOutDir: false };
    viteConfig.root = undefined;
    return viteConfig;
  },
};
export default config;
