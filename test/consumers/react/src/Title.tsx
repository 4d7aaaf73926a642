import '@bichig/elements/bichig-text.js';
import type {} from '@bichig/elements/react'; // JSX types for every <bichig-*> element

export function Title() {
  return <bichig-text lang="mn-Mong">ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ</bichig-text>;
}
