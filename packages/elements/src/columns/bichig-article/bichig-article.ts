import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDocumentNumber, isPublic } from '@bichig/cluster';
import type { Article, CatalogEntry, Interpretation, Site } from '@bichig/cluster';
import { BichigColumnElement, ColumnNotFoundError, columnBaseStyles, langOf } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { genreLabel, interpretationFormLabel, topicLabel, validityLabel } from '../catalog-labels.js';
import { articleStyles } from './bichig-article.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/** A reading of a policy, found anywhere in the cluster. */
interface PlacedInterpretation {
  readonly site: Site;
  readonly interpretation: Interpretation;
  readonly article: Article;
}

const MEDIA_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
};

/**
 * An article page (文章页): headline, subtitle, date, source and author, the body, images,
 * downloadable attachments (type and size, for readers on slow links), the government information
 * disclosure metadata block when the article is a catalogued document (index number, issuing
 * organ, document number, dates, topic, genre, validity), and links between a policy and its
 * readings (解读). Chinese is horizontal; Mongolian is one vertical article that scrolls
 * horizontally.
 *
 * @summary An article with its metadata, attachments and policy readings.
 *
 * @csspart article - The `<article>`.
 * @csspart title - The headline.
 * @csspart byline - Date, source and author.
 * @csspart body - The paragraphs.
 * @csspart metadata - The disclosure metadata block.
 * @csspart attachments - The attachments section.
 * @csspart interpretations - The links to readings of this policy (or to the policy this reads).
 * @csspart state - Loading and error notes.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) article.
 *
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the article does not exist.
 */
