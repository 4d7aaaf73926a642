/**
 * @bichig/elements: Lit web components for vertical Mongolian.
 *
 * This module exports the classes and shared helpers without registering any element; import
 * `@bichig/elements/<tag-name>.js` (or `@bichig/elements/all.js`) to register.
 */
export { BichigText } from './bichig-text/bichig-text.js';
export { BichigFlow } from './bichig-flow/bichig-flow.js';
export { BichigBilingual, MissingVersionError } from './bichig-bilingual/bichig-bilingual.js';
export { localDigits } from './shared/digits.js';

export { BichigTextarea } from './bichig-textarea/bichig-textarea.js';
export { BichigInput } from './bichig-input/bichig-input.js';
export {
  BichigKeyboard,
  BichigKeyEvent,
  BichigLayoutChangeEvent,
  LAYOUT_STORAGE_KEY,
} from './bichig-keyboard/bichig-keyboard.js';
export type { BichigKeyDetail, BichigLayoutChangeDetail } from './bichig-keyboard/bichig-keyboard.js';
export { defineElement, DuplicateElementDefinitionWarning } from './shared/define.js';
export { setLocale, getLocale, isBichigLocale, BICHIG_LOCALES, UnsupportedLocaleError } from './shared/localize.js';
export type { BichigLocale } from './shared/localize.js';
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
  ElementFontLoadError,
} from './shared/fonts.js';
export type { BichigFontSources } from './shared/fonts.js';
export { loadCore, loadShapedEngine, ShapedRendererError } from './shared/shaped-engine.js';
export type { ShapedEngine } from './shared/shaped-engine.js';
export {
  probeNativeShaping,
  probeTolerance,
  lengthsAgree,
  measureNative,
  PROBE_WORDS,
  PROBE_SIZE,
} from './shared/probe.js';
export { isDefaultMongolianFont } from './config.js';
export type { ProbeResult } from './shared/probe.js';
export { glyphSvg, textLayerHtml, textSegments, selectedSource } from './shared/shaped-render.js';
export type { TextSegment } from './shared/shaped-render.js';
export { BichigFallbackEvent, BichigRenderEvent } from './shared/events.js';
export type { BichigFallbackDetail, BichigRenderDetail, FallbackReason, ResolvedRenderer } from './shared/events.js';
export { parseRenderer, RENDERER_MODES, InvalidRendererError } from './shared/renderer.js';
export type { RendererMode } from './shared/renderer.js';
export { themeTokens, focusRing } from './shared/theme.js';
export { BichigNewsList } from './bichig-news-list/bichig-news-list.js';
export { BichigNoticeBoard } from './bichig-notice-board/bichig-notice-board.js';
export { BichigArticle } from './bichig-article/bichig-article.js';
export { BichigInterpretationList } from './bichig-interpretation-list/bichig-interpretation-list.js';
export { BichigPriceTable } from './bichig-price-table/bichig-price-table.js';
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
} from './shared/column-base.js';
export type { BichigDataErrorDetail, ColumnContext, ContentLang, LangText } from './shared/column-base.js';

// Interactive columns and the form/data adapter they submit through.
export { BichigCatalog } from './bichig-catalog/bichig-catalog.js';
export type { CatalogFilters } from './bichig-catalog/bichig-catalog.js';
export { BichigServiceHall } from './bichig-service-hall/bichig-service-hall.js';
export { BichigMailbox } from './bichig-mailbox/bichig-mailbox.js';
export type { MailboxTab } from './bichig-mailbox/bichig-mailbox.js';
export { BichigSurvey, publishedResults } from './bichig-survey/bichig-survey.js';
export { BichigInterview } from './bichig-interview/bichig-interview.js';
export * from './adapter/index.js';
export { BichigTopic } from './bichig-topic/bichig-topic.js';
export { BichigPictureNews } from './bichig-picture-news/bichig-picture-news.js';
export { BichigSearch } from './bichig-search/bichig-search.js';
export { BichigSiteHeader } from './bichig-site-header/bichig-site-header.js';
export { BichigLangSwitch } from './bichig-lang-switch/bichig-lang-switch.js';
export { BichigNav } from './bichig-nav/bichig-nav.js';
export { BichigBreadcrumb } from './bichig-breadcrumb/bichig-breadcrumb.js';
export { BichigFooter } from './bichig-footer/bichig-footer.js';
export { BichigA11yToolbar } from './bichig-a11y-toolbar/bichig-a11y-toolbar.js';
