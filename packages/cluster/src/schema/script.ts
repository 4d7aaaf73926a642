// The script rule every Mongolian text of the cluster obeys: traditional Mongolian script, never
// Latin or Cyrillic letters standing in for it. `isMongolianScript` is public; `mongolianWhenMn` is
// the check the record schemas (articles, catalog entries, letters, topics, surveys…) attach so that a
// record whose `language` is `mn` has its text fields in that script. Internal to the schema folder
// apart from `isMongolianScript`.
import * as v from 'valibot';
import { isMongolian } from '@bichig/core/mongolian';

/** Latin or Cyrillic letters must never stand in for Mongolian script. */
export const LATIN_OR_CYRILLIC = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/u;

/** Whether text is written in traditional Mongolian script (and not in Latin or Cyrillic letters). */
export function isMongolianScript(text: string): boolean {
  return isMongolian(text) && !LATIN_OR_CYRILLIC.test(text);
}

/**
 * On a record whose `language` is `mn`, the named text fields (strings or arrays of strings) must be
 * in traditional Mongolian script; a problem is reported at the field's own path.
 */
export function mongolianWhenMn<T extends { language: 'zh' | 'mn' }>(fields: readonly (keyof T & string)[]) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.language !== 'mn') return;
    const record = dataset.value as T & Record<string, unknown>;
    for (const field of fields) {
      const value = record[field];
      if (value === undefined) continue;
      const texts: unknown[] = Array.isArray(value) ? value : [value];
      const bad = texts.findIndex((t) => typeof t !== 'string' || !isMongolianScript(t));
      if (bad < 0) continue;
      addIssue({
        message: 'text in traditional Mongolian script (no Latin or Cyrillic), because the record\'s language is "mn"',
        received: JSON.stringify(texts[bad]),
        path: Array.isArray(value)
          ? [
              { type: 'object', origin: 'value', input: record, key: field, value },
              { type: 'array', origin: 'value', input: value, key: bad, value: texts[bad] },
            ]
          : [{ type: 'object', origin: 'value', input: record, key: field, value }],
      });
    }
  });
}
