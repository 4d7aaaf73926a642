import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-footer.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  siteCode: string;
  icp: string;
  policeRecord: string;
}

/** Organiser, site code and filing numbers. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Site chrome/bichig-footer',
  component: 'bichig-footer',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    siteCode: { control: 'text' },
    icp: { control: 'text' },
    policeRecord: { control: 'text' },
  },
  args: {
    lang: 'zh',
    site: 'xlgl',
    width: 1200,
    renderer: 'native',
    siteCode: '1525000001',
    icp: '蒙ICP备05001234号-1',
    policeRecord: '蒙公网安备 15250202000001号',
  },
  render: ({ lang, site, width, renderer, siteCode, icp, policeRecord }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-footer
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        site-code=${siteCode}
        icp=${icp}
        police-record=${policeRecord}
      ></bichig-footer>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chinese, horizontal. */
export const Chinese: Story = {};
/** Mongolian, vertical (mlreq): columns advance left to right. */
export const Mongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
/** A phone, in Chinese. */
export const ChinesePhone: Story = { args: { width: 360 } };
/** A phone, in Mongolian. */
export const MongolianPhone: Story = {
  args: { ...{ lang: 'mn', site: 'xlgl-mn' }, width: 360 },
  globals: { locale: 'mn-Mong' },
};
