/**
 * The articles chosen in the library list, to act on together (archive, done, trash, export): a
 * row's box or Ctrl/⌘-click toggles one, Shift-click takes the run from the last one toggled.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** Where a Shift-click's run starts: the last row toggled. */
  anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggle(s: Selection, id: string): Selection {
  const ids = new Set(s.ids);
  if (!ids.delete(id)) ids.add(id);
  return { ids, anchor: id };
}

/** Adds the rows from the anchor to `id`, in the order shown; without an anchor, toggles `id`. */
export function extend(s: Selection, id: string, order: readonly string[]): Selection {
  const from = s.anchor === null ? -1 : order.indexOf(s.anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggle(s, id);
  const ids = new Set(s.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]!);
  return { ids, anchor: s.anchor };
}

/** The chosen ones in the order shown (what a bulk action goes through). */
export const inOrder = (s: Selection, order: readonly string[]): string[] =>
  order.filter((id) => s.ids.has(id));
