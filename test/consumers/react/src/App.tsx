// A React 19 + Vite app that installed @bichig/elements from npm.
import '@bichig/elements/bichig-text.js';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-news-list.js';
import type {} from '@bichig/elements/react';
import type { BichigFallbackEvent } from '@bichig/elements';
import { Title } from './Title.tsx';

export function App() {
  const onFallback = (event: BichigFallbackEvent) => console.warn(event.detail.reason);
  return (
    <main>
      <h1>bichig</h1>
      <Title />
      <bichig-text id="native" lang="mn-Mong" renderer="native" onbichig-fallback={onFallback}>
        ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ
      </bichig-text>
      <bichig-text id="shaped" lang="mn-Mong" renderer="shaped">
        ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ
      </bichig-text>
      <bichig-textarea id="field" lang="mn-Mong" aria-label="ᠪᠢᠴᠢᠭ"></bichig-textarea>
      <bichig-keyboard for="field"></bichig-keyboard>
      <bichig-news-list src="data/cluster.json" column="news" lang="mn-Mong"></bichig-news-list>
    </main>
  );
}
