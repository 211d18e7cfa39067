import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { dispatch } from '../../electron/services/service-map';
import { readStoredAnnotations } from '../../electron/services/journal/journaled-article';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

describe('re-attaching a highlight to other words', () => {
  it('stores the new target through the contract, keeps note and color, and survives a restart', async () => {
    const id = t.services.library.list()[0]!.id;
    const text = t.services.library.get(id).text;
    const h = t.services.annotations.addHighlight(id, {
      target: describeRange(text, 0, 10),
      color: 'pink',
      note: 'mine',
    });
    const at = text.indexOf('Hikmet Hajiyev');
    const target = describeRange(text, at, at + 14);
    const updated = await t.services.handlers['annotations.updateHighlight']({
      articleId: id,
      id: h.id,
      target,
    });
    expect(updated).toMatchObject({ id: h.id, color: 'pink', note: 'mine', target });
    expect(readStoredAnnotations(path.join(t.dir, 'articles', id))!.highlights[0]!.target).toEqual(target);
    const restarted = await t.restart();
    expect(restarted.annotations.get(id).highlights).toEqual([updated]);
  });

  it('refuses a target that covers no text, changing nothing', async () => {
    const id = t.services.library.list()[0]!.id;
    const text = t.services.library.get(id).text;
    const h = t.services.annotations.addHighlight(id, { target: describeRange(text, 0, 10), color: 'blue' });
    const bad = {
      ...describeRange(text, 0, 10),
      position: { type: 'TextPositionSelector' as const, start: 9, end: 9 },
    };
    const answer = await dispatch(t.services.handlers, 'annotations.updateHighlight', {
      articleId: id,
      id: h.id,
      target: bad,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!answer.ok && answer.error.message).toMatch(/at least one character/);
    expect(t.services.annotations.get(id).highlights).toEqual([h]);
  });

  it('stores tags, trimmed and each once, and refuses a tag with a comma', async () => {
    const id = t.services.library.list()[0]!.id;
    const text = t.services.library.get(id).text;
    const h = t.services.annotations.addHighlight(id, { target: describeRange(text, 0, 10), color: 'blue' });
    expect(h.tags).toBeUndefined();
    const answer = await dispatch(t.services.handlers, 'annotations.updateHighlight', {
      articleId: id,
      id: h.id,
      tags: [' energy ', 'energy', 'China'],
    });
    expect(answer).toMatchObject({ ok: true, value: { tags: ['energy', 'China'] } });
    const bad = await dispatch(t.services.handlers, 'annotations.updateHighlight', {
      articleId: id,
      id: h.id,
      tags: ['a,b'],
    });
    expect(!bad.ok && bad.error.message).toMatch(/comma/);
    expect((await t.restart()).annotations.get(id).highlights[0]!.tags).toEqual(['energy', 'China']);
  });
});
