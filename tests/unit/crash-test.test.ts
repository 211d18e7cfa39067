import { describe, expect, it } from 'vitest';
import { crashTest } from '../../scripts/crash-test';

describe('the crash test, a short run', () => {
  it('kills the storage services 20 times mid-stream and finds every acknowledged change, nothing unreadable, no temp file', async () => {
    const log: string[] = [];
    const r = await crashTest({ kills: 20, articles: 6, log: (l) => log.push(l) });
    expect(r.crashes).toEqual([]);
    expect(log.filter((l) => l.startsWith('article'))).toEqual([]);
    expect(r).toMatchObject({ kills: 20, lost: 0, unreadable: 0, tempFiles: 0 });
    // the kills land in a stream, not before it: changes were acknowledged between them
    expect(r.acknowledged).toBeGreaterThan(100);
  }, 180_000);
});
