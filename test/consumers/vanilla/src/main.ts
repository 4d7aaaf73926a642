// A Vite + TypeScript site that installed @bichig/elements from npm: one import per element.
import '@bichig/elements/bichig-text.js';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-news-list.js';
import type { BichigText } from '@bichig/elements/bichig-text.js';

// The element classes are typed: the page can wait for a text to be drawn.
const text = document.querySelector<BichigText>('bichig-text#shaped');
if (text) void text.whenRendered().then(({ renderer }) => console.info(`shaped text drawn as ${renderer}`));
