import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-a11y-toolbar.js';
import { A11Y_STORAGE_KEY } from '@bichig/elements/bichig-a11y-toolbar.js';
import type { BichigA11yToolbar } from '@bichig/elements/bichig-a11y-toolbar.js';
import { hasStoredA11ySettings, readA11ySettings } from '@bichig/elements/a11y-settings.js';
import { axeViolations, screenshot } from './support/pixels.js';
import { describeViolations, mount, settled, unmountAll } from './support/columns.js';

const html = document.documentElement;
const buttonNamed = (toolbar: BichigA11yToolbar, name: string) =>
  [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;

beforeEach(() => localStorage.removeItem(A11Y_STORAGE_KEY));
afterEach(() => {
  unmountAll();
  localStorage.removeItem(A11Y_STORAGE_KEY);
  for (const name of [
    'data-bichig-text-scale',
    'data-bichig-contrast',
    'data-bichig-cursor',
    'data-bichig-reading-guide',
    'lang',
  ])
    html.removeAttribute(name);
  html.style.removeProperty('--bichig-text-scale');
});

describe('<bichig-a11y-toolbar>', () => {
  it('enlarges the page’s text through the <html> hook and remembers it for the next page', async () => {
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    const before = parseFloat(getComputedStyle(html).fontSize);
    buttonNamed(toolbar, '放大文字').click();
    buttonNamed(toolbar, '放大文字').click();
    await settled(toolbar);
    expect(html.getAttribute('data-bichig-text-scale')).to.equal('1.25');
    expect(parseFloat(getComputedStyle(html).fontSize)).to.be.closeTo(before * 1.25, 0.01);
    expect(JSON.parse(localStorage.getItem(A11Y_STORAGE_KEY)!).textScale).to.equal(1.25);
    expect(toolbar.shadowRoot!.querySelector('.scale')!.textContent).to.equal('125%');
    // A new page: a fresh toolbar reads the stored settings and applies them.
    toolbar.remove();
    html.removeAttribute('data-bichig-text-scale');
    const next = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    expect(next.value.textScale).to.equal(1.25);
    expect(html.getAttribute('data-bichig-text-scale')).to.equal('1.25');
    buttonNamed(next, '缩小文字').click();
    await settled(next);
    expect(html.getAttribute('data-bichig-text-scale')).to.equal('1.125');
  });

  it('toggles high contrast and the large cursor as pressed buttons, and resets everything', async () => {
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    const contrast = buttonNamed(toolbar, '高对比度');
    expect(contrast.getAttribute('aria-pressed')).to.equal('false');
    contrast.click();
    buttonNamed(toolbar, '大鼠标').click();
    await settled(toolbar);
    expect(contrast.getAttribute('aria-pressed')).to.equal('true');
    expect(html.getAttribute('data-bichig-contrast')).to.equal('high');
    expect(getComputedStyle(document.body).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(html.getAttribute('data-bichig-cursor')).to.equal('large');
    expect(getComputedStyle(document.body).cursor).to.contain('url(');
    buttonNamed(toolbar, '重置').click();
    await settled(toolbar);
    expect(html.hasAttribute('data-bichig-contrast')).to.equal(false);
    expect(html.hasAttribute('data-bichig-cursor')).to.equal(false);
    expect(localStorage.getItem(A11Y_STORAGE_KEY)).to.equal(null);
    expect(getComputedStyle(document.body).backgroundColor).to.not.equal('rgb(0, 0, 0)');
  });

  it('shows a reading guide that follows the pointer: horizontal on Chinese pages, vertical on Mongolian ones', async () => {
    await setViewport({ width: 800, height: 600 });
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    buttonNamed(toolbar, '阅读辅助线').click();
    await settled(toolbar);
    expect(html.hasAttribute('data-bichig-reading-guide')).to.equal(true);
    await sendMouse({ type: 'move', position: [200, 300] });
    await settled(toolbar);
    let guide = toolbar.shadowRoot!.querySelector<HTMLElement>('[part~="guide"]')!;
    expect(guide.classList.contains('horizontal')).to.equal(true);
    const rect = guide.getBoundingClientRect();
    expect(rect.top + rect.height / 2).to.be.closeTo(300, 1);
    expect(rect.width).to.be.closeTo(800, 20);
    html.lang = 'mn-Mong';
    await sendMouse({ type: 'move', position: [420, 100] });
    await settled(toolbar);
    guide = toolbar.shadowRoot!.querySelector<HTMLElement>('[part~="guide"]')!;
    expect(guide.classList.contains('vertical')).to.equal(true);
    const vertical = guide.getBoundingClientRect();
    expect(vertical.left + vertical.width / 2).to.be.closeTo(420, 1);
    expect(vertical.height).to.be.closeTo(600, 20);
  });

  it('is one tab stop, operated with the arrow keys, Home, End, Enter and Space', async () => {
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    const buttons = [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.filter((b) => b.tabIndex === 0).length).to.equal(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.value.textScale).to.equal(1.125);
    await sendKeys({ press: 'ArrowRight' });
    await settled(toolbar);
    expect(toolbar.shadowRoot!.activeElement!.textContent!.trim()).to.equal('缩小文字');
    await sendKeys({ press: 'ArrowRight' });
    await settled(toolbar);
    expect(toolbar.shadowRoot!.activeElement!.textContent!.trim()).to.equal('高对比度');
    await sendKeys({ press: ' ' });
    await settled(toolbar);
    expect(toolbar.value.highContrast).to.equal(true);
    await sendKeys({ press: 'End' });
    await settled(toolbar);
    expect(toolbar.shadowRoot!.activeElement!.textContent!.trim()).to.equal('重置');
    expect((toolbar.shadowRoot!.activeElement as HTMLElement).tabIndex).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.value).to.deep.equal({ textScale: 1, highContrast: false, readingGuide: false, largeCursor: false });
  });

  it('keeps its one tab stop on an enabled button', async () => {
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    const all = () => [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    // At the normal size "smaller" is disabled: moving right from "larger" skips it.
    all()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(toolbar);
    expect(toolbar.shadowRoot!.activeElement!.textContent!.trim()).to.equal('高对比度');
    expect(
      all()
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.textContent!.trim()),
    ).to.deep.equal(['高对比度']);
    // At the largest size "larger" is disabled; if it was the tab stop, another button takes over.
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 6; i++) all()[0]!.click();
    await settled(toolbar);
    expect(all()[0]!.disabled).to.equal(true);
    const stops = all().filter((b) => b.tabIndex === 0);
    expect(stops.length).to.equal(1);
    expect(stops[0]!.disabled).to.equal(false);
  });

  it('ignores malformed stored settings', async () => {
    localStorage.setItem(A11Y_STORAGE_KEY, '{"textScale": 9, "highContrast": "yes"');
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    expect(toolbar.value).to.deep.equal({ textScale: 1, highContrast: false, readingGuide: false, largeCursor: false });
  });

  it('tells a page, without the toolbar, whether settings were saved, and refused storage is no settings', async () => {
    expect(hasStoredA11ySettings()).to.equal(false);
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    buttonNamed(toolbar, '高对比度').click();
    await settled(toolbar);
    expect(hasStoredA11ySettings(), 'saved by the toolbar').to.equal(true);
    const refusing = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as Storage;
    expect(hasStoredA11ySettings(refusing)).to.equal(false);
    expect(readA11ySettings(refusing)).to.deep.equal({
      textScale: 1,
      highContrast: false,
      readingGuide: false,
      largeCursor: false,
    });
  });

  it('has no axe-core violations, with and without high contrast', async () => {
    const toolbar = await mount<BichigA11yToolbar>('bichig-a11y-toolbar');
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
    buttonNamed(toolbar, '高对比度').click();
    await settled(toolbar);
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
    await screenshot(toolbar, 'a11y-toolbar-contrast');
    buttonNamed(toolbar, '重置').click();
    await settled(toolbar);
    await setViewport({ width: 360, height: 640 });
    await screenshot(toolbar, 'a11y-toolbar-360');
  });
});
