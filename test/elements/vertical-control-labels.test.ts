// Buttons and selects on Mongolian (vertical) pages read vertically in every engine. Chromium and
// Firefox set form controls in vertical-lr; WebKitGTK and Safari before 17.4 keep a <button> and a
// <select> horizontal whatever the page says, and set a Mongolian label sideways. A button's label is
// an inline-block in the page's writing mode (`--bichig-writing-mode`), which WebKit honours inside a
// button; a select's closed face is a <bichig-select> face drawn in the page's writing mode, with the
// native select, transparent, over it. Measured here: the rectangle of a label's text is taller than
// wide (a several-letter word read top to bottom), and the controls stay real, named and operable.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-search.js';
import '@bichig/elements/bichig-mailbox.js';
import '@bichig/elements/bichig-survey.js';
import '@bichig/elements/bichig-letter-desk.js';
import { MemoryFormAdapter, type BichigMailbox, type BichigSearch, type BichigSurvey } from '@bichig/elements';
import { NOW, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';
import { axeProblems, languageSuiteHooks, until } from './support/interactive-columns.js';
import { SITE_ORG, mountDesk, openLetter } from './support/desk.js';

/** The box of the text inside `element` (a Range over its contents: the glyphs' extent, not the control's). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** A label reads vertically: its text's box is taller than wide, by more than a letter's width. */
function expectVertical(element: Element, what: string): void {
  const box = textBox(element);
  const text = element.textContent!.trim();
  expect(text.length, `${what} has a label`).to.be.greaterThan(2);
  expect(box.height, `${what} "${text}": ${Math.round(box.width)}×${Math.round(box.height)} px`).to.be.greaterThan(
    box.width * 1.5,
  );
}

/** A vertical page, as the portal's `html.vertical` makes one: <bichig-search> takes the page's writing mode. */
function verticalPage(): void {
  const main = document.createElement('main');
  main.style.cssText =
    'writing-mode: vertical-lr; --bichig-writing-mode: vertical-lr; block-size: auto; inline-size: 700px';
  document.body.append(main);
}

/** A Mongolian search page with results, so that its filters (selects) are shown. */
async function mongolianSearchWithResults(): Promise<BichigSearch> {
  const cluster = await fixtureCluster();
  const element = await mount<BichigSearch>(
    'bichig-search',
    { now: NOW, site: 'xlgl-mn', lang: 'mn', query: 'ᠠᠶᠢᠮᠠᠭ', language: 'mn', renderer: 'native' },
    { cluster },
  );
  await element.whenIndexed();
  await settled(element);
  return element;
}

describe('Mongolian buttons and selects read vertically', function () {
  // A query's first search builds the cluster's index: in WebKit, on a machine shared with other
  // runs, that took longer than mocha's 30 s (as in bichig-search-api.test.ts).
  this.timeout(120_000);
  languageSuiteHooks('mn-Mong');
  beforeEach(verticalPage);
  afterEach(() => {
    unmountAll();
    for (const main of document.querySelectorAll('main')) main.remove();
  });

  it("the search button's label ᠡᠷᠢᠬᠦ runs down, and the button still searches with Enter", async () => {
    const cluster = await fixtureCluster();
    const element = await mount<BichigSearch>(
      'bichig-search',
      { now: NOW, site: 'xlgl-mn', lang: 'mn', renderer: 'native' },
      { cluster },
    );
    await element.whenIndexed();
    await settled(element);
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.localName).to.equal('button');
    expectVertical(button, 'the search button');
    const searches: string[] = [];
    element.addEventListener('bichig-search', (e) => searches.push(e.detail.query));
    element.shadowRoot!.querySelector<HTMLElement>('[part~="input"]')!.focus();
    await sendKeys({ type: 'ᠠᠶᠢᠮᠠᠭ' });
    button.focus();
    expect(element.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(searches).to.deep.equal(['ᠠᠶᠢᠮᠠᠭ']);
  });

  it("the mailbox's send button and its tabs read vertically", async () => {
    const cluster = await fixtureCluster();
    const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', { now: () => new Date(NOW) });
    const element = await mount<BichigMailbox>(
      'bichig-mailbox',
      { site: 'xlgl-mn', lang: 'mn', column: 'mailbox', now: NOW, renderer: 'native' },
      { cluster, adapter },
    );
    const root = element.shadowRoot!;
    const send = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expectVertical(send, 'the send button');
    expect(send.form).to.not.equal(null);
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs).to.have.length(4);
    for (const [i, tab] of tabs.entries()) expectVertical(tab, `tab ${i + 1}`);
    expect(await axeProblems(element, [['bichig-mailbox', 'bichig-keyboard']])).to.deep.equal([]);
  });

  it("an open survey's submit and show-results buttons read vertically", async () => {
    const cluster = await fixtureCluster();
    const survey = cluster.site('xlgl-mn').surveys.find((s) => s.columnId === 'surveys' && s.kind === 'questionnaire')!;
    const now = `${survey.opensAt}T12:00:00+08:00`;
    const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', { now: () => new Date(now) });
    const element = await mount<BichigSurvey>(
      'bichig-survey',
      { site: 'xlgl-mn', lang: 'mn', column: 'surveys', survey: survey.id, now, renderer: 'native' },
      { cluster, adapter },
    );
    const root = element.shadowRoot!;
    expectVertical(root.querySelector('[part="submit"]')!, 'the submit button');
    expectVertical(root.querySelector('[part="toggle-results"]')!, 'the show-results button');
  });

  it("a filter select's closed face reads vertically over a native select that stays named and operable", async () => {
    const element = await mongolianSearchWithResults();
    const root = element.shadowRoot!;
    const selects = [...root.querySelectorAll<HTMLSelectElement>('[part~="filters"] select')];
    expect(selects.length).to.be.greaterThan(1);
    for (const select of selects) {
      const wrapper = select.parentElement!;
      expect(wrapper.localName, 'the select has a vertical face').to.equal('bichig-select');
      const face = wrapper.shadowRoot!.querySelector('[part~="face-text"]')!;
      expect(face.textContent).to.equal(select.selectedOptions[0]!.text.trim());
      expectVertical(face, `the face of "${select.labels[0]?.textContent?.trim()}"`);
      // The native select lies over its face: a click or tap on the face opens the real list.
      const box = face.getBoundingClientRect();
      expect(root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(select);
      expect(select.labels[0]!.textContent!.trim().length, 'named by its label').to.be.greaterThan(0);
    }
    const kind = selects.find((select) => select.options.length > 2)!;
    kind.focus();
    expect(root.activeElement).to.equal(kind);
    kind.selectedIndex = 2;
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(element);
    const face = kind.parentElement!.shadowRoot!.querySelector('[part~="face-text"]')!;
    expect(face.textContent).to.equal(kind.selectedOptions[0]!.text.trim());
    expectVertical(face, 'the face after a change');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it("the staff desk's selects (the mailbox filter, the department a letter goes to) show vertical faces over real selects", async () => {
    const { element } = await mountDesk({ site: 'xlgl-mn', signedIn: 'mn-office' });
    await openLetter(element, 'letter-0003');
    const root = element.shadowRoot!;
    const selects = [...root.querySelectorAll<HTMLSelectElement>('select')];
    expect(selects.map((select) => select.id.replace(/^.*-/, '')).sort()).to.deep.equal(['department', 'filter']);
    for (const select of selects) {
      const wrapper = select.parentElement!;
      expect(wrapper.localName, `the select #${select.id} has a vertical face`).to.equal('bichig-select');
      const face = wrapper.shadowRoot!.querySelector('[part~="face-text"]')!;
      expect(face.textContent).to.equal(select.selectedOptions[0]!.text.trim());
      expectVertical(face, `the face of "${select.labels[0]?.textContent?.trim()}"`);
      // The desk scrolls sideways to the letter: the inbox's filter is brought back into view.
      face.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = face.getBoundingClientRect();
      expect(root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(select);
      expect(select.labels[0]!.textContent!.trim().length, 'named by its label').to.be.greaterThan(0);
    }
    // Routing without a department: the select is marked invalid, and so is the face over it.
    const department = root.querySelector<HTMLSelectElement>('select[data-field="handlingOrgCode"]')!;
    const departmentFace = department.parentElement!.shadowRoot!.querySelector<HTMLElement>('[part~="face"]')!;
    const border = getComputedStyle(departmentFace).borderTopColor;
    root.querySelector<HTMLButtonElement>('form[data-action="accept"] button[type="submit"]')!.click();
    await until(() => department.getAttribute('aria-invalid') === 'true', 'the department marked invalid');
    await until(() => getComputedStyle(departmentFace).borderTopColor !== border, 'the face marked invalid');
    expect(getComputedStyle(departmentFace).borderTopWidth).to.equal('2px');
    // Choosing a department (the letter's first step) shows it on the face.
    department.value = SITE_ORG;
    department.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    const face = department.parentElement!.shadowRoot!.querySelector('[part~="face-text"]')!;
    await (department.parentElement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(face.textContent).to.equal(department.selectedOptions[0]!.text.trim());
    expectVertical(face, 'the department after a choice');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it("the staff desk's buttons (its views, each letter, back, sign out, the steps) read vertically", async () => {
    const { element } = await mountDesk({ site: 'xlgl-mn', signedIn: 'mn-office' });
    await openLetter(element, 'letter-0003');
    const root = element.shadowRoot!;
    const labelled = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
    const views = labelled('button[data-view]');
    const steps = labelled('.steps button');
    expect(views.length, 'the views').to.be.greaterThan(1);
    expect(steps.length, "the letter's steps").to.be.greaterThan(0);
    // The back button is shown only where the list and the letter share one pane (a narrow desk).
    const shown = (button: HTMLElement) => button.getClientRects().length > 0;
    const optional = [...labelled('button.back'), ...labelled('button.sign-out')].filter(shown);
    for (const button of [...views, ...steps, ...optional])
      expectVertical(button, `the button ${button.dataset['view'] ?? button.dataset['action'] ?? button.className}`);
    const subjects = labelled('.letter-item .subject');
    expect(subjects.length, 'the letters listed').to.be.greaterThan(0);
    for (const subject of subjects) {
      subject.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      expectVertical(subject, 'a letter in the list');
    }
  });

  it('a select under its face is operated with the keyboard: focused, ArrowDown chooses the next option', async () => {
    const element = await mongolianSearchWithResults();
    const root = element.shadowRoot!;
    const kind = [...root.querySelectorAll<HTMLSelectElement>('[part~="filters"] select')].find(
      (select) => select.options.length > 2,
    )!;
    const changes: string[] = [];
    kind.addEventListener('change', () => changes.push(kind.value));
    kind.focus();
    expect(root.activeElement).to.equal(kind);
    const before = kind.selectedIndex;
    await sendKeys({ press: 'ArrowDown' });
    await settled(element);
    const after = [...root.querySelectorAll<HTMLSelectElement>('[part~="filters"] select')].find(
      (select) => select.options.length > 2,
    )!;
    expect(after.selectedIndex).to.equal(before + 1);
    expect(changes).to.have.length(1);
    const face = after.parentElement!.shadowRoot!.querySelector('[part~="face-text"]')!;
    expect(face.textContent).to.equal(after.selectedOptions[0]!.text.trim());
  });
});
