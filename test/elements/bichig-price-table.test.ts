import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-price-table.js';
import type { BichigPriceTable } from '@bichig/elements/bichig-price-table.js';
import { formatNumber } from '@bichig/core/format';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, shadowText, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const newestFirst = (siteId: string) => [...cluster.site(siteId).prices].sort((a, b) => (a.date < b.date ? 1 : -1));

describe('<bichig-price-table> in Chinese', () => {
  it('shows the newest report as a horizontal table with prices and changes', async () => {
    const table = await mount<BichigPriceTable>(
      'bichig-price-table',
      { site: 'xlgl', column: 'prices', now: NOW },
      { cluster },
    );
    const report = newestFirst('xlgl')[0]!;
    const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(report.prices.length);
    const first = report.prices[0]!;
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal(first.name.zh);
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent!.trim()).to.equal(
      formatNumber(first.price, { locale: 'zh-Hans', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
    const withChange = report.prices.findIndex((p) => p.changePercent !== undefined && p.changePercent !== 0);
    expect(withChange).to.be.at.least(0);
    const change = rows[withChange]!.querySelectorAll('td')[2]!.textContent!;
    expect(change).to.contain(report.prices[withChange]!.changePercent! > 0 ? '上涨' : '下跌');
    expect(getComputedStyle(table.shadowRoot!.querySelector('table')!).writingMode).to.equal('horizontal-tb');
    expect(table.shadowRoot!.querySelector('caption')!.textContent).to.contain(report.market.zh);
  });

  it('switches to an earlier report with the date select (keyboard)', async () => {
    const table = await mount<BichigPriceTable>(
      'bichig-price-table',
      { site: 'xlgl', column: 'prices', now: NOW },
      { cluster },
    );
    const reports = newestFirst('xlgl');
    const selects = table.shadowRoot!.querySelectorAll<HTMLSelectElement>('select');
    const dateSelect = selects[1]!;
    const events: string[] = [];
    table.addEventListener('bichig-report-change', (e) =>
      events.push((e as CustomEvent<{ reportId: string }>).detail.reportId),
    );
    dateSelect.focus();
    dateSelect.value = reports[2]!.id;
    dateSelect.dispatchEvent(new Event('change'));
    await settled(table);
    expect(events).to.deep.equal([reports[2]!.id]);
    expect(table.report).to.equal(reports[2]!.id);
    const firstPrice = table
      .shadowRoot!.querySelectorAll('tbody tr')[0]!
      .querySelectorAll('td')[1]!
      .textContent!.trim();
    expect(firstPrice).to.equal(
      formatNumber(reports[2]!.prices[0]!.price, {
        locale: 'zh-Hans',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
    );
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-price-table', { site: 'xlgl', column: 'prices', now: NOW }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-price-table> in Mongolian', () => {
  it('sets the same table vertical-lr: rows become columns left to right, Mongolian digits', async () => {
    const table = await mount<BichigPriceTable>(
      'bichig-price-table',
      { site: 'xlgl-mn', column: 'prices', now: NOW, renderer: 'native' },
      { cluster },
    );
    const report = newestFirst('xlgl-mn')[0]!;
    const element = table.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(element).writingMode).to.equal('vertical-lr');
    const header = table.shadowRoot!.querySelector('thead tr')!.getBoundingClientRect();
    const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect());
    // The header "row" is the leftmost column; every product row is a column further right.
    expect(rows[0]!.left).to.be.at.least(header.right - 1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.left).to.be.at.least(rows[i - 1]!.right - 1);
    // Cells of a row read top to bottom.
    const cells = [...table.shadowRoot!.querySelectorAll('tbody tr')[0]!.children].map((c) =>
      c.getBoundingClientRect(),
    );
    for (let i = 1; i < cells.length; i++) expect(cells[i]!.top).to.be.at.least(cells[i - 1]!.bottom - 1);
    const price = formatNumber(report.prices[0]!.price, {
      locale: 'mn-Mong',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(price).to.match(/[\u1810-\u1819]/);
    expect(shadowText(table)).to.contain(price);
    expect(shadowText(table)).to.contain(report.prices[0]!.name.mn!);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-price-table', { site: 'xlgl-mn', column: 'prices', now: NOW, renderer: 'native' }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-price-table> screenshots', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    it(`zh and mn at ${width}px`, async () => {
      await setViewport({ width, height });
      await screenshot(
        await mount('bichig-price-table', { site: 'xlgl', column: 'prices', now: NOW }, { cluster }),
        `price-table-zh-${width}`,
      );
      unmountAll();
      const mn = await mount(
        'bichig-price-table',
        { site: 'xlgl-mn', column: 'prices', now: NOW, style: '--bichig-column-height: 560px' },
        { cluster },
      );
      await screenshot(mn, `price-table-mn-${width}`);
      expect(mn.getBoundingClientRect().width).to.be.at.most(width);
    });
  }
});
