import { describe, expect, it } from 'vitest';
import type { FolderImportSummary } from '../../common/ipc/contract';
import { combineSummaries, emptySummary } from '../../common/ipc/import-summary';

const part = (folder: string, over: Partial<FolderImportSummary>): FolderImportSummary => ({
  ...emptySummary(folder),
  ...over,
});

describe('one summary of what came in together', () => {
  it('adds the counts, keeps every list in order and every truncation message', () => {
    const a = part('/x/Spring', {
      total: 2,
      imported: [{ fileName: 'a.html', articleId: 'a', title: 'A', updated: false }],
      refused: [{ fileName: 'b.txt', path: '/x/Spring/b.txt', code: 'empty', message: 'empty' }],
      ignored: 3,
      truncated: 'Spring held more than 2,000 files.',
    });
    const b = part('/x/Summer', {
      total: 1,
      duplicates: [{ fileName: 'c.html', articleId: 'c', title: 'C' }],
      ignored: 1,
      truncated: 'Summer held more than 2,000 files.',
    });
    const all = combineSummaries([a, b]);
    expect(all).toMatchObject({ folder: '', total: 3, ignored: 4 });
    expect(all.imported.map((x) => x.fileName)).toEqual(['a.html']);
    expect(all.duplicates.map((x) => x.fileName)).toEqual(['c.html']);
    expect(all.refused.map((x) => x.fileName)).toEqual(['b.txt']);
    expect(all.truncated).toBe('Spring held more than 2,000 files. Summer held more than 2,000 files.');
  });

  it('is the part itself when there is one', () => {
    const a = part('/x/Spring', { total: 1, ignored: 2 });
    expect(combineSummaries([a])).toEqual(a);
  });
});
