// Issue #17: a Mongolian site reads in Mongolian. Over every prerendered Mongolian page of the portal,
// the main content holds no Chinese except what the data marks as Chinese on purpose — a quoted
// document number (文号, printed as issued) or an organisation's official Chinese name — and each of
// those stands in an element with lang="zh-Hans". The same `allPages` the prerenderer writes is
// checked here, so the figures are those of the built portal's <main>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { formatDocumentNumber } from '@bichig/cluster';
import { loadXilingolFixture } from '@bichig/fixtures';
import { allPages } from '../../demo-site/src/build/pages.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** A run of Chinese: Han characters, with the CJK punctuation between them. */
const CHINESE_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303F\uFF00-\uFF65]*/gu;
/** Attributes whose text a reader hears or sees. */
const READ_ATTRIBUTES = new Set(['aria-label', 'alt', 'title', 'placeholder']);

interface ChineseRun {
  readonly page: string;
  readonly text: string;
  /** The nearest lang attribute around it. */
  readonly lang: string;
  /** The whole text of the element that holds it (to compare with the data's deliberate Chinese). */
  readonly holder: string;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((c) => textOf(c as Node)).join('') : '';
}

function chineseRuns(page: string, html: string): ChineseRun[] {
  const runs: ChineseRun[] = [];
  const visit = (node: Node, lang: string, holder: string): void => {
    if (node.nodeName === '#text') {
      for (const match of (node as DefaultTreeAdapterMap['textNode']).value.matchAll(CHINESE_RUN))
        runs.push({ page, text: match[0], lang, holder });
      return;
    }
    if (node.nodeName === '#comment') return;
    let here = lang;
    if ('attrs' in node) {
      const own = node.attrs.find((a) => a.name === 'lang');
      if (own) here = own.value;
      for (const a of node.attrs)
        if (READ_ATTRIBUTES.has(a.name))
          for (const match of a.value.matchAll(CHINESE_RUN))
            runs.push({ page, text: match[0], lang: here, holder: a.value });
    }
    const ownText = textOf(node).trim();
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node, here, ownText);
  };
  visit(parseFragment(html), 'mn-Mong', '');
  return runs;
}

test('every Mongolian page: no Chinese in the main content except document numbers and official names, marked zh-Hans', async () => {
  const { cluster, errors } = await loadXilingolFixture({ mediaBase: '/data/xilingol/' });
  assert.deepEqual(
    errors.filter((e) => e.dropped !== 'nothing'),
    [],
  );
  const pages = allPages({ cluster, now: '2026-11-21T12:00:00+08:00' }).filter((p) => p.language === 'mn');
  assert.ok(pages.length >= 150, `expected the whole portal's Mongolian pages, got ${pages.length}`);

  // What the data marks as Chinese on purpose.
  const deliberate = new Set<string>();
  for (const site of cluster.sites.values())
    for (const entry of site.catalog)
      if (entry.documentNumber) deliberate.add(formatDocumentNumber(entry.documentNumber));
  for (const org of cluster.orgs.values()) {
    if (org.name.zh) deliberate.add(org.name.zh);
    if (org.shortName?.zh) deliberate.add(org.shortName.zh);
  }

  const all = pages.flatMap((p) => chineseRuns(p.url, p.main.value));
  const allowed = all.filter((r) => r.lang === 'zh-Hans' && deliberate.has(r.holder));
  const wrong = all.filter((r) => !allowed.includes(r));
  const unmarked = wrong.filter((r) => r.lang !== 'zh-Hans');
  const byPage = new Set(wrong.map((r) => r.page));
  console.log(
    `Mongolian pages checked: ${pages.length}; Chinese runs: ${all.length} ` +
      `(${allowed.length} deliberate and marked zh-Hans, ${wrong.length} not allowed on ${byPage.size} pages, ` +
      `${unmarked.length} of them without lang="zh-Hans")`,
  );
  const sample = [...new Map(wrong.map((r) => [r.text, r])).values()].slice(0, 15);
  assert.equal(
    wrong.length,
    0,
    `Chinese on Mongolian pages:\n${sample.map((r) => `  ${r.page} [${r.lang}] ${r.text}`).join('\n')}`,
  );
});
