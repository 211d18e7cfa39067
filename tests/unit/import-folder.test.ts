/**
 * Folder import through the real services on a temp profile: a folder of 2,000 files, most of
 * them not articles, some broken, some duplicates, some nested, a saved page's resource folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFolder } from '../../electron/services/import/folder';
import type { Services } from '../../electron/services/service-map';
import { startServices, tempProfile } from '../support/profile';

let profile: ReturnType<typeof tempProfile>;
let folder: ReturnType<typeof tempProfile>;
beforeEach(() => {
  profile = tempProfile();
  folder = tempProfile('gloss-folder-');
});
afterEach(() => {
  profile.remove();
  folder.remove();
});

const put = (rel: string, content: string | Uint8Array) => {
  const f = path.join(folder.dir, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, content);
  return f;
};

const article = (n: number) =>
  `Harbour Report Number ${n}\n\nThe port handled ${n} ships this week, the harbour master said on Monday, and expects more when the new quay opens.\n\n“We are ready for them,” she said of case ${n}.`;

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

/** 2,000 files: 150 articles, 10 duplicates, 8 broken, the rest images, scripts and the like. */
function writeFolder(): void {
  for (let n = 0; n < 100; n++) put(`2024/${String(n).padStart(3, '0')}.txt`, article(n));
  for (let n = 100; n < 130; n++)
    put(
      `2025/deep/er/${n}.md`,
      `# Harbour Report Number ${n}\n\n${article(n).split('\n\n').slice(1).join('\n\n')}`,
    );
  for (let n = 130; n < 150; n++)
    put(
      `pages/${n}.html`,
      `<html><head><title>Quay ${n} - Port News</title><link rel="canonical" href="https://port.example/quay-${n}"></head><body><article><h1>Quay ${n}</h1><p>${article(n).split('\n\n')[1]}</p></article></body></html>`,
    );
  // the same text under another name, and the same page (by its canonical address) saved again
  for (let n = 0; n < 8; n++) put(`zz-copies/copy-${n}.txt`, article(n));
  put(
    'zz-copies/quay-130-again.html',
    `<html><head><link rel="canonical" href="https://port.example/quay-130"></head><body><article><p>${article(999).split('\n\n')[1]} Saved again later, with a changed line.</p></article></body></html>`,
  );
  put(
    'zz-copies/quay-131-again.htm',
    `<html><head><link rel="canonical" href="https://port.example/quay-131/"></head><body><article><p>Changed again: ${article(998).split('\n\n')[1]}</p></article></body></html>`,
  );
  // junk with our extensions
  put('junk/photo.html', PNG);
  put('junk/report.htm', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  put('junk/empty.txt', '');
  put('junk/blank.md', '   \n\n  \n');
  put(
    'junk/program.txt',
    Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256),
  );
  put('junk/book.epub', 'not a zip at all');
  put(
    'junk/nothing.html',
    '<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>',
  );
  put('junk/styles.html', '<style>p { color: red }</style>');
  // a saved page's resource folder: its frames are not articles
  put(
    'saved/Story.html',
    `<html><head><title>Saved story</title></head><body><article><p>${article(500).split('\n\n')[1]}</p></article></body></html>`,
  );
  put('saved/Story_files/ad-frame.html', `<html><body><p>${article(501).split('\n\n')[1]}</p></body></html>`);
  put('.git/HEAD.txt', article(502));
  let i = 0;
  const kinds = ['jpg', 'png', 'css', 'js', 'pdf', 'json', 'gif', 'woff2'];
  // fill to 2,000 files in all
  while (i < 2000 - 150 - 10 - 8 - 3) {
    put(`assets/${kinds[i % kinds.length]}/${i}.${kinds[i % kinds.length]}`, 'x');
    i++;
  }
}

async function withServices<T>(events: { done: number; total: number }[], f: (s: Services) => Promise<T>) {
  const services = await startServices(profile.dir, {
    sample: false,
    events: (event, payload) => {
      if (event === 'import.progress') events.push(payload as { done: number; total: number });
    },
  });
  try {
    return await f(services);
  } finally {
    await services.close();
  }
}

