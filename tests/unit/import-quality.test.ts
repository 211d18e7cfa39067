/**
 * The HTML importer on saved news pages written for these tests (tests/fixtures/import/pages and
 * pages-fresh, each with its gold.json): the article's text, title, byline, date, site and images
 * against what a reader sees. The bars are the ones the import must beat; Readability alone, on
 * the same pages, stays well below them (printed by `npm run import-eval -- --readability DIR`).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readabilityRow, scorePages } from '../../scripts/import-eval';
import { importTextRow } from '../../scripts/import-text';
import { importDocument } from '../../electron/services/import';
import { parseFragment } from '../../electron/services/import/dom';
import { fromHtml } from '../../electron/services/import/from-html';
import { cleanTitle } from '../../electron/services/import/title-byline';
import { ROOT } from '../support/profile';
import { fixture } from './import-helpers';

const dir = (name: string) => path.join(ROOT, 'tests/fixtures/import', name);

describe('import quality on saved news pages', () => {
  for (const set of ['pages', 'pages-fresh']) {
    it(`meets the bars on ${set}, where Readability alone does not`, async () => {
      const ours = await scorePages(dir(set), importTextRow);
      expect(ours.misses).toEqual([]);
      expect(ours.bodyF1).toBeGreaterThanOrEqual(98);
      expect(ours.titles).toBeGreaterThanOrEqual(95);
      expect(ours.bylines).toBeGreaterThanOrEqual(95);
      expect(ours.imageRecall).toBeGreaterThanOrEqual(98);
      const alone = await scorePages(dir(set), readabilityRow);
      expect(alone.bodyF1).toBeLessThan(98);
      expect(alone.bylines).toBeLessThan(95);
    }, 60_000);
  }

  it('keeps captions and credits as figure captions, apart from the paragraphs', async () => {
    const doc = await importDocument({ fileName: 'captions.html', bytes: fixture('pages/captions.html') });
    expect(doc.html).toContain(
      '<figcaption><p>Smoke rises over Ridge Road on Monday afternoon.</p><p>Photo: Mateo Alvarez / Kellerton Tribune</p></figcaption>',
    );
    // the credit is a paragraph of its own in the text, where the quotation finder knows it for one
    expect(doc.text).toContain('\n\nPhoto: Mateo Alvarez / Kellerton Tribune\n\n');
    expect(doc.html.replace(/<figcaption>.*?<\/figcaption>/g, '')).not.toContain('Mateo Alvarez');
    const guardian = await importDocument({ fileName: 'g.html', bytes: fixture('pages/guardian-like.html') });
    expect(guardian.html).toContain(
      '<figcaption><p>A polling station in Leeds.</p><p>Photograph: Ed Marsh/PA</p></figcaption>',
    );
    const lazy = await importDocument({ fileName: 'l.html', bytes: fixture('pages/lazy-images.html') });
    expect(lazy.text).toContain('The Marguerite at the east quay.\n\nPhoto: Pieter de Wit');
  });

  it('keeps every word of a headline with a colon, and cuts the site name only', async () => {
    const colon = await importTextRow(dir('pages/colon-title.html'));
    expect(colon.title).toBe('Drought or deluge: How the valley learned to store water again');
    const prefixed = await importTextRow(dir('pages/jsonld.html'));
    expect(prefixed.title).toBe('Ostrava teachers set two-day strike over class sizes');
    // a short headline the page shows as its heading is the headline, not the site's name
    expect(
      cleanTitle('Quay 130 - Port News', { siteName: null, headings: ['Quay 130'], pageText: 'Quay 130 …' }),
    ).toBe('Quay 130');
  });

  it('takes the body from a script-rendered page’s JSON state, running nothing', async () => {
    const row = await importTextRow(dir('pages/script-rendered.html'));
    expect(row.text.split('\n')).toHaveLength(5);
    expect(row.text).not.toMatch(/Loading|enable JavaScript|Car plant site sold/);
    expect(row.byline).toBe('Dev Raman');
  });

  it('gives lazy-loaded images their real source, resolved against the page’s base URL', () => {
    const draft = fromHtml(fixture('pages/lazy-images.html').toString('utf8'), {});
    const img = parseFragment(draft.bodyHtml).querySelectorAll('img');
    expect(Array.from(img, (i) => i.getAttribute('src'))).toEqual([
      'https://harbourtimes.example/media/ferry-quay.jpg',
      'https://harbourtimes.example/news/media/ferry-deck.jpg',
      'https://cdn.harbourtimes.example/charger-800.jpg',
    ]);
    expect(draft.images).toEqual([
      '/media/ferry-quay.jpg',
      'media/ferry-deck.jpg',
      'https://cdn.harbourtimes.example/charger-800.jpg',
    ]);
    // a page fetched from an address resolves against it when it has no <base>
    const fetched = fromHtml('<article><p>Text of the story, long enough.</p><img src="a/b.jpg"></article>', {
      baseUrl: 'https://news.example/2025/story.html',
    });
    expect(parseFragment(fetched.bodyHtml).querySelector('img')?.getAttribute('src')).toBe(
      'https://news.example/2025/a/b.jpg',
    );
  });
});
