import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBridge } from '../../common/ipc/bridge';
import { EMPTY_SHELF, type LibraryEntry } from '../../common/model/library';
import { dispatch, type Services } from '../../electron/services/service-map';
import { findPhrase, findWords, nearest } from '../../renderer/src/library/find';
import { createFind } from '../../renderer/src/library/find-state';
import {
  DEFAULT_VIEW,
  suggestTags,
  tagCounts,
  visibleEntries,
} from '../../renderer/src/library/library-view';
import { createLibraryView } from '../../renderer/src/library/library-view-state';
import { createLibrary } from '../../renderer/src/state/library';
import { createToasts } from '../../renderer/src/state/toasts';
import { importText, startServices, tempProfile } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const entry = (
  id: string,
  over: Partial<Omit<LibraryEntry, 'shelf'>> & { shelf?: Partial<LibraryEntry['shelf']> },
): LibraryEntry => ({
  id,
  title: id,
  byline: null,
  siteName: null,
  sourceName: `${id}.txt`,
  format: 'txt',
  importedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  contentHash: '0'.repeat(64),
  wordCount: 10,
  excerpt: '',
  highlights: 0,
  notes: 0,
  ...over,
  shelf: { ...EMPTY_SHELF, ...over.shelf },
});

describe('the library view, filtered and sorted', () => {
  const entries = [
    entry('b', {
      title: 'beta',
      siteName: 'NYT',
      importedAt: '2026-03-01T00:00:00Z',
      shelf: { tags: ['Climate'] },
    }),
    entry('a', {
      title: 'Alpha 10',
      importedAt: '2026-02-01T00:00:00Z',
      shelf: { lastReadAt: '2026-05-01', progress: 0.4 },
    }),
    entry('c', {
      title: 'Alpha 9',
      siteName: 'AP',
      shelf: { lastReadAt: '2026-04-01', progress: 0.95, tags: ['climate', 'x'] },
    }),
    entry('z', { title: 'archived', shelf: { archived: true } }),
  ];
  const ids = (o: Partial<typeof DEFAULT_VIEW>) =>
    visibleEntries(entries, { ...DEFAULT_VIEW, ...o }).map((e) => e.id);

  it('sorts by added, last read (unread last), title (numbers in order, case aside) and site', () => {
    expect(ids({})).toEqual(['b', 'a', 'c']);
    expect(ids({ sort: 'read' })).toEqual(['a', 'c', 'b']);
    expect(ids({ sort: 'title' })).toEqual(['c', 'a', 'b']);
    expect(ids({ sort: 'site' })).toEqual(['c', 'b', 'a']);
  });

  it('sorts by publication date, the undated after the dated, newest added first among them', () => {
    const dated = [
      ...entries,
      entry('p1', { published: '2020-12-03T10:00:00Z' }),
      entry('p2', { published: '2021-01-05' }),
    ];
    const shown = visibleEntries(dated, { ...DEFAULT_VIEW, sort: 'published' }).map((e) => e.id);
    expect(shown).toEqual(['p2', 'p1', 'b', 'a', 'c']);
  });

  it('filters by status, tag (any case), site and shelf', () => {
    expect(ids({ status: 'unread' })).toEqual(['b']);
    expect(ids({ status: 'reading' })).toEqual(['a']);
    expect(ids({ status: 'done' })).toEqual(['c']);
    expect(ids({ tag: 'CLIMATE' })).toEqual(['b', 'c']);
    expect(ids({ site: 'AP' })).toEqual(['c']);
    expect(ids({ shelf: 'archive' })).toEqual(['z']);
  });

  it('counts tags across spellings and suggests those the article lacks, prefix matches first', () => {
    expect(tagCounts(entries)).toEqual([
      { tag: 'Climate', count: 2 },
      { tag: 'x', count: 1 },
    ]);
    expect(suggestTags(['Climate', 'Europe', 'reclaimed'], ['europe'], 'cl')).toEqual([
      'Climate',
      'reclaimed',
    ]);
  });

  it('shows 10,000 entries filtered and sorted in well under a frame budget per keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(`e${i}`, { title: `Title ${(i * 7919) % 10_000}`, shelf: { tags: i % 3 ? ['a'] : ['b'] } }),
    );
    const t0 = performance.now();
    const shown = visibleEntries(many, { ...DEFAULT_VIEW, sort: 'title', tag: 'a' });
    const ms = performance.now() - t0;
    expect(shown).toHaveLength(6666);
    expect(shown[0]!.title).toBe('Title 1');
    expect(ms).toBeLessThan(500);
  });
});

