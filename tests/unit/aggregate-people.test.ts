import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import type { Quote } from '../../common/model/analysis';
import { personKey, recordOf } from '../../electron/services/aggregate/people-aggregate';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const INTERVIEW = `Baku talks end with a pledge on rail links

Officials met in Baku on Monday.

“The corridor is a priority for both of our countries,” said Hikmet Hajiyev, the presidential aide.

“We expect the first trains next year,” Hajiyev added.`;

describe('the People and entity views across the library', () => {
  const t = servicesPerTest();
  const h = () => t.services.handlers;
  /** As the view does: asks, which starts what is stale, and asks again once it is done. */
  const people = async (query = '') => {
    await h()['people.list']({ query, offset: 0, limit: 1 });
    await t.services.views.people.idle();
    return h()['people.list']({ query, offset: 0, limit: 50 });
  };
  const sampleId = () => t.services.library.list()[0]!.id;

  it('analyzes articles never opened in the background, then lists each speaker once across articles', async () => {
    const first = await h()['people.list']({ query: '', offset: 0, limit: 50 });
    expect(first.analyzing).toEqual({ done: 0, total: 1 });
    const one = await people();
    expect(one.analyzing).toBeNull();
    expect(one.rows[0]).toMatchObject({ key: 'hikmet hajiyev', name: 'Hikmet Hajiyev', articles: 1 });
    const sampleQuotes = one.rows[0]!.quotes;
    expect(sampleQuotes).toBeGreaterThanOrEqual(4);

    const other = await importText(t.services, 'baku.txt', INTERVIEW);
    const two = await people('hajiyev');
    expect(two.rows).toHaveLength(1);
    expect(two.rows[0]).toMatchObject({ name: 'Hikmet Hajiyev', articles: 2, quotes: sampleQuotes + 2 });
    const quotations = await h()['people.quotations']({ key: 'hikmet hajiyev' });
    expect(quotations).toHaveLength(sampleQuotes + 2);
    // each opens at its place in its own article's text
    for (const q of quotations) {
      const text = t.services.library.get(q.articleId).text;
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    expect(quotations.filter((q) => q.articleId === other.id).map((q) => q.text)).toEqual([
      '“The corridor is a priority for both of our countries,”',
      '“We expect the first trains next year,”',
    ]);
    expect(t.services.analysis.runs).toBe(2);
  });

  it("follows the user's corrections: a rejected quotation goes, a changed speaker moves it, a merge merges", async () => {
    await people();
    const id = sampleId();
    const text = t.services.library.get(id).text;
    const said = await h()['people.quotations']({ key: 'hikmet hajiyev' });
    const n = said.length;
    const at = (q: { start: number; end: number }) => describeRange(text, q.start, q.end);
    await h()['annotations.addCorrection']({
      articleId: id,
      correction: { kind: 'reject-quote', target: at(said[0]!) },
    });
    await h()['annotations.addCorrection']({
      articleId: id,
      correction: { kind: 'set-speaker', target: at(said[1]!), speakerName: 'Xi Jinping' },
    });
    const after = await people();
    expect(after.rows.find((r) => r.key === 'hikmet hajiyev')?.quotes).toBe(n - 2);
    expect(after.rows.find((r) => r.key === 'xi jinping')).toMatchObject({ quotes: 1, articles: 1 });
    expect((await h()['people.quotations']({ key: 'xi jinping' }))[0]!.text).toBe(said[1]!.text);
    // taking a correction back puts the quotation back
    const { corrections } = t.services.annotations.get(id);
    await h()['annotations.removeCorrection']({ articleId: id, id: corrections[0]!.id });
    expect((await people()).rows.find((r) => r.key === 'hikmet hajiyev')?.quotes).toBe(n - 1);

    const orgs = await h()['entities.list']({ query: 'corridor', offset: 0, limit: 50, type: null });
    expect(orgs.rows.map((r) => r.name)).toEqual(['Middle Corridor']);
    await h()['annotations.addCorrection']({
      articleId: id,
      correction: {
        kind: 'merge-entities',
        fromName: 'Middle Corridor',
        intoName: 'Shanghai Cooperation Organization',
      },
    });
    await people();
    const merged = await h()['entities.list']({ query: 'corridor', offset: 0, limit: 50, type: null });
    expect(merged.rows).toEqual([]);
    const sco = await h()['entities.mentions']({ key: 'organization:shanghai cooperation organization' });
    expect(sco[0]!.mentions).toBe(4);
  });

  it('leaves speakers named only by a description to their own article: "the spokesman" is no one person', async () => {
    const story = (place: string) =>
      `Talks resume in ${place}\n\nDelegates met in ${place} on Monday.\n\n` +
      '“We have nothing to add at this stage of the talks,” the spokesman said.\n\n' +
      '“The corridor is a priority for both of our countries,” said Hikmet Hajiyev.';
    const a = await importText(t.services, 'a.txt', story('Baku'));
    await importText(t.services, 'b.txt', story('Tbilisi'));
    const rows = (await people()).rows;
    expect(rows.map((r) => r.name)).not.toContain('the spokesman');
    expect(rows.find((r) => r.key === 'hikmet hajiyev')?.articles).toBe(3);
    // the article's own panel still names them
    const analysis = await h()['analysis.get']({ articleId: a.id });
    expect(analysis.quotes.map((q) => q.speakerName)).toContain('the spokesman');
  });

  it('lists the articles that mention an entity with counts, opening at the first mention', async () => {
    await people();
    await importText(
      t.services,
      'sco.txt',
      'Summit in Astana\n\nThe Shanghai Cooperation Organization met in Astana. The Shanghai Cooperation Organization grew.',
    );
    await people();
    const orgs = await h()['entities.list']({
      query: 'shanghai',
      offset: 0,
      limit: 50,
      type: 'organization',
    });
    expect(orgs.rows).toEqual([
      expect.objectContaining({
        name: 'Shanghai Cooperation Organization',
        articles: 2,
        type: 'organization',
      }),
    ]);
    expect(
      (await h()['entities.list']({ query: 'shanghai', offset: 0, limit: 50, type: 'place' })).rows,
    ).toEqual([]);
    const refs = await h()['entities.mentions']({ key: orgs.rows[0]!.key });
    expect(refs.map((r) => r.mentions).sort()).toEqual([2, 2]);
    for (const r of refs)
      expect(t.services.library.get(r.articleId).text.slice(r.start, r.end)).toBe(
        'Shanghai Cooperation Organization',
      );
  });

  it('drops a removed article, redoes a re-imported one, and is saved: after a restart nothing is analyzed again', async () => {
    const other = await importText(t.services, 'baku.txt', INTERVIEW);
    const both = (await people()).rows[0]!;
    expect(both.articles).toBe(2);
    const { trashId } = await h()['library.remove']({ articleId: other.id });
    expect((await people()).rows[0]).toMatchObject({ articles: 1, quotes: both.quotes - 2 });
    await h()['library.restore']({ trashId: trashId! });
    expect((await people()).rows[0]!.articles).toBe(2);
    await importText(t.services, 'baku.txt', INTERVIEW.replace(' Hajiyev added.', ' said Ilham Aliyev.'));
    const redone = await people();
    expect(redone.rows.find((r) => r.key === 'hikmet hajiyev')?.quotes).toBe(both.quotes - 1);
    expect(redone.rows.find((r) => r.key === 'ilham aliyev')?.quotes).toBe(1);

    await t.services.close();
    expect(existsSync(path.join(t.dir, 'library', 'aggregate', 'people.json'))).toBe(true);
    const again = await t.restart();
    const reopened = await again.handlers['people.list']({ query: '', offset: 0, limit: 50 });
    expect(reopened.analyzing).toBeNull();
    expect(reopened.rows.find((r) => r.key === 'hikmet hajiyev')?.articles).toBe(2);
    expect(again.analysis.runs).toBe(0);
  });

  it('counts one person or entity once per article, whatever case the article writes the name in', () => {
    const quote = (start: number, speakerName: string | null): Quote => ({
      start,
      end: start + 5,
      text: `“q${start}”`,
      parts: [],
      speaker: null,
      speakerEntityId: null,
      speakerName,
      cue: null,
      speakerConfidence: 0.9,
      speakerSure: true,
    });
    const record = recordOf({
      analyzerVersion: 'test',
      entities: [
        {
          id: 'a',
          name: 'Shanghai Cooperation Organization',
          type: 'organization',
          aliases: [],
          mentionCount: 2,
        },
        {
          id: 'b',
          name: 'SHANGHAI COOPERATION ORGANIZATION',
          type: 'organization',
          aliases: [],
          mentionCount: 1,
        },
      ],
      mentions: [
        { start: 10, end: 20, type: 'organization', text: 'SCO', entityId: 'b' },
        { start: 30, end: 40, type: 'organization', text: 'SCO', entityId: 'a' },
      ],
      quotes: [quote(0, 'Hikmet Hajiyev'), quote(50, 'HIKMET HAJIYEV'), quote(90, null)],
      reported: [],
      terms: [],
    });
    expect(record.speakers).toEqual([
      {
        key: 'hikmet hajiyev',
        name: 'Hikmet Hajiyev',
        quotes: [expect.objectContaining({ start: 0 }), expect.objectContaining({ start: 50 })],
      },
    ]);
    expect(record.entities).toEqual([
      {
        key: 'organization:shanghai cooperation organization',
        name: 'Shanghai Cooperation Organization',
        type: 'organization',
        mentions: 3,
        start: 10,
        end: 20,
      },
    ]);
  });

  it('matches names with case, accents and punctuation aside', () => {
    expect(personKey('Recep Tayyip Erdoğan')).toBe(personKey('RECEP TAYYIP ERDOGAN'));
    expect(personKey('Jean-Yves Le Drian')).toBe('jean yves le drian');
    expect(personKey('Hajiyev')).not.toBe(personKey('Hikmet Hajiyev'));
  });
});