describe('importing a folder', () => {
  it('lists only the files Gloss reads, in order, leaving out hidden folders and a saved page’s resources', async () => {
    writeFolder();
    const listing = await listFolder(folder.dir);
    expect(listing.files).toHaveLength(150 + 10 + 8 + 1);
    expect(listing.ignored).toBe(2000 - 150 - 10 - 8 - 3);
    expect(listing.files.some((f) => f.includes('_files') || f.includes('.git'))).toBe(false);
    expect(listing.files[0]).toBe(path.join(folder.dir, '2024', '000.txt'));
  });

  it('imports 2,000 files with junk among them: each new article once, duplicates and refusals counted with their reason, progress for each', async () => {
    writeFolder();
    const events: { done: number; total: number }[] = [];
    await withServices(events, async (services) => {
      const before = await services.handlers['library.importFiles']({
        paths: [put('first.txt', article(7))],
      });
      expect(before[0]).toMatchObject({ ok: true, existed: false });
      const firstArticle = readFileSync(
        path.join(
          services.library.articleDir((before[0] as { article: { id: string } }).article.id),
          'article.json',
        ),
        'utf8',
      );

      const summary = await services.handlers['library.importFolder']({ path: folder.dir });
      expect(summary.total).toBe(170); // first.txt is in the folder too
      expect(summary.imported).toHaveLength(149 + 1); // the 150 articles but the one there before, and the saved story
      // article 7 was there before; 8 copies by text; two pages by their canonical address
      expect(summary.duplicates.map((d) => d.fileName).sort()).toEqual(
        [
          '007.txt',
          'first.txt',
          ...Array.from({ length: 8 }, (_, n) => `copy-${n}.txt`),
          'quay-130-again.html',
          'quay-131-again.htm',
        ].sort(),
      );
      const reasons = Object.fromEntries(summary.refused.map((r) => [r.fileName, r.message]));
      expect(Object.keys(reasons).sort()).toEqual(
        [
          'blank.md',
          'book.epub',
          'empty.txt',
          'nothing.html',
          'photo.html',
          'program.txt',
          'report.htm',
          'styles.html',
        ].sort(),
      );
      expect(reasons['photo.html']).toMatch(/not a text file|is an image|binary/);
      expect(reasons['report.htm']).toMatch(/PDF/);
      expect(reasons['empty.txt']).toMatch(/is empty/);
      expect(reasons['book.epub']).toMatch(/not a readable EPUB/);
      expect(reasons['nothing.html']).toMatch(/No readable text|is empty/);
      expect(summary.ignored).toBe(2000 - 150 - 10 - 8 - 3);
      expect(summary.truncated).toBeNull();

      // one progress event per file, in order, to the end
      expect(events.map((e) => e.done)).toEqual(Array.from({ length: 171 }, (_, i) => (i === 0 ? 1 : i)));
      expect(events.at(-1)).toEqual(expect.objectContaining({ done: 170, total: 170 }));

      // the library holds each article once, and the one there before is as it was
      const list = services.library.list();
      expect(list).toHaveLength(151);
      expect(new Set(list.map((a) => a.contentHash)).size).toBe(151);
      expect(
        readFileSync(
          path.join(
            services.library.articleDir((before[0] as { article: { id: string } }).article.id),
            'article.json',
          ),
          'utf8',
        ),
      ).toBe(firstArticle);
      expect(list.find((a) => a.title === 'Quay 130')?.url).toBe('https://port.example/quay-130');

      // importing the folder again adds nothing
      const again = await services.handlers['library.importFolder']({ path: folder.dir });
      expect(again.imported).toEqual([]);
      expect(again.duplicates).toHaveLength(170 - 8);
      expect(services.library.list()).toHaveLength(151);
    });
  }, 300_000);

  it('counts a changed file as its article updated in place, not a new one', async () => {
    await withServices([], async (services) => {
      put('notes/strike.txt', article(1));
      const first = await services.handlers['library.importFolder']({ path: folder.dir });
      expect(first.imported.map((i) => i.updated)).toEqual([false]);
      put('notes/strike.txt', `${article(1)}\n\nA paragraph added later, about the harbour's new cranes.`);
      const second = await services.handlers['library.importFolder']({ path: folder.dir });
      expect(second.imported).toEqual([
        {
          fileName: 'strike.txt',
          articleId: first.imported[0]!.articleId,
          title: 'Harbour Report Number 1',
          updated: true,
        },
      ]);
      expect(services.library.list()).toHaveLength(1);
    });
  });

  it('refuses a folder that is missing, a file, or a whole disk, and a relative path at the contract', async () => {
    await withServices([], async (services) => {
      const file = put('a.txt', article(1));
      await expect(
        services.handlers['library.importFolder']({ path: path.join(folder.dir, 'gone') }),
      ).rejects.toThrow(/could not be found/);
      await expect(services.handlers['library.importFolder']({ path: file })).rejects.toThrow(
        /is a file, not a folder/,
      );
      await expect(services.handlers['library.importFolder']({ path: '/' })).rejects.toThrow(
        /not a whole disk/,
      );
      const { dispatch } = await import('../../electron/services/service-map');
      const reply = await dispatch(services.handlers, 'library.importFolder', { path: 'relative/folder' });
      expect(reply).toMatchObject({ ok: false });
      expect(services.library.list()).toEqual([]);
    });
  });
});
