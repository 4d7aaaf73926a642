// <bichig-letter-desk> on a MemoryDeskAdapter over the fixture cluster: signing in, the inbox and its
// flags, routing, refusing, starting and replying, publishing only what the writer agreed to, and
// never losing what staff typed (a colleague's step meanwhile, a session that ended).
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-letter-desk.js';
import {
  AdapterRequestError,
  type BichigDeskStepEvent,
  type BichigLetterDesk,
  type DeskAdapter,
} from '@bichig/elements';
import { currentStatus } from '@bichig/cluster';
import { screenshot } from './support/pixels.js';
import { $, $$, axeProblems, languageSuiteHooks, settled, textOf, until } from './support/interactive-columns.js';
import { TRANSPORT, deskIdle, listedIds, mountDesk, openLetter, signIn, typeInto } from './support/desk.js';
import { mount } from './support/interactive-columns.js';

function nextStep(element: BichigLetterDesk): Promise<BichigDeskStepEvent> {
  return new Promise((resolve) => element.addEventListener('bichig-desk-step', resolve, { once: true }));
}

/** Clicks a button and waits until the desk has answered (the outcome of the step is on screen). */
async function press(element: BichigLetterDesk, selector: string): Promise<void> {
  $<HTMLButtonElement>(element, selector).click();
  await until(() => !$$(element, '.steps button[disabled]').length, 'the step to be answered');
  await deskIdle(element);
}

const activeId = (element: BichigLetterDesk) => (element.shadowRoot!.activeElement as HTMLElement | null)?.id ?? '';
const activeClass = (element: BichigLetterDesk) =>
  (element.shadowRoot!.activeElement as HTMLElement | null)?.className ?? '';

