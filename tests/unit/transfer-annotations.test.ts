/**
 * Importing annotations made elsewhere (Hypothesis's export, W3C Web Annotations): each placed on
 * its article by the app's anchoring, matched by address; a look-alike paragraph is never taken
 * for the passage, and what cannot be placed is listed and kept, never dropped. Fixtures are
 * written here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTarget, describeRange } from '../../common/anchoring/anchor';
import { importDocument } from '../../electron/services/import';
import type { Services } from '../../electron/services/service-map';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest({ sample: false });

const TEXT = [
  'The river council met on Monday evening in the old mill 🌊 to discuss the flood barrier.',
  'Council member Dana Okafor said the barrier would cost twelve million and take three years to build.',
  'Residents asked whether the barrier would protect the lower town, and Okafor said it would.',
  'Council member Dana Okafor said the barrier would cost fourteen million and take four years to build.',
  'The vote was postponed until spring.',
].join('\n\n');
const PAGE = 'https://www.news.example.org/river-council/';

async function riverArticle(s: Services): Promise<{ id: string; text: string }> {
  const doc = await importDocument({ fileName: 'river.txt', bytes: Buffer.from(TEXT) });
  const { article } = s.library.add({ ...doc, url: PAGE }, 'river.txt');
  return { id: article.id, text: s.library.get(article.id).text };
}

function file(name: string, json: unknown): string {
  const f = path.join(t.dir, name);
  writeFileSync(f, JSON.stringify(json));
  return f;
}

const quote = (exact: string, prefix: string, suffix: string) => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const hypo = (id: string, uri: string, selectors: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  created: '2025-05-01T10:00:00.000000+00:00',
  updated: '2025-05-02T10:00:00.000000+00:00',
  user: 'acct:reader@hypothes.is',
  uri,
  text: '',
  tags: [],
  target: [{ source: uri, selector: selectors }],
  document: { title: ['River council postpones the barrier vote'] },
  ...extra,
});

/** As the Hypothesis client exports: the page's address in another form than the article's. */
const hypothesisExport = (uri = 'http://news.example.org/river-council?utm_source=feed#top') => ({
  export_date: '2025-06-01T09:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1500.0',
  annotations: [
    hypo('exact-one', uri, [quote('the flood barrier', 'in the old mill 🌊 to discuss ', '.')], {
      text: 'The key point.',
      tags: ['flood', 'infra, roads'],
    }),
    // The page had a typo the article does not: a fuzzy match, shown for review.
    hypo('fuzzy-one', uri, [
      quote('wether the barrier would protect', 'Residents asked ', ' the lower town'),
    ]),
    // Its paragraph has a look-alike further down: the one with its very words is the one.
    hypo('lookalike-one', uri, [
      { type: 'TextPositionSelector', start: 100, end: 119 },
      quote('cost twelve million', 'Dana Okafor said the barrier would ', ' and take three years'),
    ]),
    // Its own paragraph was rewritten: the look-alike must not be taken for it as a sure match.
    hypo('gone-lookalike', uri, [
      quote('cost ten million and take two years', 'Dana Okafor said the barrier would ', ' to build.'),
    ]),
    hypo('nowhere', uri, [quote('the mayor resigned in protest', 'Then ', ' on Friday')], {
      text: 'Check this.',
    }),
    hypo('page-note', uri, [], { text: 'Follow up with the council.' }),
    hypo('a-reply', uri, [], { text: 'Agreed.', references: ['exact-one'] }),
  ],
});

describe('Hypothesis import', () => {
  it('places each annotation by its selectors, on the article with the same address', async () => {
    const s = t.services;
    const { id, text } = await riverArticle(s);
    const f = file('hypothesis.json', hypothesisExport());
    expect(await s.transfer.inspect(f)).toMatchObject({
      kind: 'hypothesis',
      sources: [{ articleId: id, annotations: 7, title: 'River council postpones the barrier vote' }],
    });
    const summary = await s.transfer.import(f, {});
    expect(summary.highlights.added).toBe(5);
    const { highlights, articleNote } = s.annotations.get(id);
    const placed = (exact: string) => {
      const h = highlights.find((x) => x.target.quote.exact === exact)!;
      return { h, at: anchorTarget(text, h.target) };
    };

    const one = placed('the flood barrier');
    expect(one.at).toEqual({
      status: 'anchored',
      start: text.indexOf('the flood barrier'),
      end: text.indexOf('the flood barrier') + 17,
    });
    expect(one.h.note).toBe('The key point.\n\nReply: Agreed.');
    expect(one.h.tags).toEqual(['flood', 'infra roads']);
    expect(one.h.created).toBe('2025-05-01T10:00:00.000000+00:00');

    const fuzzy = placed('wether the barrier would protect');
    const right = text.indexOf('whether the barrier would protect');
    expect(fuzzy.at).toEqual({ status: 'moved', start: right, end: right + 33 });

    const look = placed('cost twelve million');
    expect(look.at.start).toBe(text.indexOf('cost twelve million'));
    expect(look.at.start).toBeLessThan(text.indexOf('fourteen'));

    const gone = placed('cost ten million and take two years');
    expect(gone.at.status).not.toBe('anchored');
    expect(summary.toReview).toBe(3);

    // Not found, yet kept (orphaned, to re-attach by hand) and listed with its text and note.
    expect(placed('the mayor resigned in protest').at.status).toBe('orphaned');
    expect(summary.unplaced).toEqual([
      expect.objectContaining({ text: 'the mayor resigned in protest', note: 'Check this.' }),
    ]);
    expect(articleNote).toContain('Follow up with the council.');

    // Importing the same file again changes nothing.
    const again = await s.transfer.import(f, {});
    expect(again.highlights).toEqual({ added: 0, updated: 0, unchanged: 5, kept: 0 });
    expect(again.changed).toEqual([]);
    expect(s.annotations.get(id).articleNote).toBe(articleNote);
  });

  it('lists the annotations of a page no article has, and places them on the article the user picks', async () => {
    const s = t.services;
    const { id } = await riverArticle(s);
    const f = file('elsewhere.json', hypothesisExport('https://mirror.example.net/story/123'));
    expect((await s.transfer.inspect(f)).sources).toEqual([expect.objectContaining({ articleId: null })]);
    const unpicked = await s.transfer.import(f, {});
    expect(unpicked.unplaced).toHaveLength(6);
    expect(unpicked.unplaced[0]!.why).toMatch(/no article in the library has the address/);
    expect(s.annotations.get(id).highlights).toEqual([]);

    const picked = await s.transfer.import(f, { 'https://mirror.example.net/story/123': id });
    expect(picked.highlights.added).toBe(5);
  });
});

