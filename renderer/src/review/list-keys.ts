import type { KeyboardEvent } from 'react';

/**
 * Arrow keys, Home and End move the focus between a list's rows (each a button marked
 * `data-row`); Enter and Space are the button's own. Put on the list element.
 */
export function moveBetweenRows(e: KeyboardEvent<HTMLElement>): void {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  const by = keys[e.key];
  if (by === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-row]')];
  if (rows.length === 0) return;
  e.preventDefault();
  const at = rows.indexOf(document.activeElement as HTMLElement);
  const next =
    by === -Infinity
      ? 0
      : by === Infinity
        ? rows.length - 1
        : Math.min(rows.length - 1, Math.max(0, at + by));
  rows[at < 0 ? 0 : next]?.focus();
}
