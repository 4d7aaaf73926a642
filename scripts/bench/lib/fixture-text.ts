// Real text with a real vocabulary for the benchmarks: the paragraphs of the fixture cluster's
// published articles (@bichig/fixtures: Mongolian prose composed from real stems, thousands of
// distinct words; Chinese news), in a fixed order, so every run benchmarks the same text.
import { loadXilingolFixture } from '@bichig/fixtures';

export interface FixtureParagraphs {
  mongolian: string[];
  chinese: string[];
}

/**
 * Every paragraph of every published article of the fixture, per language, sites and articles in
 * id order; a paragraph seen before (a copy of an article on another site) only the first time.
 */
export async function fixtureParagraphs(): Promise<FixtureParagraphs> {
  const { cluster } = await loadXilingolFixture();
  const result: FixtureParagraphs = { mongolian: [], chinese: [] };
  const sites = [...cluster.sites.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const site of sites)
    for (const article of [...site.articles].sort((a, b) => a.id.localeCompare(b.id))) {
      if (article.status !== 'published') continue;
      const into =
        article.language === 'mn' ? result.mongolian : article.language === 'zh' ? result.chinese : undefined;
      into?.push(...article.body.map((paragraph) => paragraph.trim()).filter(Boolean));
    }
  result.mongolian = [...new Set(result.mongolian)];
  result.chinese = [...new Set(result.chinese)];
  if (result.mongolian.length === 0 || result.chinese.length === 0)
    throw new Error('the fixture cluster has no published Mongolian or Chinese articles');
  return result;
}

/** Paragraphs in order (from the first again when they run out) until the text has `size` characters, cut there. */
export function paragraphsOf(paragraphs: readonly string[], size: number): string[] {
  const taken: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    taken.push(paragraph);
    length += paragraph.length + 1;
  }
  return taken.join('\n').slice(0, size).split('\n');
}

/** Distinct words: runs between white space, as the shaper's word cache sees them. */
export function distinctWords(text: string): number {
  return new Set(text.split(/\s+/).filter(Boolean)).size;
}
