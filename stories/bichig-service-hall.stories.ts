import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-service-hall.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  audience: '' | 'individual' | 'enterprise';
}

const meta: Meta<Args> = {
  title: 'Columns/bichig-service-hall',
  component: 'bichig-service-hall',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, audience: { control: 'inline-radio', options: ['', 'individual', 'enterprise'] } },
  args: { lang: 'zh', site: 'xlgl', width: 1100, renderer: 'native', audience: '' },
  render: ({ lang, site, width, renderer, audience }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-service-hall
        .cluster=${xilingol()}
        site=${site}
        column="services"
        lang=${lang}
        renderer=${renderer}
        audience=${audience || undefined}
      ></bichig-service-hall>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Chinese: Story = {};
export const Mongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
export const ForEnterprises: Story = { args: { audience: 'enterprise' } };
export const ChinesePhone: Story = { args: { width: 360 } };
export const MongolianPhone: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', width: 360 },
  globals: { locale: 'mn-Mong' },
};
