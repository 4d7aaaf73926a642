// Text as old Mongolian sites published it, met while loading a cluster: Menksoft PUA glyph codes
// (which read as boxes and cannot be searched) are reported with the JSON path where they are, and
// case suffixes typed after a plain space are written after NNBSP, as the standard requires.
import { containsMenksoft, countMenksoft, normaliseMongolianSuffixes } from '@bichig/core/legacy';
import { isMongolian } from '@bichig/core/mongolian';
import type { ValidationIssue } from './errors.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function pathOf(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const key of keys)
    path += typeof key === 'number' ? `[${key}]` : IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return path;
}

/**
 * Walks every string of a loaded record tree (in place). Reports each string holding Menksoft
 * code points as an issue that drops nothing; when `normaliseSuffixes`, rewrites Mongolian strings
 * with their detached suffixes joined. Returns how many strings were rewritten.
 */
export function reviewLegacyText(
  file: string,
  root: unknown,
  normaliseSuffixes: boolean,
  report: (issue: ValidationIssue) => void,
): number {
  let rewritten = 0;
  const keys: (string | number)[] = [];
  const visitString = (text: string): string => {
    if (containsMenksoft(text))
      report({
        file,
        path: pathOf(keys),
        expected: 'Unicode Mongolian, not Menksoft glyph codes (U+E234–U+E34F; convert the text with bichig-convert)',
        received: `${countMenksoft(text)} Menksoft code points: ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`,
        dropped: 'nothing',
      });
    if (!normaliseSuffixes || !isMongolian(text)) return text;
    const { text: normalised, replaced } = normaliseMongolianSuffixes(text);
    if (replaced > 0) rewritten++;
    return normalised;
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = visitString(item);
        else visit(item);
        keys.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        keys.push(key);
        const item = record[key];
        if (typeof item === 'string') record[key] = visitString(item);
        else visit(item);
        keys.pop();
      }
    }
  };
  visit(root);
  return rewritten;
}
