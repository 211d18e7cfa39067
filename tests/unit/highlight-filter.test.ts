import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import type { HighlightColor } from '../../common/model/annotation';
import {
  filterHighlights,
  isFiltering,
  NO_FILTER,
  tagsIn,
  toggleColor,
} from '../../renderer/src/panels/highlight-filter';
import type { PlacedHighlight } from '../../renderer/src/state/session/placed';

const text = 'Étude of the pipeline. Critics said the costs doubled. Residents met on Sunday.';
const placed = (id: string, exact: string, color: HighlightColor, note = ''): PlacedHighlight => {
  const at = text.indexOf(exact);
  return {
    highlight: {
      id,
      target: describeRange(text, at, at + exact.length),
      color,
      note,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    },
    start: at,
    end: at + exact.length,
    status: 'anchored',
  };
};
const tagged = (p: PlacedHighlight, tags: string[]) => ({ ...p, highlight: { ...p.highlight, tags } });
const all = [
  tagged(placed('a', 'Étude of the pipeline', 'yellow', 'ask the ministry'), ['energy']),
  tagged(placed('b', 'the costs doubled', 'pink'), ['money', 'energy']),
  placed('c', 'Residents met', 'yellow', '  '),
];
const ids = (f: typeof NO_FILTER) => filterHighlights(all, f).map((p) => p.highlight.id);

describe('the Notes panel filter', () => {
  it('shows everything when nothing is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(ids(NO_FILTER)).toEqual(['a', 'b', 'c']);
  });

  it('narrows by color (several at once), by a note that is more than blanks, and by words', () => {
    const yellow = toggleColor(NO_FILTER, 'yellow');
    expect(ids(yellow)).toEqual(['a', 'c']);
    expect(ids(toggleColor(yellow, 'pink'))).toEqual(['a', 'b', 'c']);
    expect(ids(toggleColor(yellow, 'yellow'))).toEqual(['a', 'b', 'c']);
    expect(ids({ ...NO_FILTER, withNote: true })).toEqual(['a']);
    expect(ids({ ...yellow, withNote: true })).toEqual(['a']);
  });

  it('finds words in the text or the note, every word, case and accents aside', () => {
    expect(ids({ ...NO_FILTER, words: 'etude' })).toEqual(['a']);
    expect(ids({ ...NO_FILTER, words: 'MINISTRY pipeline' })).toEqual(['a']);
    expect(ids({ ...NO_FILTER, words: 'costs ministry' })).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, words: '  ' })).toBe(false);
  });

  it('narrows by one tag, lists the tags in use once each, and finds a tag by its words', () => {
    expect(tagsIn(all)).toEqual(['energy', 'money']);
    expect(ids({ ...NO_FILTER, tag: 'energy' })).toEqual(['a', 'b']);
    expect(ids({ ...NO_FILTER, tag: 'money' })).toEqual(['b']);
    expect(ids({ ...NO_FILTER, words: 'money' })).toEqual(['b']);
    expect(isFiltering({ ...NO_FILTER, tag: 'money' })).toBe(true);
  });
});
