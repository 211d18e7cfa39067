import type { Rectangle } from 'electron';
import { z } from 'zod';
import { MIN_SIZE } from './window-options';

const int = z.number().int().min(-100_000).max(100_000);

/** What is remembered of the window between runs (window-state.json in the user data folder). */
export const windowStateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int, height: int }).nullable(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
  /** The page's zoom (View ▸ Zoom In/Out), 1 being 100 %. */
  zoom: z.number().min(0.25).max(5),
});
export type WindowState = z.infer<typeof windowStateSchema>;
export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: null,
  maximized: false,
  fullScreen: false,
  zoom: 1,
};

/** How much of the window's title bar must be on a screen for the saved place to be used. */
const VISIBLE = { width: 120, height: 40 };

/**
 * The bounds to open the window with: the saved ones if enough of the window is on a screen that is
 * still attached (a monitor unplugged since would leave it out of reach), shrunk to fit that
 * screen; else null, for the default size centered on the primary screen.
 */
export function restoreBounds(saved: Rectangle | null, workAreas: Rectangle[]): Rectangle | null {
  if (!saved) return null;
  const area = workAreas.find(
    (a) => overlap(saved, a).width >= VISIBLE.width && overlap(saved, a).height >= VISIBLE.height,
  );
  if (!area) return null;
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  // The title bar stays inside the screen, so the window can always be grabbed and moved.
  const x = clamp(saved.x, area.x, area.x + area.width - width);
  const y = clamp(saved.y, area.y, area.y + area.height - height);
  return { x, y, width, height };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, Math.max(min, max)));

/** The part of BrowserWindow that window state is read from (a thin fake in tests). */
export interface StatefulWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  webContents: { getZoomFactor(): number };
}

/**
 * What to remember of a window: its normal (unmaximized, not full-screen) bounds, so restoring a
 * maximized window later puts it back where it was before it was maximized.
 */
export const windowStateOf = (win: StatefulWindow): WindowState => ({
  bounds: win.getNormalBounds(),
  maximized: win.isMaximized(),
  fullScreen: win.isFullScreen(),
  zoom: win.webContents.getZoomFactor(),
});
