/** Registers every element of @bichig/elements: `import '@bichig/elements/all.js'`. */
export * from './bichig-text.js';
export * from './bichig-flow.js';
export * from './bichig-bilingual.js';
