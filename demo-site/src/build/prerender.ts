// Prerenders the whole portal into demo-site/dist after `vite build` has built the client script:
// every page of the fixture cluster as static HTML, each with its own font subsets, plus the data
// files the interactive columns read. Run: node --conditions=@bichig/source --import tsx src/build/prerender.ts
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '@bichig/cluster';
import { loadXilingolFixture, xilingolFixtureDirectory } from '@bichig/fixtures';
import { allPages, type BuildContext, type Page } from './pages.js';
import { renderDocument, type ClientAssets, type PageFonts } from './shell.js';
import { fileOf } from './routes.js';
import { FontSubsets, splitCodePoints, withWritingMongolian } from './fonts.js';
import { allMongolianStrings } from './strings.js';
import { loadFontStack } from '@bichig/core';
import { ShapedMongolian } from './shaped.js';
import { publishMedia } from './media.js';
import { wrapNativeRuns } from './native-text.js';
import { VariantWords } from './variant-words.js';
import { modulePreloads } from './module-preload.js';
import { ENGINE_PROBE } from '../client/variant-word-format.js';
import { mailboxSlice, orgsNamedBy, publishedStatistics, searchIndexFiles, type SiteFile } from './published-data.js';
import { assertNothingPrivate } from './privacy-scan.js';
import { contentSecurityPolicyHeader } from './csp.js';
import { isMongolianLetter } from '@bichig/core/mongolian';
import { OFFLINE_PATH } from './pages.js';
import {
  buildServiceWorker,
  builtSize,
  pageAssets,
  precacheEntries,
  shellFiles,
  writeOfflinePacks,
  type ViteManifest,
} from './offline.js';

const demoRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(demoRoot, '..');
const outDir = join(demoRoot, 'dist');
/** Where the fixture's files are published; its images (media/…) are linked from there. */
const DATA_BASE = '/data/xilingol/';

/** Vite's manifest of the client build. */
function viteManifest(): ViteManifest {
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as ViteManifest;
  } catch (cause) {
    throw new Error(`No Vite manifest at ${manifestPath}: run \`vite build\` before prerendering`, { cause });
  }
}

/** The entry script and its styles, from Vite's manifest. */
function clientAssets(manifest: ViteManifest): ClientAssets {
  const entry = manifest['src/client/main.ts'];
  if (!entry)
    throw new Error(`The Vite manifest has no entry src/client/main.ts (entries: ${Object.keys(manifest).join(', ')})`);
  return { script: `/${entry.file}`, styles: (entry.css ?? []).map((f) => `/${f}`) };
}

