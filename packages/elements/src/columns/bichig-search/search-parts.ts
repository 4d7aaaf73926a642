// The pieces of <bichig-search>'s results page that need nothing of the element but what they are
// given: the kinds and their names, highlighted text, one hit, the filters.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pickLocalized } from '@bichig/cluster';
import type { HighlightRange, Language, Localized, SearchHit, SearchKind } from '@bichig/cluster';
import { formatDate } from '@bichig/core/format';
import type { FormatDateOptions } from '@bichig/core/format';
// Links only: internal/sanitize.js would bring DOMPurify (about 8 KB gzipped), which search never uses.
import { safeUrl } from '@bichig/cluster/links';
import { langOf } from '../column-base.js';

export const KINDS: readonly SearchKind[] = [
  'article',
  'catalog',
  'service',
  'letter',
  'interview',
  'survey',
  'topic',
  'supply-demand',
];

export function kindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'article':
      return msg('文章', { id: 'search.kind.article' });
    case 'catalog':
      return msg('公开目录', { id: 'search.kind.catalog' });
    case 'service':
      return msg('办事服务', { id: 'search.kind.service' });
    case 'letter':
      return msg('信件', { id: 'search.kind.letter' });
    case 'interview':
      return msg('访谈', { id: 'search.kind.interview' });
    case 'survey':
      return msg('调查征集', { id: 'search.kind.survey' });
    case 'topic':
      return msg('专题', { id: 'search.kind.topic' });
    case 'supply-demand':
      return msg('供求信息', { id: 'search.kind.supply-demand' });
  }
}

/** What a search renders from: the content language, the site in scope, and the sites' names. */
export interface SearchView {
  readonly language: Language;
  readonly siteId: string | undefined;
  readonly siteName: (siteId: string) => Localized | undefined;
}

/** Text with its highlight ranges wrapped in <mark>. */
export function highlighted(text: string, ranges: readonly HighlightRange[]): TemplateResult {
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}

/** A date as the column base formats it (short style, in the content language). */
function shortDate(value: string, lang: string): string {
  try {
    return formatDate(value, { style: 'short', locale: lang as FormatDateOptions['locale'] });
  } catch {
    return value;
  }
}

/** One hit: its title linked to `href`, the snippet, and its kind, site and date. */
export function renderHit(hit: SearchHit, view: SearchView, href: string, uiLang: string): TemplateResult {
  const { document } = hit;
  const siteName = view.siteName(document.siteId);
  const contentLang = langOf(view.language);
  return html`<li part="result" lang=${langOf(document.language)}>
    <a class="result-title" part="title" href=${safeUrl(href) ?? nothing}
      >${highlighted(document.title, hit.titleHighlights)}</a
    >
    ${hit.snippet.text ? html`<p class="snippet" part="snippet">${highlighted(hit.snippet.text, hit.snippet.highlights)}</p>` : nothing}
    <span class="meta">
      <span lang=${uiLang}>${kindLabel(document.kind)}</span>
      ${siteName ? html`<span lang=${contentLang}>${pickLocalized(siteName, view.language).text}</span>` : nothing}
      ${document.date ? html`<time datetime=${document.date} lang=${contentLang}>${shortDate(document.date, contentLang)}</time>` : nothing}
    </span>
  </li>`;
}

/** The filters' current values, and what choosing one sets. */
export interface SearchFilters {
  readonly uiLang: string;
  /** Offer the choice of this site or the whole cluster (the element has a site). */
  readonly hasSite: boolean;
  readonly scope: 'cluster' | 'site';
  readonly kind: SearchKind | '';
  readonly language: Language | '';
  readonly set: (filter: 'scope' | 'kind' | 'language', value: string) => void;
}

/** The scope, kind and language selects. */
export function renderFilters(filters: SearchFilters): TemplateResult {
  const set = (filter: 'scope' | 'kind' | 'language') => (event: Event) =>
    filters.set(filter, (event.target as HTMLSelectElement).value);
  return html`<div class="filters" part="filters" lang=${filters.uiLang}>
    ${
      filters.hasSite
        ? html`<label
            >${msg('范围', { id: 'search.scope' })}
            <bichig-select
              ><select @change=${set('scope')}>
                <option value="cluster" ?selected=${filters.scope !== 'site'}>
                  ${msg('全部站点', { id: 'search.scope-cluster' })}
                </option>
                <option value="site" ?selected=${filters.scope === 'site'}>
                  ${msg('本站', { id: 'search.scope-site' })}
                </option>
              </select></bichig-select
            ></label
          >`
        : nothing
    }
    <label
      >${msg('类别', { id: 'search.kind' })}
      <bichig-select
        ><select @change=${set('kind')}>
          <option value="" ?selected=${!filters.kind}>${msg('全部类别', { id: 'search.kind-all' })}</option>
          ${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === filters.kind}>${kindLabel(kind)}</option>`)}
        </select></bichig-select
      ></label
    >
    <label
      >${msg('语言', { id: 'search.language' })}
      <bichig-select
        ><select @change=${set('language')}>
          <option value="" ?selected=${!filters.language}>${msg('中文和蒙古文', { id: 'search.language-all' })}</option>
          <option value="zh" ?selected=${filters.language === 'zh'} lang="zh-Hans">中文</option>
          <option value="mn" ?selected=${filters.language === 'mn'} lang="mn-Mong">ᠮᠣᠩᠭᠣᠯ</option>
        </select></bichig-select
      ></label
    >
  </div>`;
}
