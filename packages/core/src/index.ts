export { FontLoadError, WasmLoadError, SubsetError } from './errors.js';
export { Subsetter, loadSubsetter, readUrl, MONGOLIAN_CONTROLS } from './subset/subset.js';
export type { SubsetOptions } from './subset/subset.js';
