/**
 * @bichig/elements: Lit web components for vertical Mongolian.
 *
 * This module exports what a site uses — the element classes (for types and subclassing), their
 * events and errors, locale and font configuration — without registering any element; import
 * `@bichig/elements/<tag-name>.js` (or `@bichig/elements/all.js`) to register. The shared pieces in
 * `internal/` and `columns/base/` are the elements' own and are not exported; the list of public
 * names is pinned by test/api/elements-public-api.test.ts.
 */
export { BichigText } from './text/bichig-text/bichig-text.js';
export { BichigFlow } from './text/bichig-flow/bichig-flow.js';
export { BichigUnsafeContentEvent } from './internal/sanitize.js';
export type { BichigUnsafeContentDetail } from './internal/sanitize.js';
export { BichigBilingual, MissingVersionError } from './text/bichig-bilingual/bichig-bilingual.js';

export { BichigTextarea } from './input/bichig-textarea/bichig-textarea.js';
export { BichigInput } from './input/bichig-input/bichig-input.js';
export {
  BichigKeyboard,
  BichigKeyEvent,
  BichigLayoutChangeEvent,
  LAYOUT_STORAGE_KEY,
} from './input/bichig-keyboard/bichig-keyboard.js';
export type { BichigKeyDetail, BichigLayoutChangeDetail } from './input/bichig-keyboard/bichig-keyboard.js';
export { defineElement, DuplicateElementDefinitionWarning } from './internal/define.js';
export { setLocale, getLocale, isBichigLocale, BICHIG_LOCALES, UnsupportedLocaleError } from './localize.js';
export type { BichigLocale } from './localize.js';
export {
  configureFonts,
  getFontSources,
  setBasePath,
  getBasePath,
  FONT_FILES,
  SYSTEM_FALLBACK_STACK,
  loadNativeFonts,
  DEFAULT_FONT_SOURCES,
  NATIVE_FONT_STACK,
  MONGOLIAN_FAMILY,
  FontConfigurationError,
} from './internal/fonts.js';
/** A font could not be fetched or was not a font (the same class @bichig/core throws). */
export { FontLoadError } from '@bichig/core/errors';
export type { BichigFontSources } from './internal/fonts.js';
export { ShapedRendererError } from './internal/shaped-engine.js';
export { probeNativeShaping } from './internal/probe.js';
export type { ProbeResult } from './internal/probe.js';
export { BichigFallbackEvent, BichigRenderEvent } from './internal/events.js';
export type { BichigFallbackDetail, BichigRenderDetail, FallbackReason, ResolvedRenderer } from './internal/events.js';
export { RENDERER_MODES, InvalidRendererError } from './internal/renderer.js';
export type { RendererMode } from './internal/renderer.js';
export { BichigNewsList } from './columns/bichig-news-list/bichig-news-list.js';
export { BichigNoticeBoard } from './columns/bichig-notice-board/bichig-notice-board.js';
export { BichigArticle } from './columns/bichig-article/bichig-article.js';
export { BichigInterpretationList } from './columns/bichig-interpretation-list/bichig-interpretation-list.js';
export { BichigPriceTable } from './columns/bichig-price-table/bichig-price-table.js';
export {
  BichigColumnElement,
  BichigDataErrorEvent,
  ClusterSourceError,
  ColumnNotFoundError,
  DEFAULT_LINK_PATTERN,
} from './columns/column-base.js';
export { clearClusterCache, loadClusterFromUrl } from './columns/base/cluster-source.js';
export type { BichigDataErrorDetail, ColumnContext } from './columns/column-base.js';

// Interactive columns and the form/data adapter they submit through.
export { BichigCatalog } from './columns/bichig-catalog/bichig-catalog.js';
export type { CatalogFilters } from './columns/bichig-catalog/bichig-catalog.js';
export { BichigServiceHall } from './columns/bichig-service-hall/bichig-service-hall.js';
export { BichigMailbox } from './columns/bichig-mailbox/bichig-mailbox.js';
export type { MailboxTab } from './columns/bichig-mailbox/bichig-mailbox.js';
export { BichigSurvey, publishedResults } from './columns/bichig-survey/bichig-survey.js';
export { BichigInterview } from './columns/bichig-interview/bichig-interview.js';
export * from './columns/adapter/index.js';
export { BichigTopic } from './columns/bichig-topic/bichig-topic.js';
export { BichigPictureNews } from './columns/bichig-picture-news/bichig-picture-news.js';
export { BichigSearch } from './columns/bichig-search/bichig-search.js';
export { BichigSiteHeader } from './chrome/bichig-site-header/bichig-site-header.js';
export { BichigLangSwitch } from './chrome/bichig-lang-switch/bichig-lang-switch.js';
export { BichigNav } from './chrome/bichig-nav/bichig-nav.js';
export { BichigBreadcrumb } from './chrome/bichig-breadcrumb/bichig-breadcrumb.js';
export { BichigFooter } from './chrome/bichig-footer/bichig-footer.js';
export { BichigA11yToolbar } from './chrome/bichig-a11y-toolbar/bichig-a11y-toolbar.js';

// The staff desk (answering letters) and its adapter.
export { BichigLetterDesk, BichigDeskStepEvent } from './desk/bichig-letter-desk/bichig-letter-desk.js';
export type { BichigDeskStepDetail } from './desk/bichig-letter-desk/bichig-letter-desk.js';
export * from './desk/adapter/index.js';
