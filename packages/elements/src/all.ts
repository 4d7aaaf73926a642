/** Registers every element of @bichig/elements. */
export * from './bichig-text.js';