describe('<bichig-letter-desk>', () => {
  languageSuiteHooks('zh-Hans');

  it('signs in: a wrong password says so and keeps the name; the right one shows the inbox', async () => {
    const { element } = await mountDesk();
    expect($$(element, 'form.sign-in').length).to.equal(1);
    expect(element.staffMember === null, 'nobody signed in').to.equal(true);
    await signIn(element, 'bangongshi', 'wrong');
    expect(textOf($(element, '.sign-in-error'))).to.equal('用户名或密码不正确。');
    expect($<HTMLInputElement>(element, 'input[name="username"]').value).to.equal('bangongshi');
    expect($<HTMLInputElement>(element, 'input[name="password"]').getAttribute('aria-invalid')).to.equal('true');
    await signIn(element, 'bangongshi', 'dispatch-2026');
    expect($$(element, 'form.sign-in').length).to.equal(0);
    expect(element.staffMember?.username).to.equal('bangongshi');
    expect(textOf($(element, '.bar .who'))).to.contain('乌兰');
    expect(listedIds(element).length).to.be.greaterThan(0);
    expect(activeId(element), 'focus on the inbox').to.match(/-inbox-title$/);
  });

  it('after five wrong passwords it says to wait, in seconds', async () => {
    const { element } = await mountDesk();
    for (let i = 0; i < 6; i++) await signIn(element, 'bangongshi', `wrong-${i}`);
    expect(textOf($(element, '.sign-in-error'))).to.equal('尝试次数过多，请 60 秒后再试。');
  });

  it('a dispatcher routes a received letter to a department; the letter leaves the open list', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'bangongshi' });
    const open = listedIds(element);
    expect(open).to.include('letter-0034');
    await openLetter(element, 'letter-0034');
    expect(textOf($(element, '.desk-letter h2'))).to.equal('反映超市销售过期食品');
    expect(textOf($(element, '.contact'))).to.contain('李桂兰');
    expect($$(element, '.steps form[data-action="accept"]').length).to.equal(1);
    expect($$(element, '.steps [data-action="start"]').length, 'a dispatcher does not start').to.equal(0);
    // Sending without a department says so at the select.
    await press(element, 'form[data-action="accept"] button[type="submit"]');
    expect(
      textOf(
        $(
          element,
          '#' + $(element, 'select[data-field="handlingOrgCode"]').id.replace('department', 'problem-handlingOrgCode'),
        ),
      ),
    ).to.equal('请填写“承办单位”。');
    expect(activeId(element)).to.match(/-department$/);
    const select = $<HTMLSelectElement>(element, 'select[data-field="handlingOrgCode"]');
    const transport = [...select.options].find((o) => o.value === TRANSPORT)!;
    expect(textOf(transport)).to.equal('锡林郭勒盟交通运输局');
    select.value = TRANSPORT;
    select.dispatchEvent(new Event('change'));
    const stepped = nextStep(element);
    await press(element, 'form[data-action="accept"] button[type="submit"]');
    const event = await stepped;
    expect(event.detail.letterId).to.equal('letter-0034');
    expect(event.detail.action).to.equal('accept');
    expect(event.detail.letter.flags.status).to.equal('accepted');
    const stored = adapter.letters().find((l) => l.id === 'letter-0034')!;
    expect(currentStatus(stored)).to.equal('accepted');
    expect(stored.handlingOrgCode).to.equal(TRANSPORT);
    expect(textOf($(element, '.outcome'))).to.equal('已受理，并转交承办单位。');
    expect(activeClass(element)).to.contain('outcome');
    expect(textOf($(element, '.announce'))).to.equal('已受理，并转交承办单位。');
    expect(textOf($(element, '.desk-letter .meta'))).to.contain('锡林郭勒盟交通运输局');
    expect(listedIds(element)).not.to.include('letter-0034');
  });

  it('refusing needs a note; a duplicate is closed with it', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'bangongshi' });
    await openLetter(element, 'letter-0082');
    await press(element, 'button[data-action="mark-duplicate"]');
    expect(textOf($(element, '.steps .problem'))).to.equal('请填写“说明理由”。');
    expect($(element, 'textarea[data-field="note"]').getAttribute('aria-invalid')).to.equal('true');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="note"]'), '与 letter-0076 内容相同，已合并办理。');
    await press(element, 'button[data-action="mark-duplicate"]');
    const stored = adapter.letters().find((l) => l.id === 'letter-0082')!;
    expect(currentStatus(stored)).to.equal('duplicate');
    expect(stored.history.at(-1)!.note).to.equal('与 letter-0076 内容相同，已合并办理。');
    expect(textOf($(element, '.history'))).to.contain('与 letter-0076 内容相同，已合并办理。');
  });

  it('a handler starts work and replies in Chinese, published; focus goes to the reply after starting', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    expect(listedIds(element).sort()).to.deep.equal(['letter-0014', 'letter-0033']);
    await openLetter(element, 'letter-0014');
    expect(textOf($(element, '.contact'))).to.contain('zhang@example.cn');
    await press(element, 'button[data-action="start"]');
    expect(
      adapter
        .letters()
        .find((l) => l.id === 'letter-0014')!
        .history.at(-1)!.status,
    ).to.equal('in-progress');
    expect(activeId(element)).to.match(/-reply$/);
    const zh = $<HTMLInputElement>(element, 'input[type="radio"][value="zh"]');
    expect(zh.checked, 'the letter’s language first').to.equal(true);
    const publish = $<HTMLInputElement>(element, 'input[data-field="publish"]');
    expect(publish.disabled).to.equal(false);
    expect(publish.checked).to.equal(true);
    const reply = '您好：\n已协调客运公司自12月起增开班次。';
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), reply);
    const stepped = nextStep(element);
    await press(element, 'form[data-action="reply"] button[type="submit"]');
    expect((await stepped).detail.action).to.equal('reply');
    const stored = adapter.letters().find((l) => l.id === 'letter-0014')!;
    expect(stored.reply?.body).to.deep.equal(['您好：', '已协调客运公司自12月起增开班次。']);
    expect(stored.reply?.language).to.equal('zh');
    expect(adapter.isPublished('letter-0014')).to.equal(true);
    expect(textOf($(element, '.reply'))).to.contain('已协调客运公司');
    expect(textOf($(element, '.outcome'))).to.equal('答复已发送。');
  });

  it('publishing is off and explained for a letter whose writer did not agree', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'renshe' });
    await openLetter(element, 'letter-0060');
    const publish = $<HTMLInputElement>(element, 'input[data-field="publish"]');
    expect(publish.disabled).to.equal(true);
    expect(publish.checked).to.equal(false);
    const note = element.shadowRoot!.getElementById(publish.getAttribute('aria-describedby')!)!;
    expect(textOf(note)).to.equal('来信人不同意公开，此信件和答复不能公开。');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), '您好：已按政策办理。');
    await press(element, 'form[data-action="reply"] button[type="submit"]');
    expect(adapter.isPublished('letter-0060')).to.equal(false);
  });

  it('shows deadlines, working days left and overdue flags in words; filters by mailbox', async () => {
    const { element } = await mountDesk({ signedIn: 'renshe' });
    const item = (id: string) => $(element, `button[data-letter="${id}"]`);
    expect(textOf(item('letter-0060'))).to.contain('已超期');
    expect(textOf(item('letter-0060'))).to.contain('已超期 8 个工作日');
    expect(textOf(item('letter-0058'))).to.contain('剩余 5 个工作日');
    expect(textOf(item('letter-0058'))).not.to.contain('已超期');
    expect(textOf($(element, '.inbox .count'))).to.contain('其中 2 封已超期');
    // Overdue first, then by deadline.
    expect(listedIds(element)).to.deep.equal(['letter-0060', 'letter-0090', 'letter-0058']);
    const filter = $<HTMLSelectElement>(element, 'select.mailbox-filter');
    expect([...filter.options].map((o) => textOf(o))).to.deep.equal(['全部信箱', '公众留言', '行风热线']);
    filter.value = 'hotline';
    filter.dispatchEvent(new Event('change'));
    await deskIdle(element);
    expect(listedIds(element)).to.deep.equal(['letter-0060']);
    $<HTMLButtonElement>(element, 'button[data-view="closed"]').click();
    await deskIdle(element);
    expect($(element, 'button[data-view="closed"]').getAttribute('aria-pressed')).to.equal('true');
    expect(listedIds(element).length).to.be.greaterThan(0);
  });

  it('a colleague answered first: the letter is shown as it is now, and the typed reply is kept', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0033');
    const typed = '您好：\n道路维修已列入明年计划。';
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), typed);
    adapter.takeStepAs('jiaotong2', 'letter-0033', {
      action: 'reply',
      language: 'zh',
      body: '已答复。',
      publish: false,
    });
    await press(element, 'form[data-action="reply"] button[type="submit"]');
    expect($(element, '.outcome').classList.contains('conflict')).to.equal(true);
    expect(textOf($(element, '.outcome'))).to.equal('这封信件已被他人办理，下面是它现在的状态。您填写的内容已保留。');
    expect(textOf($(element, '.desk-letter .status'))).to.equal('已答复');
    expect($$(element, 'form[data-action="reply"]').length).to.equal(0);
    expect($<HTMLTextAreaElement>(element, '.kept textarea').value).to.equal(typed);
    expect(activeClass(element)).to.contain('outcome');
  });

  it('the session ended: sign in again, and the typed reply is where it was', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0033');
    const typed = '您好：\n已安排养护队维修。';
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), typed);
    adapter.endSession();
    $<HTMLButtonElement>(element, 'form[data-action="reply"] button[type="submit"]').click();
    await until(() => $$(element, 'form.sign-in').length === 1, 'the sign-in form');
    await settled(element);
    expect(textOf($(element, '.sign-in .notice'))).to.contain('您填写的内容已保留');
    expect($<HTMLInputElement>(element, 'input[name="username"]').value).to.equal('jiaotong');
    expect(activeId(element)).to.match(/-password$/);
    expect(currentStatus(adapter.letters().find((l) => l.id === 'letter-0033')!)).to.equal('in-progress');
    await signIn(element, 'jiaotong', 'transport-2026');
    await until(() => $$(element, 'textarea[data-field="body"]').length === 1, 'the reply form again');
    expect($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]').value).to.equal(typed);
    expect(activeId(element)).to.match(/-letter-title$/);
    await press(element, 'form[data-action="reply"] button[type="submit"]');
    expect(adapter.letters().find((l) => l.id === 'letter-0033')!.reply?.body).to.deep.equal([
      '您好：',
      '已安排养护队维修。',
    ]);
  });

  it('signing out forgets the letters and what was typed, and shows the sign-in form', async () => {
    const { element } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0033');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), '草稿');
    $<HTMLButtonElement>(element, '.sign-out').click();
    await until(() => $$(element, 'form.sign-in').length === 1, 'the sign-in form');
    await signIn(element, 'jiaotong', 'transport-2026');
    await openLetter(element, 'letter-0033');
    expect($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]').value).to.equal('');
  });

  it('what was typed stays with its letter while another letter is open', async () => {
    const { element } = await mountDesk({ signedIn: 'renshe' });
    await openLetter(element, 'letter-0060');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), '第一封的答复');
    await openLetter(element, 'letter-0058');
    expect($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]').value).to.equal('');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), '第二封的答复');
    await openLetter(element, 'letter-0060');
    expect($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]').value).to.equal('第一封的答复');
    await openLetter(element, 'letter-0058');
    expect($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]').value).to.equal('第二封的答复');
  });

  it('what was typed survives a reload: a new desk on the same session puts it back and says so', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'renshe' });
    await openLetter(element, 'letter-0058');
    typeInto($<HTMLTextAreaElement>(element, 'textarea[data-field="body"]'), '您好：\n创业补贴可在人社局窗口申请。');
    element.remove();
    const again = await mount<BichigLetterDesk>('bichig-letter-desk', { renderer: 'native' }, { adapter });
    await deskIdle(again);
    await openLetter(again, 'letter-0058');
    await until(() => $$(again, '.draft-restored').length === 1, 'the draft to be put back');
    expect($<HTMLTextAreaElement>(again, 'textarea[data-field="body"]').value).to.equal(
      '您好：\n创业补贴可在人社局窗口申请。',
    );
    expect(textOf($(again, '.draft-restored'))).to.equal('已恢复您上次未提交的内容。');
    await openLetter(again, 'letter-0060');
    expect($<HTMLTextAreaElement>(again, 'textarea[data-field="body"]').value, 'another letter has its own').to.equal(
      '',
    );
  });

  it('when the desk cannot reach its backend it says so, and tries again on request', async () => {
    const { adapter: memory } = await mountDesk({ signedIn: 'jiaotong' });
    let failures = 1;
    const flaky = new Proxy(memory, {
      get(target, key, receiver) {
        if (key === 'currentStaff')
          return () =>
            failures-- > 0
              ? Promise.reject(new AdapterRequestError('network', 'GET /session', 'offline'))
              : target.currentStaff();
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as DeskAdapter;
    const element = await mount<BichigLetterDesk>('bichig-letter-desk', { renderer: 'native' }, { adapter: flaky });
    await until(() => $$(element, '.session-failed').length === 1, 'the failure to be shown');
    expect(textOf($(element, '.session-failed p'))).to.equal('网络连接失败，未能加载。请检查网络后重试。');
    $<HTMLButtonElement>(element, '.session-failed button').click();
    await until(() => $$(element, 'button[data-letter]').length > 0, 'the inbox after retrying');
    expect(element.staffMember?.username).to.equal('jiaotong');
  });

  it('has no axe-core violations signing in, in the inbox and on a letter; one pane at 768 px', async () => {
    const { element } = await mountDesk();
    expect(await axeProblems(element)).to.deep.equal([]);
    await signIn(element, 'jiaotong', 'transport-2026');
    await openLetter(element, 'letter-0014');
    expect(await axeProblems(element)).to.deep.equal([]);
    await screenshot(element, 'letter-desk-zh-desktop');
    await setViewport({ width: 768, height: 900 });
    await settled(element);
    expect(getComputedStyle($(element, '.inbox')).display, 'the list makes room for the letter').to.equal('none');
    const back = $<HTMLButtonElement>(element, '.back');
    expect(back.getBoundingClientRect().width).to.be.greaterThan(0);
    await screenshot(element, 'letter-desk-zh-768');
    back.click();
    await deskIdle(element);
    expect(getComputedStyle($(element, '.inbox')).display).to.equal('block');
    expect((element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.letter).to.equal('letter-0014');
    await setViewport({ width: 1280, height: 900 });
  });
});
