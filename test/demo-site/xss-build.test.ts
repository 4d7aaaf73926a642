// Issue #13: the XSS corpus through the portal build. Every text a reader sees in the fixture
// cluster gets a markup payload of the corpus appended, and every link and media URL is replaced by
// a URL payload — in memory, after loading, as a cluster built without validation would hold them.
// The whole portal is then rendered as the prerenderer writes it (the same `allPages` and
// `renderDocument`, Chinese pages with their shaped Mongolian SVG, Mongolian pages with their native
// runs wrapped), and each page is parsed as a browser parses it: no script but the portal's own
// module, no event handler, no javascript:/vbscript:/data: URL but data: images, no frame, object,
// embed, base or refresh; the payloads must be there, as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { loadXilingolFixture } from '@bichig/fixtures';
import { allPages } from '../../demo-site/src/build/pages.js';
import { renderDocument } from '../../demo-site/src/build/shell.js';
import { ShapedMongolian } from '../../demo-site/src/build/shaped.js';
import { wrapNativeRuns } from '../../demo-site/src/build/native-text.js';
import { collectSlots, poisonOnce } from '../fixtures/xss-poison.js';

const NOW = '2026-11-21T12:00:00+08:00';
/** What every payload calls when it runs (see xss-payloads.ts). */
const MARKER = '__xss()';
/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
]);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet']);

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** What a browser would run or follow in one parsed page, and how many payloads stand as text. */
function inspect(url: string, html: string): { problems: string[]; inertPayloads: number } {
  const problems: string[] = [];
  let inertPayloads = 0;
  const walk = (node: ParentNode): void => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if ((child as DefaultTreeAdapterMap['textNode']).value.includes(MARKER)) inertPayloads++;
        continue;
      }
      if (!('tagName' in child)) continue;
      const element = child as Element;
      const tag = element.tagName;
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`${url}: <${tag}>`);
      if (tag === 'script') {
        const src = attribute(element, 'src');
        const inline = element.childNodes.some((c) => c.nodeName === '#text');
        if (!src || !src.startsWith('/') || src.startsWith('//') || inline)
          problems.push(`${url}: a script that is not the portal's own module (${src ?? 'inline'})`);
      }
      if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh')
        problems.push(`${url}: <meta http-equiv=refresh>`);
      if (
        tag === 'style' &&
        /javascript:|expression\(/i.test(element.childNodes.map((c) => ('value' in c ? c.value : '')).join(''))
      )
        problems.push(`${url}: script in a <style>`);
      for (const { name, value } of element.attrs) {
        if (/^on/i.test(name)) problems.push(`${url}: <${tag} ${name}>`);
        if (name === 'srcdoc') problems.push(`${url}: <${tag} srcdoc>`);
        if (name === 'style' && /javascript:|expression\(|url\(\s*['"]?\s*javascript/i.test(value))
          problems.push(`${url}: script in a style attribute of <${tag}>`);
        if (URL_ATTRIBUTES.has(name)) {
          // As a browser reads a URL: control characters and spaces inside the scheme do not count.
          const scheme = [...value]
            .filter((c) => c.codePointAt(0)! > 0x20 && c !== '\u007F')
            .join('')
            .toLowerCase();
          if (/^(javascript|vbscript):/.test(scheme) || (/^data:/.test(scheme) && !/^data:image\//.test(scheme)))
            problems.push(`${url}: <${tag} ${name}="${value.slice(0, 60)}">`);
        }
      }
      walk(element);
      if (tag === 'template') walk((element as DefaultTreeAdapterMap['template']).content);
    }
  };
  walk(parse(html));
  return { problems, inertPayloads };
}

test('the XSS corpus through the whole portal build: nothing runs, every payload stays text', async () => {
  const { cluster } = await loadXilingolFixture({ mediaBase: '/data/xilingol/' });
  const counts = poisonOnce(
    collectSlots([...[...cluster.sites.values()].map((site) => ['site', site] as const), ['org', cluster.orgs]]),
  );
  assert.ok(counts.texts > 10_000, `expected the whole fixture's texts poisoned, got ${counts.texts}`);
  assert.ok(counts.urls > 100, `expected the fixture's links and media poisoned, got ${counts.urls}`);

  const fontFile = (name: string) => new Uint8Array(readFileSync(new URL(`../../fonts/${name}`, import.meta.url)));
  const shaped = await ShapedMongolian.create(
    fontFile('NotoSansMongolian-Regular.ttf'),
    fontFile('NotoSansSC-GB2312-Regular.ttf'),
  );
  const pages = allPages({ cluster, now: NOW });
  assert.ok(pages.length > 2_000, `expected the whole portal, got ${pages.length} pages`);
  const problems: string[] = [];
  let inertPayloads = 0;
  for (const page of pages) {
    const document = renderDocument(cluster, page, { script: '/main.js', styles: [] }, {}, shaped);
    const result = inspect(page.url, page.language === 'mn' ? wrapNativeRuns(document) : document);
    problems.push(...result.problems);
    inertPayloads += result.inertPayloads;
  }
  console.log(
    `poisoned: ${counts.texts} texts and ${counts.urls} URLs; ${pages.length} pages built; ` +
      `${inertPayloads} payloads shown as text; ${problems.length} that would run or load`,
  );
  assert.deepEqual(problems.slice(0, 20), []);
  assert.ok(inertPayloads > 10_000, `expected the payloads on the pages as text, found ${inertPayloads}`);
});
