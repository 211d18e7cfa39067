import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { readStoredAnnotations } from '../../electron/services/journal/journaled-article';
import type { Services } from '../../electron/services/service-map';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();
let id: string;

beforeEach(async () => {
  id = t.services.library.list()[0]!.id;
});

// The store file with its journal replayed, read without writing: what a restart would find.
const onDisk = () => readStoredAnnotations(path.join(t.dir, 'articles', id))!;

describe('corrections in the annotation store', () => {
  it('removes exactly the correction named, on disk and after a restart', async () => {
    const text = t.services.library.get(id).text;
    const at = text.indexOf('Hikmet Hajiyev');
    const add = (
      correction: Parameters<Services['handlers']['annotations.addCorrection']>[0]['correction'],
    ) => t.services.handlers['annotations.addCorrection']({ articleId: id, correction });
    const reject = await add({ kind: 'reject-mention', target: describeRange(text, at, at + 14) });
    const retype = await add({
      kind: 'retype-entity',
      entityName: 'Hikmet Hajiyev',
      entityType: 'person',
      to: 'organization',
    });
    expect(onDisk().corrections.map((c) => c.id)).toEqual([reject.id, retype.id]);

    await t.services.handlers['annotations.removeCorrection']({ articleId: id, id: reject.id });
    expect(onDisk().corrections.map((c) => c.id)).toEqual([retype.id]);
    const restarted = await t.restart();
    expect(restarted.annotations.get(id).corrections).toEqual([retype]);
    expect(() => restarted.annotations.removeCorrection(id, reject.id)).toThrow(/no longer exists/);
  });
});

describe('an annotations.json that parses but does not fit its schema', () => {
  const file = () => path.join(t.dir, 'articles', id, 'annotations.json');

  it('is set aside with a notice, never read as empty and overwritten by the next save', async () => {
    const text = t.services.library.get(id).text;
    const h = t.services.annotations.addHighlight(id, {
      target: describeRange(text, 0, 10),
      color: 'yellow',
      note: 'a note that must not be lost',
    });
    t.services.annotations.closeAll(); // as on quitting: the journal folded into the store
    // Well-formed JSON, a field of the wrong type: what a sync tool or a hand edit can leave.
    const damaged = JSON.stringify({
      ...onDisk(),
      highlights: [{ ...h, color: 7 }],
      articleNote: 'kept too',
    });
    writeFileSync(file(), damaged);

    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toEqual({ highlights: [], articleNote: '', corrections: [] });
    expect(restarted.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^The highlights and notes of one article could not be read \(highlights\.0\.color: .*\) and was set aside as .*annotations\.json in the quarantine folder/,
      ),
    ]);
    const kept = readdirSync(path.join(t.dir, 'quarantine')).filter((f) => f.includes(id));
    expect(kept).toHaveLength(1);
    // A new highlight saves to a fresh file; the set-aside one still holds the note, unchanged.
    restarted.annotations.addHighlight(id, { target: describeRange(text, 0, 5), color: 'blue' });
    expect(readFileSync(path.join(t.dir, 'quarantine', kept[0]!), 'utf8')).toBe(damaged);
    expect(onDisk().corrections).toEqual([]);
  });

  it('is read as it is when it only lacks keys added since it was written', async () => {
    writeFileSync(file(), JSON.stringify({ highlights: [], articleNote: 'from an older version' }));
    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toEqual({
      highlights: [],
      articleNote: 'from an older version',
      corrections: [],
    });
    expect(restarted.notices.take()).toEqual([]);
  });
});

describe('other files checked against their schema when read', () => {
  it('sets aside a settings.json with a value of the wrong type, and says so', async () => {
    writeFileSync(path.join(t.dir, 'settings.json'), JSON.stringify({ theme: 'dark', fontSize: 'huge' }));
    const restarted = await t.restart();
    expect(restarted.settings.get().fontSize).toBe(19);
    expect(restarted.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/^Your settings could not be read \(fontSize: .*\) and was set aside/),
    ]);
  });

  it('sets aside an article.json whose text is not a string', async () => {
    const articleFile = path.join(t.dir, 'articles', id, 'article.json');
    writeFileSync(articleFile, JSON.stringify({ ...JSON.parse(readFileSync(articleFile, 'utf8')), text: 5 }));
    expect(() => t.services.library.get(id)).toThrow(/set aside in the quarantine folder/);
    expect(readdirSync(path.join(t.dir, 'quarantine'))).toEqual([
      expect.stringMatching(new RegExp(`articles__${id}__article\\.json$`)),
    ]);
  });
});