export class BichigArticle extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, articleStyles];
  static override properties: PropertyDeclarations = {
    article: { reflect: true },
  };

  /** Id of the article (cluster-wide). */
  declare article: string | undefined;

  protected override resolveContext(): ColumnContext | Error | undefined {
    const cluster = this.data;
    if (!cluster || !this.article) return super.resolveContext();
    const found = cluster.findArticle(this.article);
    if (!found) return new ColumnNotFoundError('item', this.article);
    const language = found.article.language;
    const column = found.site.columns.find((c) => c.id === found.article.columnId);
    return { cluster, site: found.site, column, language, lang: langOf(language), vertical: language === 'mn' };
  }

  /** The catalog entry whose full text this article is. */
  #catalogEntry(site: Site, article: Article): CatalogEntry | undefined {
    return site.catalog.find((entry) => entry.articleId === article.id);
  }

  /** Readings of the policy with this index number, anywhere in the cluster, public now. */
  #readingsOf(context: ColumnContext, indexNumber: string): PlacedInterpretation[] {
    const readings: PlacedInterpretation[] = [];
    for (const site of context.cluster.sites.values()) {
      for (const interpretation of site.interpretations) {
        if (interpretation.policyIndexNumber !== indexNumber) continue;
        const found = context.cluster.findArticle(interpretation.articleId);
        if (found && isPublic(found.article, this.moment))
          readings.push({ site: found.site, interpretation, article: found.article });
      }
    }
    return readings;
  }

  /** A file size in KB or MB, digits in the content language. */
  #size(bytes: number): string {
    if (bytes >= 1024 * 1024) return `${this.formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
    return `${this.formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }

  #renderMetadata(entry: CatalogEntry): TemplateResult {
    const row = (label: string, value: unknown) =>
      html`<dt lang=${this.uiLang}>${label}</dt>
        <dd>${value}</dd>`;
    return html`<section class="metadata" part="metadata" aria-labelledby="metadata-title">
      <div class="section-title" id="metadata-title" lang=${this.uiLang}>
        ${msg('信息公开', { id: 'article.metadata' })}
      </div>
      <dl>
        ${row(msg('索引号', { id: 'article.index-number' }), html`<span lang="zh-Hans">${entry.indexNumber}</span>`)}
        ${row(
          msg('发布机构', { id: 'article.issuing-organs' }),
          entry.issuingOrgans.map((organ, i) => html`${i ? '、' : ''}${this.renderText(organ)}`),
        )}
        ${entry.documentNumber ? row(msg('文号', { id: 'article.document-number' }), html`<span lang="zh-Hans">${formatDocumentNumber(entry.documentNumber)}</span>`) : nothing}
        ${row(msg('成文日期', { id: 'article.written-at' }), this.renderDate(entry.writtenAt))}
        ${row(msg('发布日期', { id: 'article.published-at' }), this.renderDate(entry.publishedAt))}
        ${entry.effectiveAt ? row(msg('实施日期', { id: 'article.effective-at' }), this.renderDate(entry.effectiveAt)) : nothing}
        ${entry.abolishedAt ? row(msg('废止日期', { id: 'article.abolished-at' }), this.renderDate(entry.abolishedAt)) : nothing}
        ${row(msg('主题分类', { id: 'article.topic' }), html`<span lang=${this.uiLang}>${topicLabel(entry.topic)}</span>`)}
        ${row(msg('体裁分类', { id: 'article.genre' }), html`<span lang=${this.uiLang}>${genreLabel(entry.genre)}</span>`)}
        ${row(msg('有效性', { id: 'article.validity' }), html`<span lang=${this.uiLang}>${validityLabel(entry.validity)}</span>`)}
      </dl>
    </section>`;
  }

  #renderAttachments(article: Article): TemplateResult | typeof nothing {
    if (!article.attachments.length) return nothing;
    return html`<section part="attachments" aria-labelledby="attachments-title">
      <div class="section-title" id="attachments-title" lang=${this.uiLang}>
        ${msg('附件', { id: 'article.attachments' })}
      </div>
      <ul>
        ${article.attachments.map(
          (file) =>
            html`<li>
              <a href=${safeHref(file.url)} download>${this.renderText(file.title)}</a>
              <span class="size" lang=${this.uiLang}
                >${MEDIA_NAMES[file.mediaType] ?? file.mediaType.split('/')[1]?.toUpperCase()} ·
                ${this.#size(file.bytes)}</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderReadings(
    context: ColumnContext,
    article: Article,
    entry: CatalogEntry | undefined,
  ): TemplateResult | typeof nothing {
    const readings = entry ? this.#readingsOf(context, entry.indexNumber) : [];
    // This article may itself be a reading: link back to the policy it explains.
    const ownReading = context.site.interpretations.find((i) => i.articleId === article.id);
    const policy = ownReading ? context.cluster.catalogEntry(ownReading.policyIndexNumber) : undefined;
    const policyArticle = policy?.entry.articleId ? context.cluster.findArticle(policy.entry.articleId) : undefined;
    if (!readings.length && !policy) return nothing;
    return html`<section part="interpretations" aria-labelledby="readings-title">
      ${
        readings.length
          ? html`<div class="section-title" id="readings-title" lang=${this.uiLang}>
                ${msg('相关解读', { id: 'article.readings' })}
              </div>
              <ul>
                ${readings.map(
                  (r) =>
                    html`<li>
                      <span lang=${this.uiLang}>[${interpretationFormLabel(r.interpretation.form)}]</span>
                      <a href=${safeHref(this.hrefFor('article', r.site.id, r.article.id, r.article.columnId))}
                        >${this.renderText(r.article.title, r.article.language)}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        policy
          ? html`<div
                class="section-title"
                id=${readings.length ? 'policy-title' : 'readings-title'}
                lang=${this.uiLang}
              >
                ${msg('解读的政策文件', { id: 'article.policy' })}
              </div>
              <ul>
                <li>
                  ${
                    policyArticle
                      ? html`<a
                          href=${safeHref(this.hrefFor('article', policyArticle.site.id, policyArticle.article.id, policyArticle.article.columnId))}
                          >${this.renderText(policy.entry.title, policy.entry.language)}</a
                        >`
                      : html`<a href=${safeHref(this.hrefFor('catalog', policy.siteId, policy.entry.indexNumber))}
                          >${this.renderText(policy.entry.title, policy.entry.language)}</a
                        >`
                  }
                </li>
              </ul>`
          : nothing
      }
    </section>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    if (!this.article) return this.renderError(new ColumnNotFoundError('item', '(no article id given)'));
    const found = context.cluster.findArticle(this.article);
    if (!found) return this.renderError(new ColumnNotFoundError('item', this.article));
    const { article } = found;
    if (!isPublic(article, this.moment)) {
      return html`<p class="state empty" part="state" role="status" lang=${this.uiLang}>
        ${msg('该文章未发布或已撤回', { id: 'article.not-public' })}
      </p>`;
    }
    const entry = this.#catalogEntry(context.site, article);
    const lang = context.lang;
    return html`<div
      class=${context.vertical ? 'vertical' : 'horizontal'}
      lang=${lang}
      tabindex=${context.vertical ? '0' : nothing}
      role=${context.vertical ? 'region' : nothing}
      aria-label=${context.vertical ? article.title : nothing}
    >
      <article part="article" aria-labelledby="title">
        <h1 class="title" part="title" id="title">${this.renderText(article.title, article.language)}</h1>
        ${article.subtitle ? html`<p class="subtitle">${this.renderText(article.subtitle, article.language)}</p>` : nothing}
        <p class="byline" part="byline">
          <span
            ><span lang=${this.uiLang}>${msg('发布时间：', { id: 'article.date' })}</span
            >${this.renderDate(article.publishedAt, { style: 'long' })}</span
          >
          ${article.source ? html`<span><span lang=${this.uiLang}>${msg('来源：', { id: 'article.source' })}</span>${this.renderText(article.source)}</span>` : nothing}
          ${article.author ? html`<span><span lang=${this.uiLang}>${msg('作者：', { id: 'article.author' })}</span>${this.renderText(article.author)}</span>` : nothing}
        </p>
        ${entry ? this.#renderMetadata(entry) : nothing}
        <div class="body" part="body">
          ${article.body.map((paragraph) => html`<p lang=${langOf(article.language)}>${this.renderText(paragraph, article.language)}</p>`)}
        </div>
        ${article.images.map(
          (image) =>
            html`<figure>
              <img
                src=${safeHref(image.url)}
                alt=${image.alt}
                width=${image.width}
                height=${image.height}
                loading="lazy"
                decoding="async"
              />
              ${image.caption ? html`<figcaption>${this.renderText(image.caption, article.language)}</figcaption>` : nothing}
            </figure>`,
        )}
        ${this.#renderAttachments(article)} ${this.#renderReadings(context, article, entry)}
      </article>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-article': BichigArticle;
  }
}