/** The text a reader sees: element content and the attribute values that are read out or shown. */
function visibleText(html: string): string {
  // Shaped SVG draws its own glyphs: its title and label need no font. A <meta>'s content is never
  // drawn (the CSP and the viewport would put a dozen Latin letters in a Mongolian page's Chinese subset).
  const document = html.replace(/<svg\b[\s\S]*?<\/svg>/g, ' ');
  const attributes = [...document.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const content = document
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [content, ...attributes]
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function main(): Promise<void> {
  const started = performance.now();
  const { cluster, errors } = await loadXilingolFixture({ mediaBase: DATA_BASE });
  if (errors.length) {
    // The portal shows what loaded; the build says loudly what did not.
    console.warn(`prerender: ${errors.length} record(s) of the fixture did not validate and are left out:`);
    for (const issue of errors.slice(0, 20)) console.warn(`  ${formatIssue(issue)}`);
  }
  const now = process.env['PORTAL_NOW'] ?? new Date().toISOString();
  const context: BuildContext = { cluster, now };
  const client = viteManifest();
  const assets = clientAssets(client);
  const pages = allPages(context);

  const seen = new Map<string, Page>();
  for (const page of pages) {
    const clash = seen.get(page.url);
    if (clash)
      throw new Error(
        `Two pages share the URL ${page.url} (${clash.kind} "${clash.title}" and ${page.kind} "${page.title}")`,
      );
    seen.set(page.url, page);
  }

  const fontsDir = join(outDir, 'fonts');
  rmSync(fontsDir, { recursive: true, force: true });
  const subsets = await FontSubsets.create(fontsDir, '/fonts/', join(repoRoot, '.cache', 'portal-fonts'));
  const mongolianFont = {
    name: 'mn',
    bytes: new Uint8Array(readFileSync(join(repoRoot, 'fonts', 'NotoSansMongolian-Regular.ttf'))),
  };
  const chineseFont = {
    name: 'zh',
    bytes: new Uint8Array(readFileSync(join(repoRoot, 'fonts', 'NotoSansSC-GB2312-Regular.ttf'))),
  };
  // Chinese interactive pages point their elements at the whole Mongolian font, once, under a stable
  // name (fetched only if Mongolian text turns up); Mongolian ones carry a subset with everything
  // the keyboard types (withWritingMongolian).
  cpSync(join(repoRoot, 'fonts', 'NotoSansMongolian-Regular.woff2'), join(fontsDir, 'NotoSansMongolian-Regular.woff2'));
  const fullMongolian = '/fonts/NotoSansMongolian-Regular.woff2';
  const interfaceText = allMongolianStrings();
  const shaped = await ShapedMongolian.create(mongolianFont.bytes, chineseFont.bytes);
  // Outlines of the words some engines shape wrongly natively (FVS, ZWJ), for those engines only.
  const variantWords = await VariantWords.create(mongolianFont.bytes, join(fontsDir, 'words'), '/fonts/words/');

  /** The files each page needs (its offline pack counts them). */
  const assetsByPage = new Map<string, string[]>();
  const index: { url: string; kind: Page['kind']; language: string; site?: string; features: readonly string[] }[] = [];
  for (const page of pages) {
    const interactive = page.features.length > 0;
    const draft = renderDocument(cluster, page, assets, {}, shaped);
    // A Mongolian page's subset has the letters of the client's engine probe (variant-word-format.ts).
    const { mongolian, other } = splitCodePoints(
      visibleText(draft) + (page.language === 'mn' ? interfaceText + ENGINE_PROBE.word : ''),
    );
    // Chinese pages draw their few Mongolian words as shaped SVG and need no Mongolian font, unless
    // their content itself holds Mongolian text.
    const needsMongolian = page.language === 'mn' || [...mongolian].some(isMongolianLetter);
    const fonts: PageFonts = {
      ...(needsMongolian
        ? {
            mongolian:
              interactive && page.language === 'mn'
                ? await subsets.subset(mongolianFont, withWritingMongolian(mongolian))
                : await subsets.subset(mongolianFont, mongolian),
          }
        : {}),
      // Chinese pages use the reader's system fonts; Mongolian pages carry the few hanzi, Latin letters and digits they show.
      ...(page.language === 'mn' ? { chinese: await subsets.subset(chineseFont, other) } : {}),
      ...(interactive && page.language !== 'mn' ? { fullMongolian } : {}),
    };
    const file = join(outDir, fileOf(page.url));
    mkdirSync(dirname(file), { recursive: true });
    const modules = modulePreloads(client, page.features, page.language);
    const document = renderDocument(
      cluster,
      page,
      { ...assets, modules },
      fonts,
      shaped,
      process.env['PORTAL_FORM_API'],
    );
    const html = page.language === 'mn' ? wrapNativeRuns(document, (text) => variantWords.wrap(text)) : document;
    writeFileSync(file, html);
    assetsByPage.set(page.url, pageAssets(html));
    index.push({
      url: page.url,
      kind: page.kind,
      language: page.language,
      ...(page.site ? { site: page.site.id } : {}),
      features: page.features,
    });
  }

  // The interactive columns' data (see published-data.ts): per site, a slice of the cluster with
  // what the mailbox and the survey show, so a mailbox page loads tens of kilobytes instead of the
  // whole cluster; and, for cluster search, a sharded index of what search reads and the public
  // may see, under /data/search/ (the search page fetches its manifest, then a few shards per query).
  const dataDir = join(outDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  const fixture = fileURLToPath(xilingolFixtureDirectory());
  const manifest = JSON.parse(readFileSync(join(fixture, 'cluster.json'), 'utf8')) as {
    siteFiles: string[];
    [key: string]: unknown;
  };
  const published = join(outDir, ...DATA_BASE.split('/').filter(Boolean));
  const siteFiles: SiteFile[] = [];
  const sitesByFile = new Map<string, SiteFile>();
  for (const siteFile of manifest.siteFiles) {
    const site = JSON.parse(readFileSync(join(fixture, siteFile), 'utf8')) as SiteFile;
    siteFiles.push(site);
    sitesByFile.set(siteFile, site);
    const sliceDir = join(dataDir, 'slices', site.id);
    mkdirSync(sliceDir, { recursive: true });
    const loaded = cluster.site(site.id);
    const figures = new Map(
      loaded.mailboxes.map((m) => [m.id, publishedStatistics(loaded, m, cluster.calendar, now)] as const),
    );
    const slice = mailboxSlice(site, figures);
    writeFileSync(join(sliceDir, 'site.json'), JSON.stringify(slice));
    const orgs = orgsNamedBy(Array.isArray(manifest['orgs']) ? manifest['orgs'] : [], slice);
    writeFileSync(
      join(sliceDir, 'cluster.json'),
      JSON.stringify({ ...manifest, orgs, rootSiteId: site.id, siteFiles: ['site.json'] }),
    );
  }
  const searchDir = join(dataDir, 'search');
  let searchFiles = 0;
  for (const [path, value] of searchIndexFiles(manifest, sitesByFile, now)) {
    const file = join(searchDir, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
    searchFiles++;
  }
  console.log(`prerender: search index, ${searchFiles} files under /data/search/`);
  // The fixture's images, which the pages link there too: the Mongolian charts' labels as outlines.
  const chartFonts = await loadFontStack([mongolianFont.bytes, chineseFont.bytes]);
  const media = publishMedia(join(fixture, 'media'), join(published, 'media'), chartFonts);
  writeFileSync(join(outDir, 'portal-pages.json'), JSON.stringify(index));
  // Where letters and survey answers go and where search asks, read by the client at run time (a
  // host may replace the file; @bichig/server answers it with its own API). Static: the sharded index.
  writeFileSync(
    join(outDir, 'portal-config.json'),
    JSON.stringify({ formApi: process.env['PORTAL_FORM_API'] ?? null, searchApi: null, deskApi: null }),
  );
  // Reading offline: every site's pack, and the service worker with the shell and the offline pages precached.
  const packs = writeOfflinePacks(outDir, cluster, new Set(seen.keys()), (url) => assetsByPage.get(url) ?? []);
  const offlinePages = Object.values(OFFLINE_PATH);
  const precache = precacheEntries(outDir, [
    ...shellFiles(client),
    '/favicon.svg',
    ...offlinePages,
    ...offlinePages.flatMap((url) => assetsByPage.get(url) ?? []),
  ]);
  await buildServiceWorker(outDir, {
    precache,
    offlinePages: OFFLINE_PATH,
    sites: [...cluster.sites.values()]
      .map((site) => ({ path: site.path, language: site.language }))
      .sort((a, b) => b.path.length - a.path.length),
  });
  const packBytes = packs.reduce((sum, p) => sum + p.totalBytes, 0);
  console.log(
    `prerender: service worker written, precaching ${precache.length} files (${Math.round(precache.reduce((sum, e) => sum + builtSize(outDir, e.url), 0) / 1024)} KB); ${packs.length} offline packs, ${Math.round(packBytes / packs.length / 1024)} KB on average, ${Math.round(Math.max(...packs.map((p) => p.totalBytes)) / 1024)} KB the largest`,
  );
  // For hosts that read a `_headers` file (the meta element in every page carries the same policy).
  writeFileSync(
    join(outDir, '_headers'),
    `/*\n  Content-Security-Policy: ${contentSecurityPolicyHeader(process.env['PORTAL_FORM_API'])}\n  X-Content-Type-Options: nosniff\n`,
  );
  // Last: nothing private of the cluster is in what was written (throws, failing the build, if it is).
  const scanStarted = performance.now();
  const privacy = assertNothingPrivate(outDir, siteFiles, now, [manifest]);
  console.log(
    `prerender: privacy scan of dist/ for ${privacy.values} private values: none found (${((performance.now() - scanStarted) / 1000).toFixed(1)} s)`,
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const chartBytes = media.outlined.reduce((sum, e) => sum + e.after, 0);
  console.log(
    `prerender: ${pages.length} pages, ${subsets.stats.made} font subsets made, ${subsets.stats.cached} from cache (${Math.round(subsets.stats.bytes / 1024)} KB written), ${media.files} images (${media.outlined.length} Mongolian charts with outlined labels, ${Math.round(chartBytes / 1024)} KB), ${variantWords.count} variant words outlined in ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
