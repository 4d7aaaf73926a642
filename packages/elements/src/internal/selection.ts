// The selection as the reader sees it, when it lies in a shadow tree.
//
// Engines disagree on what `Selection.getRangeAt(0)` gives for a selection inside a shadow tree:
// Chromium and Firefox give the shadow tree's own nodes; WebKit re-scopes it to the host in the
// light tree, collapsed, so that nothing seems selected (and `addRange()` of a shadow range is
// ignored there). `getComposedRanges()` (Chromium 137, Firefox 142, Safari 17) gives the real
// boundary points in every engine, for the shadow roots named; older Chromium has
// `ShadowRoot.getSelection()`.

type ComposedRanges = (options: { shadowRoots: ShadowRoot[] } | ShadowRoot, ...roots: ShadowRoot[]) => StaticRange[];
type ShadowSelection = ShadowRoot & { getSelection?: () => Selection | null };

/**
 * The selected range, with its boundary points inside `root` where they are there (a node's root,
 * a document or a shadow root); undefined when nothing is selected.
 */
export function selectedRange(root: Node): AbstractRange | undefined {
  const selection = document.getSelection();
  const composed = (selection as (Selection & { getComposedRanges?: ComposedRanges }) | null)?.getComposedRanges;
  const roots = root instanceof ShadowRoot ? [root] : [];
  if (selection && composed) {
    try {
      return composed.call(selection, { shadowRoots: roots })[0];
    } catch {
      // Safari 17 takes the shadow roots as arguments and refuses the options object (a form
      // Chromium ignores, so it is only the fallback).
      return composed.call(selection, ...(roots as [ShadowRoot]))[0];
    }
  }
  const own = root instanceof ShadowRoot ? (root as ShadowSelection).getSelection?.() : undefined;
  const legacy = own ?? selection;
  return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : undefined;
}
