import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: { title: 'Locale', icon: 'globe', items: ['zh-Hans', 'mn-Mong', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-Hans' },
};
export default preview;
