import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setLocale } from '@bichig/elements';
import manifest from '../packages/elements/custom-elements.json';

// Docs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// custom-elements manifest that `npm run manifest -w @bichig/elements` generates from the JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Interface language of the elements',
      toolbar: { title: 'Locale', icon: 'globe', items: ['zh-Hans', 'mn-Mong', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-Hans' },
  decorators: [
    (story, context) => {
      void setLocale(String(context.globals.locale ?? 'zh-Hans'));
      return story();
    },
  ],
};
export default preview;
