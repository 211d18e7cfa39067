/** The merge rules, record by record: newer wins, a tie or an unreadable time keeps the library's. */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../common/model/annotation';
import { mergeArticleNote, mergeHighlights, mergeShelf } from '../../common/transfer/merge';
import { normalizeUrl } from '../../common/transfer/source-url';

const h = (id: string, note: string, modified: string): Highlight => ({
  id,
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
  },
  color: 'yellow',
  note,
  created: '2026-01-01T00:00:00.000Z',
  modified,
});

describe('merging highlights by id', () => {
  it('adds the new, takes the newer, keeps the library’s on a tie or a time that does not read', () => {
    const local = [
      h('same', 'a', '2026-02-01T00:00:00.000Z'),
      h('older-here', 'old', '2026-02-01T00:00:00.000Z'),
      h('newer-here', 'new', '2026-03-01T00:00:00.000Z'),
      h('tie', 'mine', '2026-02-01T00:00:00.000Z'),
      h('no-time', 'mine', '2026-02-01T00:00:00.000Z'),
    ];
    const incoming = [
      h('same', 'a', '2026-02-01T00:00:00.000Z'),
      h('older-here', 'newer there', '2026-02-02T00:00:00.000Z'),
      h('newer-here', 'older there', '2026-02-02T00:00:00.000Z'),
      h('tie', 'theirs', '2026-02-01T00:00:00.000Z'),
      h('no-time', 'theirs', 'yesterday'),
      h('fresh', 'added', '2026-01-01T00:00:00.000Z'),
    ];
    const { highlights, counts } = mergeHighlights(local, incoming);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 3 });
    expect(highlights.map((x) => [x.id, x.note])).toEqual([
      ['same', 'a'],
      ['older-here', 'newer there'],
      ['newer-here', 'new'],
      ['tie', 'mine'],
      ['no-time', 'mine'],
      ['fresh', 'added'],
    ]);
  });
});

describe('merging what has no time', () => {
  it('keeps both article notes, once', () => {
    expect(mergeArticleNote('', 'theirs', 'from X')).toEqual({ note: 'theirs', outcome: 'added' });
    expect(mergeArticleNote('mine and theirs', 'theirs', 'from X').outcome).toBe('unchanged');
    const both = mergeArticleNote('mine', 'theirs', 'from X');
    expect(both).toEqual({ note: 'mine\n\n— from X —\n\ntheirs', outcome: 'updated' });
    expect(mergeArticleNote(both.note, 'theirs', 'from X').outcome).toBe('unchanged');
  });

  it('unites tags, takes the furthest progress and the latest reading, keeps archived as here', () => {
    expect(
      mergeShelf(
        { tags: ['Budget'], archived: false, lastReadAt: '2026-01-02T00:00:00.000Z', progress: 0.2 },
        { tags: ['budget', 'Tax'], archived: true, lastReadAt: '2026-01-03T00:00:00.000Z', progress: 0.1 },
      ),
    ).toEqual({
      tags: ['Budget', 'Tax'],
      archived: false,
      lastReadAt: '2026-01-03T00:00:00.000Z',
      progress: 0.2,
    });
  });
});

describe('page addresses', () => {
  it('are the same page across scheme, www, trailing slash, fragment and tracking parameters', () => {
    const same = [
      'https://www.example.org/news/story/?utm_source=x&id=3#comments',
      'http://example.org/news/story?id=3',
      'HTTPS://EXAMPLE.org/news/story/?fbclid=abc&id=3',
    ].map(normalizeUrl);
    expect(new Set(same).size).toBe(1);
    expect(normalizeUrl('https://example.org/news/story?id=4')).not.toBe(same[0]);
    expect(normalizeUrl('https://example.org/news/other')).not.toBe(same[0]);
    expect(normalizeUrl('not a url')).toBeNull();
  });
});
