// Runtime schemas (valibot) and the types inferred from them. Every entity of the cluster model is
// defined once, in the file of this folder that holds its part of the model; the JSDoc on each
// entry is the field's documentation and flows into the inferred types, so an editor shows it on
// hover. This file gathers them: it is what `@bichig/cluster` exports of the model (the internal
// script check `mongolianWhenMn` stays in the folder).
export { isMongolianScript } from './script.js';
export * from './primitives.js';
export * from './org.js';
export * from './article.js';
export * from './catalog.js';
export * from './letter.js';
export * from './service.js';
export * from './participation.js';
export * from './market.js';
export * from './site.js';
