export { FontLoadError, WasmLoadError, SubsetError } from './errors.js';
export { Subsetter, loadSubsetter, readUrl, MONGOLIAN_CONTROLS } from './subset/subset.js';
export type { SubsetOptions } from './subset/subset.js';
export { BichigFont, loadFont } from './font/font.js';
export type { FontSource, FontFormat, FontMetadata, FontMetrics, LoadFontOptions } from './font/font.js';
export { FontStack, loadFontStack, isFontNeutral } from './font/stack.js';
export { Shaper, ShapedRun, FeatureSyntaxError, shapeText } from './shape/shape.js';
export type { ShapeDirection, ShapeRequest, ShapedGlyph, ShaperOptions, ShapeCacheStats } from './shape/shape.js';
export { glyphTransform } from './layout/geometry.js';
export type {
  Rect,
  BlockAlign,
  LayoutInput,
  LayoutOptions,
  LayoutGlyph,
  LayoutCluster,
  LayoutColumn,
  MissingCharacter,
  LayoutFont,
  LayoutStats,
  TextLayout,
  SvgOptions,
} from './layout/types.js';
export {
  analyse,
  findBreaks,
  emergencyBreaks,
  TextRangeError,
  scriptOf,
  verticalOrientation,
  isUprightInVertical,
  MONGOLIAN_FORMAT_CONTROLS,
} from './text/index.js';
export type {
  ScriptRun,
  TextRun,
  Orientation,
  AnalyseOptions,
  BreakOpportunity,
  VerticalOrientationValue,
} from './text/index.js';
export { layoutText, defaultShaper, LayoutOptionError, ColumnIndexError } from './layout/layout.js';
export { GrowingLayout } from './layout/growing-layout.js';
export { toSVG } from './svg/svg.js';
export {
  formatNumber,
  formatDate,
  FormatInputError,
  toMongolianDigits,
  genitiveSuffixForNumber,
  MONGOLIAN_MONTH_NAMES,
  MONGOLIAN_WEEKDAY_NAMES,
} from './format/index.js';
export type { FormatLocale, DigitSystem, FormatNumberOptions, FormatDateOptions } from './format/index.js';
export {
  CONTROL_CODE_POINTS,
  FVS1,
  FVS2,
  FVS3,
  FVS4,
  MVS,
  NNBSP,
  ZWJ,
  ZWNJ,
  FREE_VARIATION_SELECTORS,
  MONGOLIAN_BLOCK,
  MONGOLIAN_SUPPLEMENT,
  MONGOLIAN_LETTERS,
  isMongolianCodePoint,
  isMongolianLetter,
  isMongolianFormatControl,
  isMongolian,
  hasMongolianCodePoint,
  expandControlShorthand,
  MONGOLIAN_LANG,
  CHINESE_LANG,
  langTag,
  languageOfTag,
  otherLanguage,
  nativeTextRuns,
} from './mongolian.js';
export type { CodePointRange, SiteLanguage, NativeTextRun, NativeTextRunOptions } from './mongolian.js';
