import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextRow } from '../../scripts/import-text';
import { runJsonlCli, runScript } from '../support/jsonl-cli';
import { ROOT } from '../support/profile';

const page = (name: string) => path.join(ROOT, 'tests/fixtures/import/pages', name);

describe('npm run --silent import-text -- --format jsonl FILE...', () => {
  it('prints one line per file with the importer’s title, byline, date, site, text and images, and names a refused file', async () => {
    const files = [
      page('bignews.html'),
      page('lazy-images.html'),
      path.join(ROOT, 'tests/fixtures/import/empty.txt'),
    ];
    const { code, lines } = await runJsonlCli('scripts/import-text.ts', files);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0]!)).toEqual([
      'file',
      'title',
      'byline',
      'published',
      'site',
      'text',
      'images',
    ]);
    expect(lines[0]).toEqual(await importTextRow(files[0]!));
    expect(lines[0]).toMatchObject({
      title: 'Grain trains get a new timetable after a winter of delays',
      byline: 'Nadia Farouk and Colm Brennan',
      published: '2025-02-28T14:30:00Z',
      site: 'The Daily Ledger',
      images: ['https://img.ledger.example/2025/02/28/grain-train.jpg'],
    });
    const text = lines[0]!.text as string;
    // one paragraph a line, the first and last of the article, nothing between them that is not
    expect(text.split('\n')).toHaveLength(8);
    expect(text).toMatch(/^Freight trains carrying grain/);
    expect(text).not.toMatch(/Advertisement|Read more|Story continues|Most popular|©|cookies|Sign up/);
    // the caption and its credit stay out of the text
    expect(text).not.toContain('Jonas Whitlow');
    // lazy-loaded images: the sources as the page wrote them, not the placeholders
    expect(lines[1]!.images).toEqual([
      '/media/ferry-quay.jpg',
      'media/ferry-deck.jpg',
      'https://cdn.harbourtimes.example/charger-800.jpg',
    ]);
    expect(lines[2]).toEqual({ file: files[2], error: expect.stringMatching(/is empty/) as unknown });
  });

  it('says how it is used when given no file', async () => {
    const out = await runScript('scripts/import-text.ts', []);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Usage: import-text --format jsonl FILE/);
  });
});
