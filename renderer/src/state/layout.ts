/**
 * Where the library sidebar and the side panel go at a window width: docked beside the reading
 * column while the column keeps at least MIN_COLUMN_CHARS characters, else hidden, or laid over
 * the text when the reader asked to see one that does not fit.
 */
export const MIN_COLUMN_CHARS = 60;
export const LIBRARY_WIDTH = 260;
export const PANEL_WIDTH = 320;
/**
 * A reading font's average character is about half its size, and lines break at words, so a
 * little more than half keeps 60 on a line; the column has padding both sides.
 */
const CHAR_EM = 0.55;
const COLUMN_PADDING = 48;

export type Side = 'library' | 'panel';
export type Placement = 'docked' | 'overlay' | 'hidden';

export interface Wanted {
  library: boolean;
  panel: boolean;
}

export const minColumnWidth = (fontSize: number): number =>
  Math.ceil(MIN_COLUMN_CHARS * fontSize * CHAR_EM) + COLUMN_PADDING;

/**
 * The side panel (this article's notes) keeps its place before the library does. `peek` is one
 * the reader opened although it does not fit: it lies over the text until closed.
 */
export function layoutFor(
  width: number,
  fontSize: number,
  wanted: Wanted,
  peek: Side | null,
): Record<Side, Placement> {
  let room = width - minColumnWidth(fontSize);
  const place = (side: Side, size: number): Placement => {
    if (wanted[side] && room >= size) {
      room -= size;
      return 'docked';
    }
    return peek === side ? 'overlay' : 'hidden';
  };
  const panel = place('panel', PANEL_WIDTH);
  const library = place('library', LIBRARY_WIDTH);
  return { library, panel };
}

/**
 * What the toggle of one side does: a docked one is put away (remembered); one put away is asked
 * for again (remembered) and, if it does not fit, shown over the text; one that only the width
 * hides is shown over the text; one over the text is closed.
 */
export function toggle(
  side: Side,
  now: Record<Side, Placement>,
  wanted: Wanted,
): { wanted: Wanted; peek: Side | null } {
  if (now[side] === 'docked') return { wanted: { ...wanted, [side]: false }, peek: null };
  if (now[side] === 'overlay') return { wanted, peek: null };
  return { wanted: { ...wanted, [side]: true }, peek: side };
}
