import type { StorybookConfig } from '@storybook/web-components-vite';
import { harfbuzzModuleStub } from '../scripts/wtr-harfbuzz-stub.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The project fonts are served at /fonts/ so that elements and stories load them as a site would.
  staticDirs: [{ from: '../fonts', to: '/fonts' }],
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), harfbuzzModuleStub()];
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['@bichig/source', 'browser', 'module', 'import', 'default'],
    };
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), 'harfbuzzjs'],
    };
    return viteConfig;
  },
};
export default config;