describe('annotations past what Gloss keeps', () => {
  it('are listed with why, and the rest of the file is imported', async () => {
    const s = t.services;
    const { id } = await riverArticle(s);
    const f = file('long.json', {
      rows: [
        hypo('long-quote', PAGE, [quote('x'.repeat(200_001), '', '')]),
        hypo('long-note', PAGE, [quote('the flood barrier', 'to discuss ', '.')], {
          text: 'n'.repeat(100_001),
        }),
        hypo('fine', PAGE, [quote('the flood barrier', 'to discuss ', '.')], { text: 'Kept.' }),
      ],
    });
    const summary = await s.transfer.import(f, {});
    expect(summary.skipped).toEqual([
      { what: 'Annotation long-quote', why: 'its quote is longer than 200,000 characters' },
      { what: 'Annotation long-note', why: 'its note is longer than 100,000 characters' },
    ]);
    expect(s.annotations.get(id).highlights.map((h) => h.note)).toEqual(['Kept.']);
  });
});

describe('W3C Web Annotation import', () => {
  it('reads a collection with its page embedded: notes, tags, color, code-point positions', async () => {
    const s = t.services;
    const { id, text } = await riverArticle(s);
    const start = [...text.slice(0, text.indexOf('the flood barrier'))].length; // in code points
    const f = file('annotations.jsonld', {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:2b0e1c4e-0000-4000-8000-000000000000',
      type: 'AnnotationCollection',
      total: 2,
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:uuid:11111111-0000-4000-8000-000000000001',
            type: 'Annotation',
            motivation: 'highlighting',
            created: '2025-01-01T00:00:00Z',
            modified: '2025-01-03T00:00:00Z',
            body: [
              { type: 'TextualBody', value: 'A **note**', format: 'text/markdown', purpose: 'commenting' },
              { type: 'TextualBody', value: 'barrier', purpose: 'tagging' },
            ],
            target: {
              type: 'SpecificResource',
              source: `urn:gloss:article:${id}`,
              styleClass: 'green',
              selector: [
                { type: 'TextPositionSelector', start, end: start + 17 },
                quote('the flood barrier', 'to discuss ', '.'),
              ],
            },
          },
          {
            id: 'https://annotations.example.org/anno/2',
            type: 'Annotation',
            bodyValue: 'Postponed again',
            target: { source: PAGE, selector: quote('postponed until spring', 'The vote was ', '.') },
          },
        ],
      },
    });
    const summary = await s.transfer.import(f, {});
    expect(summary.kind).toBe('w3c');
    expect(summary.highlights.added).toBe(2);
    const [barrier, vote] = s.annotations.get(id).highlights;
    expect(barrier).toMatchObject({
      color: 'green',
      note: 'A **note**',
      tags: ['barrier'],
      modified: '2025-01-03T00:00:00Z',
    });
    expect(anchorTarget(text, barrier!.target).status).toBe('anchored');
    expect(vote).toMatchObject({ color: 'yellow', note: 'Postponed again' });
  });

  it('takes a plain list of annotations, and an annotation already on the same words is the same one', async () => {
    const s = t.services;
    const { id, text } = await riverArticle(s);
    const at = text.indexOf('postponed until spring');
    const mine = s.annotations.addHighlight(id, { target: describeRange(text, at, at + 22), color: 'blue' });
    const f = file('list.json', [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:33333333-0000-4000-8000-000000000003',
        type: 'Annotation',
        modified: '2000-01-01T00:00:00Z',
        target: { source: PAGE, selector: [quote('postponed until spring', 'The vote was ', '.')] },
      },
    ]);
    const summary = await s.transfer.import(f, {});
    expect(summary.highlights).toMatchObject({ added: 0, kept: 1 });
    // Older than the one here: the library's stays as it is.
    expect(s.annotations.get(id).highlights).toEqual([mine]);
  });
});
