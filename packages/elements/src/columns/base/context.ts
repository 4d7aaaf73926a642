/** What a column element renders from, once its data is there. */
import type { Cluster, Column, Language, Site } from '@bichig/cluster';
import type { ContentLang } from './language.js';

export interface ColumnContext {
  readonly cluster: Cluster;
  readonly site: Site;
  /** The column named by `column`, when the element was given one. */
  readonly column: Column | undefined;
  /** The content language. */
  readonly language: Language;
  /** Its BCP 47 tag. */
  readonly lang: ContentLang;
  /** Whether the content is set vertically (Mongolian). */
  readonly vertical: boolean;
}
