import '@bichig/elements/bichig-text.js';
import type { BichigText } from '@bichig/elements';
import { screenshot, pixelDiff } from './support/pixels.js';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';
it('look', async () => {
  const out: BichigText[] = [];
  for (const renderer of ['shaped', 'native']) {
    const element = document.createElement('bichig-text') as BichigText;
    element.setAttribute('renderer', renderer);
    element.setAttribute('block-size', '400');
    element.style.cssText = 'font-size: 24px; color: black; background: white; display: inline-block; margin: 8px';
    element.textContent = UDHR_ARTICLE_1_MN + ' 蒙古文 Unicode 2024';
    document.body.append(element);
    console.log(renderer, JSON.stringify(await element.whenRendered()));
    out.push(element);
  }
  const a = await screenshot(out[0]!, 'look-shaped');
  const b = await screenshot(out[1]!, 'look-native');
  console.log(JSON.stringify(pixelDiff(a, b)), a.width, a.height, b.width, b.height);
});
