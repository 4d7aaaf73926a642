// The build's mlreq wrapping of prerendered Mongolian pages: the text stays exactly the same, only
// the runs the browser would break or lay wrongly are wrapped, and nothing outside body prose.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wrapNativeRuns } from '../../demo-site/src/build/native-text.js';

const page = (body: string) =>
  `<!doctype html><html lang="mn-Mong"><head><title>ᠮᠣᠩᠭᠣᠯ 12 ᠃</title><style>a{b:c}</style></head><body>${body}</body></html>`;

/** The text content of markup, tags dropped and entities decoded (what copy and find-in-page see). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('wrapNativeRuns', () => {
  it('wraps spaces with the mark after them and short digit runs, keeping the text exact', () => {
    const body =
      '<main><p>ᠮᠣᠩᠭᠣᠯ ᠂ 2025 ᠣᠨ ᠤ 11 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 3 &amp; 4 &lt;ᠪᠢᠴᠢᠭ&gt; ᠃</p><a href="/x?a=1&amp;b=22" title="ᠠ ᠂ 5">ᠠ 7</a></main>';
    const out = wrapNativeRuns(page(body));
    assert.equal(
      out,
      page(
        '<main><p>ᠮᠣᠩᠭᠣᠯ<span class="mlreq-keep"> ᠂</span> 2025 ᠣᠨ ᠤ <span class="mlreq-tcy">11</span> ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ <span class="mlreq-tcy">3</span> &amp; <span class="mlreq-tcy">4</span> &lt;ᠪᠢᠴᠢᠭ&gt;<span class="mlreq-keep"> ᠃</span></p><a href="/x?a=1&amp;b=22" title="ᠠ ᠂ 5">ᠠ <span class="mlreq-tcy">7</span></a></main>',
      ),
    );
    assert.equal(textOf(out), textOf(page(body)));
  });

  it('leaves the head, scripts, SVG, form controls and custom elements alone', () => {
    const body =
      '<script>const a = 1 ? 2 : 3;</script><svg><title>ᠠ 1</title></svg><textarea>ᠠ ᠂ 2</textarea><select><option>3</option></select><bichig-text>ᠠ ᠂ 4</bichig-text><!-- 5 ? -->';
    assert.equal(wrapNativeRuns(page(body)), page(body));
  });
});
