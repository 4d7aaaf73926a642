/** Pagination of the list layouts: slicing items into pages, and the previous / next pager. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../localize.js';
import { formatUiNumber } from './language.js';
import { controlLabel } from '../../internal/control-label.js';

/** Slices `items` into pages of `size` and clamps `page` into range. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

/**
 * Previous / next buttons and "page n of m", in the interface locale. `onPage` receives the new
 * 1-based page. In vertical layouts the pager sits at the end of the line of columns, previous on the left.
 */
export function renderPager(
  page: number,
  pages: number,
  onPage: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const status = msg(str`第 ${formatUiNumber(page)} 页，共 ${formatUiNumber(pages)} 页`, {
    id: 'column.page-status',
  });
  // A group, not a <nav> landmark: a page with several lists would have several same-named landmarks.
  return html`<div
    class="pager"
    part="pager"
    role="group"
    aria-label=${msg('分页', { id: 'column.pagination' })}
    lang=${getLocale()}
  >
    <button type="button" part="previous" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>
      ${controlLabel(msg('上一页', { id: 'column.previous' }))}
    </button>
    <span part="page-status" aria-live="polite">${status}</span>
    <button type="button" part="next" ?disabled=${page >= pages} @click=${() => onPage(page + 1)}>
      ${controlLabel(msg('下一页', { id: 'column.next' }))}
    </button>
  </div>`;
}
