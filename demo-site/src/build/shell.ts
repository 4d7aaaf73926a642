// The document around a page's main content: head (fonts, styles, script), the site header with
// the name in both scripts, the language switch, the column navigation, the breadcrumb and the
// footer. All of it is plain HTML that works without JavaScript.
import { localized, type Cluster, type Language, type Site } from '@bichig/cluster';
import { markup, attr, raw, type Html } from './html.js';
import { loc, type Page } from './pages.js';
import { columnUrl, langTag, SEARCH_PATH, siteUrl } from './routes.js';
import { t } from './strings.js';
import type { ShapedMongolian } from './shaped.js';
import { otherLanguage } from '@bichig/core/mongolian';
import { contentSecurityPolicy } from './csp.js';

/** The client files Vite built, as root-relative URLs. */
export interface ClientAssets {
  readonly script: string;
  readonly styles: readonly string[];
  /** The modules this page imports as it starts, beyond the entry's own (module-preload.ts). */
  readonly modules?: readonly string[];
}

/** The fonts a page uses: per-page subsets, or the full fonts on interactive pages. */
export interface PageFonts {
  readonly mongolian?: string;
  readonly chinese?: string;
  /** The full Mongolian font, for pages where people type arbitrary text. */
  readonly fullMongolian?: string;
}

function fontFaces(fonts: PageFonts): Html {
  // No unicode-range on the Mongolian face, on purpose: the browser must never take another font
  // for NNBSP, MVS or FVS inside a Mongolian word (Chromium 40287926). `block`: a moment of blank
  // space reads better than Mongolian in a fallback font with broken joining.
  const faces: string[] = [];
  if (fonts.mongolian)
    faces.push(
      `@font-face{font-family:"Bichig Mongolian";src:url(${fonts.mongolian}) format("woff2");font-display:block}`,
    );
  // `optional` (and preloaded): the few hanzi, Latin letters and digits of a Mongolian page take
  // the subset if it is in at once, else the system's CJK font for this visit — a late swap would
  // move every column after them (a layout shift Lighthouse saw on the Mongolian home).
  if (fonts.chinese)
    faces.push(
      `@font-face{font-family:"Bichig Chinese";src:url(${fonts.chinese}) format("woff2");font-display:optional}`,
    );
  return faces.length ? markup`<style>${raw(faces.join(''))}</style>` : markup``;
}

// Icons beside the buttons' words, drawn upright in both writing modes (an SVG is never rotated).
const MENU_ICON = raw(
  '<svg width="18" height="18" viewBox="0 0 18 18" focusable="false"><path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>',
);
const A11Y_ICON = raw(
  '<svg width="18" height="18" viewBox="0 0 18 18" focusable="false"><circle cx="9" cy="3" r="2" fill="currentColor"/><path d="M2.5 6.5l6.5 1.5 6.5-1.5M9 8v4m0 0l-3 5m3-5l3 5" stroke="currentColor" stroke-width="1.8" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
);

function siteHeader(cluster: Cluster, page: Page, shaped: ShapedMongolian): Html {
  const language = page.language;
  const site = page.site;
  const name = site ? site.name : cluster.name;
  const home = site ? siteUrl(site) : '/';
  const switchLabel =
    language === 'mn' ? t('chineseVersion', 'zh') : shaped.svg(t('mongolianVersion', 'mn'), 16, 200, 'switch-mn');
  const switchLang = langTag(otherLanguage(language));
  return markup`<header class="masthead">
    <details class="disclosure a11y-menu">
      <summary><span class="summary-icon" aria-hidden="true">${A11Y_ICON}</span><span class="summary-label">${t('accessibility', language)}</span></summary>
      <div class="toolbar"><bichig-a11y-toolbar></bichig-a11y-toolbar></div>
    </details>
    <p class="site-name">
      <a href="${home}">
        ${name.zh ? markup`<span class="name-zh" lang="zh-Hans">${name.zh}</span>` : ''}
        ${name.mn ? (language === 'mn' ? markup`<span class="name-mn" lang="mn-Mong">${name.mn}</span>` : shaped.svg(name.mn, 15, 88, 'name-mn')) : ''}
      </a>
    </p>
    <div class="tools">
      ${
        page.counterpart
          ? markup`<a class="lang-switch" href="${page.counterpart}" lang="${switchLang}" hreflang="${switchLang}">${switchLabel}</a>`
          : ''
      }
      <form class="search-box" action="${SEARCH_PATH[language]}" method="get" role="search">
        <label class="visually-hidden" for="header-q">${t('searchCluster', language)}</label>
        <input id="header-q" name="q" type="search" enterkeyhint="search" />
        <button type="submit"><span class="control-label">${t('search', language)}</span></button>
      </form>
      <a class="search-link" href="${SEARCH_PATH[language]}">${t('search', language)}</a>
    </div>
  </header>`;
}

