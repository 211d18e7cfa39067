import { describe, expect, it } from 'vitest';
import { scopeChoices } from '../../renderer/src/export/export-dialog-state';

const base = { article: null, shown: [], selected: [], query: '', found: null, all: 0 };

describe('what the Export dialog offers to export', () => {
  it('offers the open article, the rows shown and the library; a set with nothing in it asks for nothing', () => {
    const c = scopeChoices({ ...base, article: { id: 'a1', title: 'Harbour strike' }, all: 1 });
    expect(c.map((o) => [o.kind, o.label])).toEqual([
      ['article', 'This article: Harbour strike'],
      ['articles', 'The 0 articles the library shows now'],
      ['library', 'The whole library (1 article)'],
    ]);
    expect(c.map((o) => o.target)).toEqual([{ kind: 'article', articleId: 'a1' }, null, { kind: 'library' }]);
  });

  it('adds the rows chosen and the articles a search finds, once the main process has said', () => {
    const c = scopeChoices({
      ...base,
      shown: ['a', 'b', 'c'],
      selected: ['b', 'c'],
      query: ' strike ',
      all: 3,
    });
    expect(c.map((o) => o.label)).toContain('The 2 articles you selected');
    const found = c.find((o) => o.kind === 'found')!;
    expect(found).toEqual({ kind: 'found', label: 'The articles your search “strike” finds…', target: null });
    const later = scopeChoices({ ...base, query: 'strike', found: ['c'] }).find((o) => o.kind === 'found')!;
    expect(later).toMatchObject({
      label: 'The 1 article your search “strike” finds',
      target: { articleIds: ['c'] },
    });
    const failed = scopeChoices({ ...base, query: 'strike', found: { error: 'the index is damaged' } });
    expect(failed.find((o) => o.kind === 'found')).toEqual({
      kind: 'found',
      label: 'The articles your search “strike” finds: the search failed (the index is damaged)',
      target: null,
    });
    expect(c.find((o) => o.kind === 'selected')!.target).toEqual({
      kind: 'articles',
      articleIds: ['b', 'c'],
    });
  });
});
