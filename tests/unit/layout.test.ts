import { describe, expect, it } from 'vitest';
import {
  layoutFor,
  LIBRARY_WIDTH,
  minColumnWidth,
  PANEL_WIDTH,
  toggle,
} from '../../renderer/src/state/layout';

const both = { library: true, panel: true };

describe('layout', () => {
  it('docks both where the column keeps its 60 characters, and never squeezes it below', () => {
    const font = 19;
    const roomy = minColumnWidth(font) + LIBRARY_WIDTH + PANEL_WIDTH;
    expect(layoutFor(roomy, font, both, null)).toEqual({ library: 'docked', panel: 'docked' });
    // One pixel short: the library gives way first, the article's notes stay.
    expect(layoutFor(roomy - 1, font, both, null)).toEqual({ library: 'hidden', panel: 'docked' });
    // No room for the panel: the narrower library may still fit.
    expect(layoutFor(minColumnWidth(font) + PANEL_WIDTH - 1, font, both, null)).toEqual({
      library: 'docked',
      panel: 'hidden',
    });
    expect(layoutFor(minColumnWidth(font) + LIBRARY_WIDTH - 1, font, both, null)).toEqual({
      library: 'hidden',
      panel: 'hidden',
    });
    for (const width of [700, 900, 1100, 1360, 1800]) {
      const l = layoutFor(width, font, both, null);
      const column =
        width - (l.library === 'docked' ? LIBRARY_WIDTH : 0) - (l.panel === 'docked' ? PANEL_WIDTH : 0);
      expect(column).toBeGreaterThanOrEqual(minColumnWidth(font));
    }
  });

  it('a larger font needs a wider column', () => {
    expect(minColumnWidth(28)).toBeGreaterThan(minColumnWidth(19));
    expect(layoutFor(1360, 28, both, null).library).toBe('hidden');
  });

  it('one the reader put away stays away; one asked for that does not fit lies over the text', () => {
    expect(layoutFor(1800, 19, { library: false, panel: true }, null).library).toBe('hidden');
    expect(layoutFor(900, 19, both, 'panel').panel).toBe('overlay');
  });

  it('the toggle puts away, brings back, and shows over the text what the width hides', () => {
    const docked = { library: 'docked', panel: 'docked' } as const;
    expect(toggle('library', docked, both)).toEqual({ wanted: { library: false, panel: true }, peek: null });
    const away = { library: 'hidden', panel: 'docked' } as const;
    expect(toggle('library', away, { library: false, panel: true })).toEqual({
      wanted: both,
      peek: 'library',
    });
    expect(toggle('library', { library: 'overlay', panel: 'docked' }, both)).toEqual({
      wanted: both,
      peek: null,
    });
  });
});
