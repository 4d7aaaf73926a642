import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-mailbox.js';
import '@bichig/elements/bichig-input.js';
import { MemoryFormAdapter, type BichigMailbox, type LetterDraft } from '@bichig/elements';
import { screenshot } from './support/pixels.js';
import { $, codePoints, fixtureCluster, languageSuiteHooks, mount, settled } from './support/interactive-columns.js';
import { pasteEvent } from './support/paste.js';

const NOW = '2026-03-02T10:00:00+08:00';

// ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ⍽ᠤᠨ ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠡᠷᠬᠡ⍽ᠲᠡᠢ᠃ as an old Menksoft document stores it: one Private Use Area
// code per drawn glyph (init m, medi o, medi ng, medi g, medi o, fina l; the suffix space; …).
const MENKSOFT_PARAGRAPH =
  '\uE2F1\uE289\uE2BC\uE2EE\uE289\uE2F9 \uE28C\uE2FA\uE291\uE2FF\uE263\uE28C\uE2B5 ' +
  '\uE2D4\uE2AB\uE2F4\uE2AB\uE2B5 \uE2C2\uE2AC\uE325 \uE271\uE327\uE2DA\uE273\uE263\uE308\uE276\uE27B\uE237';
const UNICODE_PARAGRAPH = 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202Fᠤᠨ ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠡᠷᠬᠡ\u202Fᠲᠡᠢ᠃';

/** Pastes `text` into the focused native control as the browser does for Ctrl+V (a paste event with clipboard data). */
function paste(control: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  control.focus();
  control.dispatchEvent(pasteEvent(data));
}