describe('find in the article', () => {
  it('finds a phrase ignoring case, accents and line breaks, at the article’s own offsets', () => {
    const text = 'Le Café de Flore.\nThe cafe\nde flore closed. CAFÉ';
    const spans = findPhrase(text, 'cafe de flore');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Café de Flore', 'cafe\nde flore']);
    expect(findPhrase(text, '   ')).toEqual([]);
  });

  it('marks a search’s words, the last one as a prefix', () => {
    const text = 'White roofs on a white house; a roofer.';
    const spans = findWords(text, 'white roof');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['White', 'roofs', 'white', 'roofer']);
    expect(nearest(spans, 10)).toBe(1);
    expect(nearest(spans, 1000)).toBe(0);
  });

  it('steps through matches with wrap-around and forgets them on close', () => {
    const find = createFind();
    find.open({ id: 'a', text: 'one two one two one' }, 'one');
    expect(find.getState()).toMatchObject({ open: true, articleId: 'a', current: 0 });
    find.previous();
    expect(find.getState().current).toBe(2);
    find.next();
    expect(find.getState().current).toBe(0);
    find.type('one two one two one', 'two', 8);
    expect(find.getState()).toMatchObject({ current: 1, spans: [{ start: 4 }, { start: 12 }] });
    find.close();
    expect(find.getState()).toMatchObject({ open: false, spans: [], current: -1 });
  });
});

describe('library view module over the real services', () => {
  let profile: ReturnType<typeof tempProfile>;
  let services: Services;
  beforeEach(async () => {
    profile = tempProfile();
    services = await startServices(profile.dir, { sample: false });
  });
  afterEach(async () => {
    await services.close();
    profile.remove();
  });

  const modules = () => {
    const api = createBridge((m, input) => dispatch(services.handlers, m, input));
    const errors: string[] = [];
    const onError = (m: string) => void errors.push(m);
    const library = createLibrary(api, onError);
    const find = createFind();
    const toasts = createToasts();
    return { library, find, toasts, errors, view: createLibraryView(api, library, find, toasts, onError) };
  };

  it('a removal offers Undo, which puts the article back with its note', async () => {
    const a = await importText(services, 'a.txt', 'Kept for later\n\nA body worth keeping around.');
    services.annotations.setArticleNote(a.id, 'my note');
    const m = modules();
    await m.library.refresh();
    await m.view.remove([a.id]);
    expect(m.library.getState().articles).toEqual([]);
    const [toast] = m.toasts.getState().toasts;
    expect(toast).toMatchObject({
      message: 'Moved “Kept for later” to the trash.',
      action: { label: 'Undo' },
    });
    toast!.action!.run();
    await expect.poll(() => m.library.getState().articles.map((e) => e.id)).toEqual([a.id]);
    expect(services.annotations.get(a.id).articleNote).toBe('my note');
    expect(m.errors).toEqual([]);
  });

  it('a search answer that comes after a newer query never shows; a hit opens with its words found', async () => {
    await importText(services, 'a.txt', 'Harbour strike\n\nDockworkers in Rotterdam walked out.');
    const m = modules();
    await m.library.refresh();
    const older = m.view.search('rotter');
    const newer = m.view.search('');
    await Promise.all([older, newer]);
    expect(m.view.getState().hits).toBeNull();
    await m.view.search('dockworkers');
    const [hit] = m.view.getState().hits!;
    await m.view.openHit(hit!);
    const text = m.library.getState().article!.text;
    const { spans, current } = m.find.getState();
    expect(text.slice(spans[current]!.start, spans[current]!.end)).toBe('Dockworkers');
    expect(m.library.getState().initialOffset).toBe(hit!.match!.start);
  });
});

describe('a page’s publication date', () => {
  const t = servicesPerTest({ sample: false });

  it('is kept with the article, in the library list and after a restart', async () => {
    const page =
      '<html><head><title>Port strike ends</title><meta property="article:published_time" content="2025-02-28T14:30:00Z"></head>' +
      '<body><article><h1>Port strike ends</h1><p>The dockworkers went back to work on Friday after a week of talks in the city.</p>' +
      '<p>Both sides said the deal would hold for three years, and the port expects ships back by Monday.</p></article></body></html>';
    const meta = await importText(t.services, 'port.html', page);
    expect(meta.published).toBe('2025-02-28T14:30:00Z');
    await t.services.close();
    const again = await t.restart();
    const [listed] = await again.handlers['library.list'](undefined);
    expect(listed?.published).toBe('2025-02-28T14:30:00Z');
  });
});
