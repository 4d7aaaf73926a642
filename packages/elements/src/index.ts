/**
 * @bichig/elements: Lit web components for vertical Mongolian.
 *
 * This module exports the classes and shared helpers without registering any element; import
 * `@bichig/elements/<tag-name>.js` (or `@bichig/elements/all.js`) to register.
 */
export { BichigText } from './text/bichig-text/bichig-text.js';
export { BichigFlow } from './text/bichig-flow/bichig-flow.js';
export { BichigBilingual, MissingVersionError } from './text/bichig-bilingual/bichig-bilingual.js';
export { localDigits } from './internal/digits.js';

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
  fetchFontBytes,
  needsChineseFont,
  DEFAULT_FONT_SOURCES,
  NATIVE_FONT_STACK,
  MONGOLIAN_FAMILY,
  CHINESE_FAMILY,
  FontConfigurationError,
} from './internal/fonts.js';
/** A font could not be fetched or was not a font (the same class @bichig/core throws). */
export { FontLoadError } from '@bichig/core/errors';
export type { BichigFontSources } from './internal/fonts.js';
export { loadCore, loadShapedEngine, ShapedRendererError } from './internal/shaped-engine.js';
export type { ShapedEngine } from './internal/shaped-engine.js';
export {
  probeNativeShaping,
  probeTolerance,
  lengthsAgree,
  measureNative,
  PROBE_WORDS,
  PROBE_SIZE,
} from './internal/probe.js';
export { isDefaultMongolianFont } from './config.js';
export type { ProbeResult } from './internal/probe.js';
export { glyphSvg, textLayerHtml, textSegments, selectedSource } from './internal/shaped-render.js';
export type { TextSegment } from './internal/shaped-render.js';
export { BichigFallbackEvent, BichigRenderEvent } from './internal/events.js';
export type { BichigFallbackDetail, BichigRenderDetail, FallbackReason, ResolvedRenderer } from './internal/events.js';
export { parseRenderer, RENDERER_MODES, InvalidRendererError } from './internal/renderer.js';
export type { RendererMode } from './internal/renderer.js';
export { themeTokens, focusRing } from './internal/theme.js';
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
  clearClusterCache,
  columnBaseStyles,
  fillLinkPattern,
  langOf,
  languageOfLang,
  languageOfText,
  loadClusterFromUrl,
  paginate,
  pickText,
} from './columns/column-base.js';
export type { BichigDataErrorDetail, ColumnContext, ContentLang, LangText } from './columns/column-base.js';

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
