/** Registers every element of @bichig/elements: `import '@bichig/elements/all.js'`. */
export * from './bichig-text.js';
export * from './bichig-flow.js';
export * from './bichig-bilingual.js';
export * from './bichig-news-list.js';
export * from './bichig-notice-board.js';
export * from './bichig-article.js';
export * from './bichig-interpretation-list.js';
export * from './bichig-price-table.js';
export * from './bichig-textarea.js';
export * from './bichig-input.js';
export * from './bichig-keyboard.js';
export * from './bichig-catalog.js';
export * from './bichig-service-hall.js';
export * from './bichig-mailbox.js';
export * from './bichig-survey.js';
export * from './bichig-interview.js';
