/**
 * Text analysis (core/text): script runs, vertical orientation (UTR #50) and line-break
 * opportunities (UAX #14 refined by the W3C Mongolian Layout Requirements).
 *
 * CONTRACT between the text analysis and the layout: offsets are UTF-16 code unit offsets
 * into the analysed string; runs are half-open [start, end), cover the whole string in order,
 * with no gaps and no overlaps.
 */

/** A maximal run of one script. Mongolian format controls (FVS1–4, MVS, NNBSP, ZWJ/ZWNJ),
 * nirugu and Mongolian punctuation belong to the Mongolian run they sit in. */
export interface ScriptRun {
  start: number;
  end: number;
  /** ISO 15924 code: 'Mong', 'Hani', 'Latn', 'Zyyy' (common), 'Arab', 'Tibt', … */
  script: string;
}

/** How a run stands in vertical text (UTR #50). */
export type Orientation = 'upright' | 'rotated';

/** A run of one script and one orientation: the unit the shaper receives. */
export interface TextRun extends ScriptRun {
  orientation: Orientation;
  /** A short digit run set upright as one horizontal unit (tate-chu-yoko). */
  tateChuYoko: boolean;
}

export interface AnalyseOptions {
  /** Digit runs of at most this many digits are set upright (tate-chu-yoko). Default 2; 0 turns it off. */
  tateChuYokoMaxDigits?: number;
}

/** A place where a line (column) may end. The break falls before `offset`. */
export interface BreakOpportunity {
  /** UTF-16 offset in (0, text.length]; the break is before this offset. */
  offset: number;
  /** A hard break (newline, paragraph separator): the column must end here. */
  required: boolean;
}

export { analyse } from './analyse.js';
export { MONGOLIAN_FORMAT_CONTROLS } from '../mongolian.js';
export { findBreaks, emergencyBreaks } from './breaks.js';
export { TextRangeError } from './errors.js';
export { scriptOf } from './script.js';
export { verticalOrientation, isUprightInVertical } from './vertical-orientation.js';
export type { VerticalOrientationValue } from './vertical-orientation.js';
