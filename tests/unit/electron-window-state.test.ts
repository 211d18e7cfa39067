import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../electron/services/notices';
import { StoreFactory } from '../../electron/services/storage/store-factory';
import { confStore } from '../support/conf-store';
import { tempProfile } from '../support/profile';
import {
  DEFAULT_WINDOW_STATE,
  restoreBounds,
  windowStateOf,
  windowStateSchema,
} from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('the remembered window place', () => {
  it('is used as saved when the window is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 760 };
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
    const onMonitor = { x: 2000, y: -100, width: 1600, height: 1000 };
    expect(restoreBounds(onMonitor, [laptop, monitor])).toEqual(onMonitor);
  });

  it('is dropped for the default when its screen is gone (a monitor unplugged)', () => {
    expect(restoreBounds({ x: 2000, y: -100, width: 1600, height: 1000 }, [laptop])).toBeNull();
    // A sliver of the window on screen is not enough to grab it.
    expect(restoreBounds({ x: 1400, y: 10, width: 1000, height: 700 }, [laptop])).toBeNull();
    expect(restoreBounds(null, [laptop])).toBeNull();
  });

  it('is shrunk to its screen and moved so the title bar is inside it', () => {
    expect(restoreBounds({ x: 900, y: -30, width: 3000, height: 2000 }, [laptop])).toEqual(laptop);
    expect(restoreBounds({ x: 800, y: 300, width: 1000, height: 800 }, [laptop])).toEqual({
      x: 440,
      y: 70,
      width: 1000,
      height: 800,
    });
  });

  it('never goes below the window’s minimum size', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 720,
      height: 480,
    });
  });

  it('keeps the normal bounds of a maximized window, so un-maximizing puts it back', () => {
    const normal = { x: 30, y: 40, width: 900, height: 600 };
    const state = windowStateOf({
      getNormalBounds: () => normal,
      isMaximized: () => true,
      isFullScreen: () => false,
      webContents: { getZoomFactor: () => 1.25 },
    });
    expect(state).toEqual({ bounds: normal, maximized: true, fullScreen: false, zoom: 1.25 });
    expect(windowStateSchema.parse(state)).toEqual(state);
    expect(windowStateSchema.safeParse({ ...state, bounds: { x: 'left' } }).success).toBe(false);
    expect(windowStateSchema.parse(DEFAULT_WINDOW_STATE)).toEqual(DEFAULT_WINDOW_STATE);
    expect(windowStateSchema.safeParse({ ...state, zoom: 40 }).success).toBe(false);
  });
});

describe('window-state.json', () => {
  let profile: ReturnType<typeof tempProfile> | null = null;
  afterEach(() => profile?.remove());
  const open = (dir: string, notices: NoticeBoard) =>
    new StoreFactory(dir, confStore, notices).open(
      dir,
      'window-state',
      windowStateSchema,
      DEFAULT_WINDOW_STATE,
      'The window’s size and place',
    );

  it('written before the zoom was remembered still loads, at 100 %', () => {
    profile = tempProfile();
    const old = { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true, fullScreen: false };
    writeFileSync(path.join(profile.dir, 'window-state.json'), JSON.stringify(old));
    expect(open(profile.dir, new NoticeBoard()).store).toEqual({ ...old, zoom: 1 });
  });

  it('damaged, is set aside with a notice and the window opens at the default place', () => {
    profile = tempProfile();
    writeFileSync(path.join(profile.dir, 'window-state.json'), '{"bounds": {"x": "left"}}');
    const notices = new NoticeBoard();
    expect(open(profile.dir, notices).store).toEqual(DEFAULT_WINDOW_STATE);
    expect(notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/^The window’s size and place could not be read/),
    ]);
    expect(readdirSync(path.join(profile.dir, 'quarantine'))).toHaveLength(1);
  });
});