function columnNav(cluster: Cluster, page: Page): Html {
  const site = page.site;
  if (!site) return markup``;
  const language = page.language;
  const columns = cluster.columns(site.id).filter((c) => !c.parentId);
  // A disclosure that works without a script: on a phone it is one menu button, so the content is
  // in the first screen (on a vertical page everything before <main> takes width); on wider screens
  // the stylesheet shows the nav with the button hidden, and main.ts keeps `open` in step.
  return markup`<details class="disclosure nav-menu">
  <summary><span class="summary-icon" aria-hidden="true">${MENU_ICON}</span><span class="summary-label">${t('siteNavigation', language)}</span></summary>
  <nav class="columns" aria-label="${t('siteNavigation', language)}">
    <ul>
      <li><a href="${siteUrl(site)}"${attr('aria-current', page.kind === 'home' ? 'page' : undefined)}>${t('home', language)}</a></li>
      ${columns.map(
        (c) =>
          markup`<li><a href="${columnUrl(site, c.id)}"${attr('aria-current', page.columnId === c.id ? (page.kind === 'column' ? 'page' : 'true') : undefined)}>${loc(c.name, language)}</a></li>`,
      )}
    </ul>
  </nav>
  </details>`;
}

function breadcrumb(page: Page): Html {
  const language = page.language;
  if (page.crumbs.length <= 1 && page.kind === 'home') return markup``;
  const own = langTag(language);
  return markup`<nav class="breadcrumb" aria-label="${t('breadcrumb', language)}">
    <ol>
      ${page.crumbs.map((crumb, i) => {
        const last = i === page.crumbs.length - 1;
        const langAttr = attr('lang', crumb.lang !== own ? crumb.lang : undefined);
        return last || !crumb.href
          ? markup`<li><span aria-current="page"${langAttr}>${crumb.label}</span></li>`
          : markup`<li><a href="${crumb.href}"${langAttr}>${crumb.label}</a></li>`;
      })}
    </ol>
  </nav>`;
}

function footer(cluster: Cluster, site: Site | undefined, language: Language, shaped: ShapedMongolian): Html {
  const org = site ? cluster.orgs.get(site.orgCode) : undefined;
  const root = cluster.root;
  const mongolianRoot = cluster.counterpart(root.id);
  return markup`<footer class="site-footer">
    ${
      org
        ? markup`<p>${t('organiser', language)}: ${loc(org.name, language)}</p>
          ${org.address ? markup`<p>${t('address', language)}: ${loc(org.address, language)}</p>` : ''}
          ${org.phone ? markup`<p>${t('phone', language)}: ${org.phone}</p>` : ''}
`
        : ''
    }
    <p class="cluster-links">
      <a href="${siteUrl(root)}" lang="zh-Hans">${root.name.zh ?? ''}</a>
      ${mongolianRoot?.name.mn ? markup`<a href="${siteUrl(mongolianRoot)}" lang="mn-Mong">${language === 'mn' ? mongolianRoot.name.mn : shaped.svg(mongolianRoot.name.mn, 14, 120, 'footer-mn')}</a>` : ''}
    </p>
  </footer>`;
}

/**
 * Where a new version of the portal is announced (a polite live region, empty until then). The
 * notice itself waits in a template, in the page's language, for offline-client.ts.
 */
function updateNotice(language: Language): Html {
  return markup`<div id="portal-status" class="portal-status" role="status" aria-live="polite"><template class="update-banner"><div class="update-banner"><p>${t('updateReady', language)}</p><button type="button" data-update="reload"><span class="control-label">${t('updateReload', language)}</span></button><button type="button" data-update="later"><span class="control-label">${t('updateLater', language)}</span></button></div></template></div>`;
}

/** The whole HTML document of a page. */
export function renderDocument(
  cluster: Cluster,
  page: Page,
  assets: ClientAssets,
  fonts: PageFonts,
  shaped: ShapedMongolian,
  formApi?: string,
): string {
  const language = page.language;
  const siteTitle = page.site ? localized(page.site.name, language) : localized(cluster.name, language);
  const title = page.title === siteTitle ? siteTitle : `${page.title} - ${siteTitle}`;
  const counterpartLang = langTag(otherLanguage(language));
  const preload = [fonts.mongolian, fonts.chinese].map((href) =>
    href ? markup`<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin />` : '',
  );
  const document = markup`<!doctype html>
<html lang="${langTag(language)}" class="${language === 'mn' ? 'vertical' : 'horizontal'}" data-kind="${page.kind}"${attr('data-features', page.features.join(' ') || undefined)}${attr('data-site', page.site?.id)}${attr('data-font-mongolian', fonts.fullMongolian ?? fonts.mongolian)}${attr('data-font-chinese', fonts.chinese)}>
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(formApi && page.features.length ? formApi : undefined)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<meta name="description" content="${siteTitle}" />
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
${page.counterpart ? markup`<link rel="alternate" hreflang="${counterpartLang}" href="${page.counterpart}" />` : ''}
${preload}
${fontFaces(fonts)}
${assets.styles.map((href) => markup`<link rel="stylesheet" href="${href}" />`)}
<script type="module" src="${assets.script}"></script>
${(assets.modules ?? []).map((href) => markup`<link rel="modulepreload" href="${href}" />`)}
</head>
<body>
<a class="skip-link" href="#main">${t('skipToContent', language)}</a>
${siteHeader(cluster, page, shaped)}
${columnNav(cluster, page)}
${breadcrumb(page)}
<main id="main" tabindex="-1">
${page.main}
</main>
${footer(cluster, page.site, language, shaped)}
${updateNotice(language)}
</body>
</html>
`;
  return document.value;
}