describe('pasting Menksoft text', () => {
  languageSuiteHooks('mn-Mong');

  it('a pasted Menksoft paragraph ends up as Unicode in a Mongolian mailbox letter, and the writer is told in Mongolian', async () => {
    const cluster = await fixtureCluster();
    const memory = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', {
      now: () => new Date(NOW),
      queryCode: () => 'PASTE00042',
    });
    const drafts: LetterDraft[] = [];
    const submitLetter = memory.submitLetter.bind(memory);
    memory.submitLetter = (draft: LetterDraft) => (drafts.push(structuredClone(draft)), submitLetter(draft));
    const element = await mount<BichigMailbox>(
      'bichig-mailbox',
      { site: 'xlgl-mn', lang: 'mn', column: 'mailbox', now: NOW },
      { cluster, adapter: memory },
    );

    $<HTMLInputElement>(element, 'input[value="suggest"]').click();
    const subject = $(element, 'bichig-input[data-field="subject"]') as HTMLElement & {
      nativeControl: HTMLInputElement;
    };
    paste(subject.nativeControl, 'ᠤᠯᠤᠰ ᠤᠨ ᠶᠡᠬᠡ'); // Unicode with a suffix typed after a plain space
    const body = $(element, 'bichig-textarea[data-field="body"]') as HTMLElement & {
      nativeControl: HTMLTextAreaElement;
      value: string;
    };
    paste(body.nativeControl, MENKSOFT_PARAGRAPH);
    await settled(element);

    expect(codePoints(body.value)).to.equal(codePoints(UNICODE_PARAGRAPH));
    const notice = body.shadowRoot!.querySelector<HTMLElement>('[part="paste-notice"]')!;
    expect(notice.hidden).to.equal(false);
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.getAttribute('lang')).to.equal('mn-Mong');
    const told = notice.textContent!.trim();
    expect(told).to.match(/^[\u1820-\u1878\u202F ]+Menksoft/, 'Mongolian words first');
    expect(told).to.include('30');
    expect(told).to.include('Unicode');
    expect(getComputedStyle(notice).writingMode).to.equal('vertical-lr');
    const box = notice.getBoundingClientRect();
    expect(box.width > 0 && box.height > 0, 'the notice is visible').to.equal(true);
    await screenshot(element, 'paste-conversion-mailbox');

    // The subject's plain-space suffix was joined with NNBSP, and the field said so.
    expect(codePoints((subject as unknown as { value: string }).value)).to.equal(codePoints('ᠤᠯᠤᠰ\u202Fᠤᠨ ᠶᠡᠬᠡ'));
    expect(subject.shadowRoot!.querySelector<HTMLElement>('[part="paste-notice"]')!.textContent).to.include('NNBSP');

    $<HTMLInputElement>(element, '[data-field="contact.name"]').focus();
    await sendKeys({ type: '巴特尔' });
    $<HTMLInputElement>(element, '[data-field="contact.phone"]').focus();
    await sendKeys({ type: '13800000000' });
    $<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await settled(element);
    expect(drafts, 'one letter submitted').to.have.length(1);
    expect(codePoints(drafts[0]!.body)).to.equal(codePoints(UNICODE_PARAGRAPH));
    expect(drafts[0]!.body).not.to.match(/[\uE234-\uE34F]/);
    expect(memory.letters().at(-1)!.body).to.deep.equal([UNICODE_PARAGRAPH]);
  });

  it('keeps a code point it cannot convert, says which, and the notice goes when the writer types on', async () => {
    const field = await mount<HTMLElement & { nativeControl: HTMLInputElement; value: string }>('bichig-input', {
      lang: 'mn-Mong',
      label: 'ᠭᠠᠷᠴᠠᠭ',
    });
    paste(field.nativeControl, '\uE2F1\uE268\uE262');
    await settled(field);
    expect(codePoints(field.value)).to.equal(codePoints('ᠮᠠ\uE262'));
    const notice = field.shadowRoot!.querySelector<HTMLElement>('[part="paste-notice"]')!;
    expect(notice.textContent).to.include('U+E262');
    expect(notice.hidden).to.equal(false);
    field.nativeControl.focus();
    await sendKeys({ type: 'a' });
    await settled(field);
    expect(notice.hidden).to.equal(true);
  });

  it('a paste with nothing to convert goes in as it is, with no notice', async () => {
    const field = await mount<HTMLElement & { nativeControl: HTMLInputElement; value: string }>('bichig-input', {
      lang: 'mn-Mong',
      label: 'ᠭᠠᠷᠴᠠᠭ',
    });
    paste(field.nativeControl, 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ 中文');
    await settled(field);
    expect(codePoints(field.value)).to.equal(codePoints('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ 中文'));
    expect(field.shadowRoot!.querySelector<HTMLElement>('[part="paste-notice"]')!.hidden).to.equal(true);
  });
});

describe('pasting Menksoft into the search box', () => {
  languageSuiteHooks('mn-Mong');

  it('searches the Unicode of a pasted Menksoft word and says it converted it', async () => {
    await import('@bichig/elements/bichig-search.js');
    const cluster = await fixtureCluster();
    const element = await mount<HTMLElement & { whenIndexed(): Promise<void> }>(
      'bichig-search',
      { now: NOW, site: 'xlgl-mn', language: 'mn', renderer: 'native' },
      { cluster },
    );
    await element.whenIndexed();
    const searches: string[] = [];
    element.addEventListener('bichig-search', (e) => searches.push((e as CustomEvent<{ query: string }>).detail.query));
    const input = $<HTMLInputElement>(element, '[part~="input"]');
    paste(input, '\uE266\uE320\uE27E\uE2F4\uE26C\uE2E7'); // ᠠᠶᠢᠮᠠᠭ in Menksoft glyphs
    await settled(element);
    expect(codePoints(input.value)).to.equal(codePoints('ᠠᠶᠢᠮᠠᠭ'));
    expect($(element, '[part~="status"]').textContent).to.include('Menksoft');
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(searches).to.deep.equal(['ᠠᠶᠢᠮᠠᠭ']);
    expect(element.shadowRoot!.querySelectorAll('[part~="title"]').length).to.be.greaterThan(0);
  });
});
