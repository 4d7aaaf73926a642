/**
 * Arrow-key navigation in the keyboard's three kinds of widget, per the WAI-ARIA Authoring
 * Practices: the key grid (roving tabindex, arrows between keys, Home/End), the menus (letter
 * variants, layouts: arrows move and wrap, Escape and Tab close) and the suggestion toolbar.
 */

/**
 * The key an arrow, Home or End moves to from `from` in `rows` (Ctrl+Home/End: the first or last
 * key of all); Up and Down go to the key of the next row whose centre is nearest. Undefined for
 * any other key, or at an edge.
 */
export function nextKeyInGrid(
  event: KeyboardEvent,
  from: HTMLButtonElement,
  rows: HTMLButtonElement[][],
): HTMLButtonElement | undefined {
  const rowIndex = rows.findIndex((row) => row.includes(from));
  const row = rows[rowIndex] ?? [];
  const column = row.indexOf(from);
  switch (event.key) {
    case 'ArrowRight':
      return row[column + 1];
    case 'ArrowLeft':
      return row[column - 1];
    case 'ArrowDown':
      return nearestByCentre(from, rows[rowIndex + 1]);
    case 'ArrowUp':
      return nearestByCentre(from, rows[rowIndex - 1]);
    case 'Home':
      return event.ctrlKey ? rows[0]?.[0] : row[0];
    case 'End':
      return event.ctrlKey ? rows.at(-1)?.at(-1) : row.at(-1);
    default:
      return undefined;
  }
}

/** Is this a key the grid moves on (so its default action is taken over)? */
export function isGridKey(event: KeyboardEvent): boolean {
  return ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key);
}

function nearestByCentre(
  from: HTMLButtonElement,
  candidates: HTMLButtonElement[] | undefined,
): HTMLButtonElement | undefined {
  if (!candidates?.length) return undefined;
  const centreOf = (button: HTMLButtonElement): number => {
    const rect = button.getBoundingClientRect();
    return rect.left + rect.width / 2;
  };
  const centre = centreOf(from);
  return candidates.reduce((best, candidate) =>
    Math.abs(centreOf(candidate) - centre) < Math.abs(centreOf(best) - centre) ? candidate : best,
  );
}

/** Moves focus to `next` and makes it the group's one tab stop. */
function rove(items: readonly HTMLButtonElement[], next: HTMLButtonElement): void {
  for (const item of items) item.tabIndex = item === next ? 0 : -1;
  next.focus();
}

/** A menu: arrows move and wrap, Home/End jump, Escape and Tab call `close`; focus is roving. */
export function navigateMenu(event: KeyboardEvent, items: readonly HTMLButtonElement[], close: () => void): void {
  const index = items.indexOf(event.target as HTMLButtonElement);
  let next: HTMLButtonElement | undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = items[(index + 1) % items.length];
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = items[(index - 1 + items.length) % items.length];
      break;
    case 'Home':
      next = items[0];
      break;
    case 'End':
      next = items.at(-1);
      break;
    case 'Escape':
    case 'Tab':
      event.preventDefault();
      close();
      return;
    default:
      return;
  }
  event.preventDefault();
  if (next) rove(items, next);
}

/** A toolbar: Left/Right move without wrapping, Home/End jump; focus is roving. */
export function navigateToolbar(event: KeyboardEvent, items: readonly HTMLButtonElement[]): void {
  const index = items.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  let next: HTMLButtonElement | undefined;
  if (event.key === 'ArrowRight') next = items[index + 1];
  else if (event.key === 'ArrowLeft') next = items[index - 1];
  else if (event.key === 'Home') next = items[0];
  else if (event.key === 'End') next = items.at(-1);
  else return;
  event.preventDefault();
  if (next) rove(items, next);
}
