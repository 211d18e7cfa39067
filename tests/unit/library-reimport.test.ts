import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorTarget, describeRange } from '../../common/anchoring/anchor';
import { servicesPerTest } from '../support/services-per-test';

const V1 = `Harbour strike enters third week

Dockworkers in Rotterdam walked out over pay on Monday.

The port authority said talks would resume on Friday.`;
const V2 = `Harbour strike enters third week

Dockworkers in Rotterdam walked out over pay and pensions on Monday.

The union said it would not return until the cranes were repaired.`;

describe('re-importing a changed article', () => {
  const t = servicesPerTest({ sample: false });
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const write = (name: string, text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-reimport-'));
    dirs.push(dir);
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('updates it in place: one article, the new text, the old version kept, highlights re-anchored or not found', async () => {
    const [first] = await t.services.importFiles([write('strike.txt', V1)]);
    if (!first?.ok) throw new Error('import failed');
    const id = first.article.id;
    const text1 = t.services.library.get(id).text;
    const kept = describeRange(text1, text1.indexOf('Dockworkers in Rotterdam'), text1.indexOf(' walked'));
    const lost = describeRange(text1, text1.indexOf('talks would resume'), text1.indexOf(' on Friday'));
    await t.services.handlers['annotations.addHighlight']({
      articleId: id,
      target: kept,
      color: 'yellow',
      note: 'who?',
    });
    await t.services.handlers['annotations.addHighlight']({ articleId: id, target: lost, color: 'blue' });

    const [second] = await t.services.importFiles([write('strike.txt', V2)]);
    expect(second).toMatchObject({
      ok: true,
      existed: false,
      message: /^Updated “Harbour strike enters third week”/,
    });
    expect(t.services.library.list().map((a) => a.id)).toEqual([id]);
    const text2 = t.services.library.get(id).text;
    expect(text2).toContain('pensions');
    expect(
      existsSync(
        path.join(t.services.library.articleDir(id), 'versions', `${first.article.contentHash}.json`),
      ),
    ).toBe(true);

    const { highlights } = t.services.annotations.get(id);
    expect(highlights).toHaveLength(2);
    const anchors = highlights.map((h) => anchorTarget(text2, h.target));
    const placed = anchors[0]!;
    expect(placed.status).not.toBe('orphaned');
    expect(text2.slice(placed.start!, placed.end!)).toBe('Dockworkers in Rotterdam');
    expect(anchors[1]!.status).toBe('orphaned');
    expect(t.services.search.search({ query: 'pensions' })).toHaveLength(1);
  });

  it('a different file that happens to share the name is a new article, and the same text is a duplicate', async () => {
    await t.services.importFiles([write('strike.txt', V1)]);
    const [other] = await t.services.importFiles([
      write('strike.txt', 'Another story\n\nNothing to do with ports.'),
    ]);
    expect(other).toMatchObject({ ok: true, existed: false, message: 'Imported “Another story”.' });
    const [again] = await t.services.importFiles([write('copy.txt', V1)]);
    expect(again).toMatchObject({ ok: true, existed: true });
    expect(t.services.library.list()).toHaveLength(2);
  });
});
