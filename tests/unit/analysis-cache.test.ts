import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../../common/analysis/analyze';
import { makeReadOnly } from '../support/read-only';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();
let id: string;
let cacheFile: string;

beforeEach(async () => {
  id = t.services.library.list()[0]!.id;
  cacheFile = path.join(t.dir, 'articles', id, 'analysis.json');
});

type Cached = { contentHash: string; analyzerVersion: string; analysis: { entities: unknown[] } };
const readCache = () => JSON.parse(readFileSync(cacheFile, 'utf8')) as Cached;
/** Rewrites the cache as if an other content version or analyzer had written it, marked so it shows. */
function tamper(change: Partial<Cached>): void {
  const cached = readCache();
  writeFileSync(
    cacheFile,
    JSON.stringify({ ...cached, ...change, analysis: { ...cached.analysis, entities: [] } }),
  );
}

describe('the analysis cache', () => {
  it('analyzes once per content version and reads the cache afterwards, across a restart', async () => {
    const first = await t.services.analysis.get(t.services.library.get(id));
    expect(first.entities.length).toBeGreaterThan(0);
    await t.services.analysis.get(t.services.library.get(id));
    expect(t.services.analysis.runs).toBe(1);
    expect(readCache()).toMatchObject({
      contentHash: t.services.library.get(id).contentHash,
      analyzerVersion: ANALYZER_VERSION,
    });

    const restarted = await t.restart();
    expect(await restarted.analysis.get(restarted.library.get(id))).toEqual(first);
    expect(restarted.analysis.runs).toBe(0);
  });

  it('redoes an analysis cached for another content version', async () => {
    await t.services.analysis.get(t.services.library.get(id));
    tamper({ contentHash: 'f'.repeat(64) });
    const again = await t.services.analysis.get(t.services.library.get(id));
    expect(t.services.analysis.runs).toBe(2);
    expect(again.entities.length).toBeGreaterThan(0);
    expect(readCache().contentHash).toBe(t.services.library.get(id).contentHash);
  });

  it('redoes an analysis cached by another analyzer version', async () => {
    await t.services.analysis.get(t.services.library.get(id));
    tamper({ analyzerVersion: `${ANALYZER_VERSION}-old` });
    const again = await t.services.analysis.get(t.services.library.get(id));
    expect(t.services.analysis.runs).toBe(2);
    expect(again.entities.length).toBeGreaterThan(0);
    expect(readCache().analyzerVersion).toBe(ANALYZER_VERSION);
  });

  it('serves the cache as written when both still match', async () => {
    await t.services.analysis.get(t.services.library.get(id));
    tamper({});
    expect((await t.services.analysis.get(t.services.library.get(id))).entities).toEqual([]);
    expect(t.services.analysis.runs).toBe(1);
  });

  it('still returns the analysis when the cache cannot be written, and redoes it next time', async () => {
    rmSync(cacheFile, { force: true });
    // the article's folder made read-only (for root, which ignores modes, by a read-only mount)
    const undo = makeReadOnly(path.dirname(cacheFile));
    try {
      const analysis = await t.services.analysis.get(t.services.library.get(id));
      expect(analysis.entities.length).toBeGreaterThan(0);
      expect(t.services.analysis.cacheWriteFailures).toBe(1);
      await t.services.analysis.get(t.services.library.get(id));
      expect(t.services.analysis.runs).toBe(2);
    } finally {
      undo();
    }
  });
});
