/**
 * Formatting (core/format): numbers and dates in Mongolian script (written here, since Intl has no
 * mn-Mong data), and in Chinese and English through Intl, behind one API.
 */
export { formatNumber, formatDate } from './format.js';
export type { FormatLocale, DigitSystem, FormatNumberOptions, FormatDateOptions } from './format.js';
export { FormatInputError } from './errors.js';
export {
  toMongolianDigits,
  genitiveSuffixForNumber,
  MONGOLIAN_MONTH_NAMES,
  MONGOLIAN_WEEKDAY_NAMES,
} from './mongolian.js';
