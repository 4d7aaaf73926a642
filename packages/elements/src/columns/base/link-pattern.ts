/** Where a column element's links point: a pattern the site gives (`link-pattern`), filled per item. */

/** Links of column elements unless `link-pattern` says otherwise: `/dwzmqq/article/a-123.html`. */
export const DEFAULT_LINK_PATTERN = '{sitePath}{kind}/{id}.html';

/** Fills a link pattern's `{token}`s; `{id}` is URL-encoded (index numbers contain "/"). */
export function fillLinkPattern(
  pattern: string,
  values: { sitePath: string; site: string; kind: string; id: string; column: string },
): string {
  return pattern.replace(/\{(sitePath|site|kind|id|column)\}/g, (_, token: keyof typeof values) =>
    token === 'sitePath' ? values.sitePath : encodeURIComponent(values[token]),
  );
}
