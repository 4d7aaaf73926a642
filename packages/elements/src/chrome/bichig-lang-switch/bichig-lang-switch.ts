import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import type { Site } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf } from '../../columns/column-base.js';
import type { ColumnContext } from '../../columns/column-base.js';
import { langSwitchStyles } from './bichig-lang-switch.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/** Detail of `bichig-lang-switch`. */
export interface BichigLangSwitchDetail {
  /** The site the reader is on. */
  fromSite: string;
  /** Its counterpart in the other language. */
  toSite: string;
  /** The language switched to. */
  language: 'zh' | 'mn';
  /** Where the link goes. */
  href: string;
  /** The counterpart article, when the page is an article that has a translation. */
  articleId?: string;
}

/**
 * The language / version switch (中文版 ⇄ ᠮᠣᠩᠭᠣᠯ): a link to the same page on the site's counterpart
 * in the other language. The site decides the URL: `pattern` with `{sitePath}` (the counterpart's
 * path), `{page}` (this page's path below the site, from `page`), `{site}`, `{lang}`; or, on an
 * article page (`article`), the counterpart article through `link-pattern`. Before following the
 * link it fires a cancelable `bichig-lang-switch`, so a single-page app can switch in place. A
 * site without a counterpart shows nothing.
 *
 * @summary A link to the counterpart page in the other language.
 *
 * @csspart link - The link.
 *
 * @event bichig-lang-switch - {CustomEvent<BichigLangSwitchDetail>} Cancelable; the reader asked for the other language.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site does not exist.
 */
export class BichigLangSwitch extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, langSwitchStyles];
  static override properties: PropertyDeclarations = {
    pattern: {},
    page: {},
    article: {},
  };

  /** URL pattern of the counterpart page (default `{sitePath}{page}`). */
  declare pattern: string;
  /** This page's path below the site's path, e.g. `news/` (default: the site's home). */
  declare page: string;
  /** On an article page: the article's id, to link to its translation. */
  declare article: string | undefined;

  constructor() {
    super();
    this.pattern = '{sitePath}{page}';
    this.page = '';
  }

  /** The link for `counterpart`, or undefined. */
  #target(context: ColumnContext, counterpart: Site): { href: string; articleId?: string } {
    if (this.article) {
      const translation = context.cluster.findArticle(this.article)
        ? context.cluster.translationOf(this.article)
        : undefined;
      if (translation)
        return {
          href: this.hrefFor('article', translation.site.id, translation.article.id, translation.article.columnId),
          articleId: translation.article.id,
        };
    }
    const href = this.pattern.replace(/\{(sitePath|page|site|lang)\}/g, (_, token: string) =>
      token === 'sitePath'
        ? counterpart.path
        : token === 'page'
          ? this.page.replace(/^\//, '')
          : token === 'site'
            ? encodeURIComponent(counterpart.id)
            : counterpart.language,
    );
    return { href };
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const counterpart = context.cluster.counterpart(context.site.id);
    if (!counterpart) return nothing;
    const target = this.#target(context, counterpart);
    const toMongolian = counterpart.language === 'mn';
    const label = toMongolian
      ? msg('切换到蒙古文版', { id: 'lang-switch.to-mn' })
      : msg('切换到中文版', { id: 'lang-switch.to-zh' });
    const onClick = (event: MouseEvent) => {
      const detail: BichigLangSwitchDetail = {
        fromSite: context.site.id,
        toSite: counterpart.id,
        language: counterpart.language,
        href: target.href,
        ...(target.articleId ? { articleId: target.articleId } : {}),
      };
      const proceed = this.dispatchEvent(
        new CustomEvent('bichig-lang-switch', { detail, bubbles: true, composed: true, cancelable: true }),
      );
      if (!proceed) event.preventDefault();
    };
    // The link text is the other language's own name, in its own script (what its readers look for).
    return html`<a part="link" href=${safeHref(target.href)} hreflang=${langOf(counterpart.language)} @click=${onClick}
      >${toMongolian ? html`<span lang="mn-Mong">ᠮᠣᠩᠭᠣᠯ</span>` : html`<span lang="zh-Hans">中文</span>`}<span
        class="visually-hidden"
        lang=${this.uiLang}
        >${label}</span
      ></a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-lang-switch': BichigLangSwitch;
  }
  interface HTMLElementEventMap {
    'bichig-lang-switch': CustomEvent<BichigLangSwitchDetail>;
  }
}
