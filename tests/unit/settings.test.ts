import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

const onDisk = () =>
  JSON.parse(readFileSync(path.join(t.dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('settings', () => {
  it('writes each update to settings.json before answering, and a restart reads it back', async () => {
    await t.services.handlers['settings.update']({ theme: 'dark', layers: { entityTypes: { misc: false } } });
    expect(onDisk()).toMatchObject({
      theme: 'dark',
      layers: { entities: true, entityTypes: { misc: false, person: true } },
    });
    await t.services.handlers['settings.update']({ fontSize: 24 });
    expect(onDisk()).toMatchObject({ theme: 'dark', fontSize: 24 });

    const restarted = await t.restart();
    expect(restarted.settings.get()).toMatchObject({
      theme: 'dark',
      fontSize: 24,
      layers: { entityTypes: { misc: false, organization: true } },
    });
  });

  it('stores each article’s reading position apart, on disk, and forgets it with the article', async () => {
    const first = t.services.library.list()[0]!.id;
    const [imported] = await t.services.importFiles([
      path.join(import.meta.dirname, '../fixtures/import/readable-page.html'),
    ]);
    if (!imported?.ok) throw new Error('the fixture did not import');
    const { article } = imported;
    await t.services.handlers['article.setReadingState']({ articleId: first, offset: 1234 });
    await t.services.handlers['article.setReadingState']({ articleId: article.id, offset: 56 });
    expect(onDisk().readingOffsets).toEqual({ [first]: 1234, [article.id]: 56 });

    const restarted = await t.restart();
    const state = (articleId: string) => restarted.handlers['article.getReadingState']({ articleId });
    expect(await state(first)).toEqual({ offset: 1234 });
    expect(await state(article.id)).toEqual({ offset: 56 });

    await restarted.handlers['library.remove']({ articleId: article.id });
    expect(await state(article.id)).toBeNull();
    expect(await state(first)).toEqual({ offset: 1234 });
    expect(onDisk().readingOffsets).toEqual({ [first]: 1234 });
  });
});
