import { parse } from 'csv-parse/sync';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { MARKER } from '../../common/export/markdown';
import type { ExportRequest } from '../../common/export/request';
import { blockId } from '../../common/export/stable-id';
import type { EventPayload } from '../../common/ipc/contract';
import { BACKUP_FOLDER } from '../../electron/services/export/export-folder';
import { ExportService } from '../../electron/services/export/export-service';
import { MANIFEST } from '../../electron/services/export/manifest';
import { dispatch, type Services } from '../../electron/services/service-map';
import { importText, tempProfile } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const progress: EventPayload<'export.progress'>[] = [];
const t = servicesPerTest({
  sample: false,
  events: (event, payload) => {
    if (event === 'export.progress') progress.push(payload as EventPayload<'export.progress'>);
  },
});

let out: { dir: string; remove: () => void };
beforeEach(() => {
  out = tempProfile('gloss-export-');
  progress.length = 0;
});
afterEach(() => out.remove());

const TEXTS = {
  alpha: 'Alpha Report\n\nThe first paragraph of alpha has words. The second sentence of alpha follows it.',
  beta: 'Beta Report\n\nBeta opens with a claim. Beta closes with another claim that matters.',
  gamma: 'Gamma Report\n\nGamma is short. Gamma ends here with a flourish.',
  delta: 'Delta Report\n\nDelta will be removed from the library before the second export.',
};

async function add(s: Services, name: keyof typeof TEXTS) {
  const meta = await importText(s, `${name}.txt`, TEXTS[name]);
  const text = s.library.get(meta.id).text;
  const highlight = (exact: string, note = '', tags?: string[]) => {
    const at = text.indexOf(exact);
    const h = s.annotations.addHighlight(meta.id, {
      target: describeRange(text, at, at + exact.length),
      color: 'yellow',
      note,
    });
    return tags ? s.annotations.updateHighlight(meta.id, h.id, { tags }) : h;
  };
  return { meta, highlight };
}

async function run(s: Services, req: Partial<ExportRequest> = {}) {
  const got = await dispatch(s.handlers, 'export.run', {
    format: 'obsidian',
    scope: { kind: 'library' },
    includeQuotations: false,
    folder: out.dir,
    ...req,
  });
  if (!got.ok) throw new Error(got.error.message);
  return got.value as Awaited<ReturnType<ExportService['run']>>;
}

const files = () =>
  readdirSync(out.dir)
    .filter((f) => f !== MANIFEST && f !== BACKUP_FOLDER)
    .sort();
const read = (f: string) => readFileSync(path.join(out.dir, f), 'utf8');
const blockIds = (f: string) => read(f).match(/^\^gloss-[a-z0-9]+$/gm) ?? [];

describe('export into a folder', () => {
  it('rewrites the same files in place: edits, deletions and a renamed title reflected, the user’s files untouched', async () => {
    const s = t.services;
    const alpha = await add(s, 'alpha');
    const beta = await add(s, 'beta');
    const gamma = await add(s, 'gamma');
    const delta = await add(s, 'delta');
    const a1 = alpha.highlight('first paragraph', 'first note', ['one']);
    const b1 = beta.highlight('opens with a claim');
    const b2 = beta.highlight('another claim', 'keep me');
    gamma.highlight('Gamma is short');
    delta.highlight('will be removed');
    // the user's own files, one of them under the name alpha's title would take
    writeFileSync(path.join(out.dir, 'Alpha Report.md'), 'my own alpha notes\n');
    writeFileSync(path.join(out.dir, 'Other.md'), 'other\n');

    const first = await run(s);
    expect(first).toMatchObject({
      articles: 4,
      written: 4,
      unchanged: 0,
      removed: 0,
      backedUp: 0,
      skipped: [],
    });
    const names = files();
    expect(names).toEqual([
      'Alpha Report (' + alpha.meta.id.slice(0, 12) + ').md',
      'Alpha Report.md',
      'Beta Report.md',
      'Delta Report.md',
      'Gamma Report.md',
      'Other.md',
    ]);
    const alphaFile = names[0]!;
    expect(blockIds(alphaFile)).toEqual([`^${blockId(a1.id)}`]);
    expect(progress.at(-1)).toEqual({ done: 4, total: 4 });

    // between the exports: a note edited, a highlight deleted and one added, a title changed,
    // an article removed, the user writing below the marker and editing Gloss's part of another
    s.annotations.updateHighlight(alpha.meta.id, a1.id, { note: 'first note, edited' });
    s.annotations.deleteHighlight(beta.meta.id, b1.id);
    const g2 = gamma.highlight('ends here');
    s.handlers['library.remove']({ articleId: delta.meta.id });
    writeFileSync(path.join(out.dir, alphaFile), `${read(alphaFile)}\nMy thoughts on alpha.\n`);
    writeFileSync(
      path.join(out.dir, 'Beta Report.md'),
      read('Beta Report.md').replace('Beta Report', 'Beta, as I call it'),
    );
    // the library has no rename: the title changes in what the export reads
    const renamedAt = (now?: () => Date) =>
      new ExportService(
        {
          entries: () => s.library.entries(),
          article: (id) => ({
            ...s.library.get(id),
            title: id === gamma.meta.id ? 'Gamma, Renamed' : s.library.get(id).title,
          }),
          annotations: (id) => s.annotations.get(id),
          analysis: (a) => s.analysis.get(a),
        },
        () => {},
        now,
      );
    const renamed = renamedAt();
    const second = await renamed.run({
      format: 'obsidian',
      scope: { kind: 'library' },
      includeQuotations: false,
      folder: out.dir,
    });

    expect(second).toMatchObject({ articles: 3, written: 3, unchanged: 0, removed: 1, backedUp: 1 });
    expect(files()).toEqual(names.filter((n) => n !== 'Delta Report.md'));
    // the user's files as they were
    expect(read('Alpha Report.md')).toBe('my own alpha notes\n');
    expect(read('Other.md')).toBe('other\n');
    // alpha: the edit is in, the block id the same, the user's text below the marker kept
    expect(read(alphaFile)).toContain('first note, edited');
    expect(read(alphaFile)).not.toContain('first note\n');
    expect(blockIds(alphaFile)).toEqual([`^${blockId(a1.id)}`]);
    expect(read(alphaFile).endsWith(`${MARKER.obsidian}\n\nMy thoughts on alpha.\n`)).toBe(true);
    // beta: the deleted highlight gone, the other's id kept; the user's edit above the marker copied aside
    expect(blockIds('Beta Report.md')).toEqual([`^${blockId(b2.id)}`]);
    expect(read('Beta Report.md')).not.toContain('Beta, as I call it');
    const backups = readdirSync(path.join(out.dir, BACKUP_FOLDER));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(out.dir, BACKUP_FOLDER, backups[0]!, 'Beta Report.md'), 'utf8')).toContain(
      'Beta, as I call it',
    );
    // gamma: renamed, yet in the same file, with both highlights
    expect(read('Gamma Report.md')).toContain('title: "Gamma, Renamed"');
    expect(blockIds('Gamma Report.md')).toHaveLength(2);
    expect(blockIds('Gamma Report.md')).toContain(`^${blockId(g2.id)}`);
    // no block id twice anywhere
    const all = files().flatMap(blockIds);
    expect(new Set(all).size).toBe(all.length);

    // a third export with nothing changed touches nothing
    const before = files().map((f) => statSync(path.join(out.dir, f)).mtimeMs);
    const third = await renamed.run({
      format: 'obsidian',
      scope: { kind: 'library' },
      includeQuotations: false,
      folder: out.dir,
    });
    expect(third).toMatchObject({ written: 0, unchanged: 3, removed: 0, backedUp: 0 });
    expect(files().map((f) => statSync(path.join(out.dir, f)).mtimeMs)).toEqual(before);
    // nor does one two days later: a file's exported date is when its content last changed
    const later = renamedAt(() => new Date(Date.now() + 2 * 86_400_000));
    const fourth = await later.run({
      format: 'obsidian',
      scope: { kind: 'library' },
      includeQuotations: false,
      folder: out.dir,
    });
    expect(fourth).toMatchObject({ written: 0, unchanged: 3 });
  });

  it('recognizes its own files by their gloss-id when the manifest is lost', async () => {
    const s = t.services;
    (await add(s, 'alpha')).highlight('first paragraph');
    await add(s, 'beta');
    await run(s, { format: 'logseq' });
    const names = files();
    unlinkSync(path.join(out.dir, MANIFEST));
    const again = await run(s, { format: 'logseq' });
    expect(again).toMatchObject({ written: 0, unchanged: 2, backedUp: 0 });
    expect(files()).toEqual(names);
  });

  it('reads a damaged manifest as none, and still writes over nothing twice', async () => {
    const s = t.services;
    await add(s, 'alpha');
    await run(s);
    writeFileSync(path.join(out.dir, MANIFEST), '{ not json');
    expect(await run(s)).toMatchObject({ written: 0, unchanged: 1, backedUp: 0 });
    expect(files()).toEqual(['Alpha Report.md']);
    expect(JSON.parse(read(MANIFEST)).files).toHaveProperty([`obsidian:${s.library.entries()[0]!.id}`]);
  });

  it('exports one article or a selection, and says which asked-for articles are gone', async () => {
    const s = t.services;
    const alpha = await add(s, 'alpha');
    const beta = await add(s, 'beta');
    expect(await run(s, { scope: { kind: 'article', articleId: alpha.meta.id } })).toMatchObject({
      written: 1,
    });
    expect(files()).toEqual(['Alpha Report.md']);
    const sel = await run(s, { scope: { kind: 'articles', articleIds: [beta.meta.id, 'gone-1'] } });
    expect(sel).toMatchObject({
      written: 1,
      skipped: [{ what: 'gone-1', reason: 'it is no longer in the library' }],
    });
    // a selection never removes the files of articles outside it
    expect(files()).toEqual(['Alpha Report.md', 'Beta Report.md']);
  });

  it('refuses a folder that is not one, with a clear message, writing nothing', async () => {
    const s = t.services;
    await add(s, 'alpha');
    const bad = async (folder: string) => {
      const got = await dispatch(s.handlers, 'export.run', {
        format: 'csv',
        scope: { kind: 'library' },
        includeQuotations: false,
        folder,
      });
      return got.ok ? 'ok' : got.error;
    };
    expect(await bad('relative/dir')).toMatchObject({
      code: 'export-folder',
      message: expect.stringContaining('not a full path'),
    });
    expect(await bad(path.join(out.dir, 'missing'))).toMatchObject({
      message: expect.stringContaining('does not exist'),
    });
    writeFileSync(path.join(out.dir, 'file.txt'), 'x');
    expect(await bad(path.join(out.dir, 'file.txt'))).toMatchObject({
      message: expect.stringContaining('is a file'),
    });
    expect(
      await dispatch(s.handlers, 'export.run', {
        format: 'pdf',
        scope: { kind: 'library' },
        includeQuotations: false,
        folder: out.dir,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(readdirSync(out.dir)).toEqual(['file.txt']);
  });
});

describe('export of quotations and annotations', () => {
  const q = servicesPerTest({ sample: true });

  it('writes the sample’s quotations to CSV with the user’s speaker correction, and its highlights as JSON-LD', async () => {
    const s = q.services;
    const [entry] = s.library.entries();
    const article = s.library.get(entry!.id);
    const analysis = await s.analysis.get(article);
    const quote = analysis.quotes[0]!;
    s.annotations.addCorrection(article.id, {
      kind: 'set-speaker',
      target: describeRange(article.text, quote.start, quote.end),
      speakerName: 'Someone Else',
    });
    const at = article.text.indexOf(' ');
    s.annotations.addHighlight(article.id, {
      target: describeRange(article.text, 0, at),
      color: 'green',
      note: 'n',
    });

    const csv = await run(s, { format: 'csv' });
    expect(csv).toMatchObject({ written: 1, files: ['Gloss library - quotations.csv'] });
    const rows: string[][] = parse(readFileSync(path.join(out.dir, 'Gloss library - quotations.csv')), {
      bom: true,
    });
    expect(rows.length - 1).toBe(analysis.quotes.length);
    expect(rows[1]).toMatchObject({ 0: 'Someone Else', 6: 'sure' });

    const w3c = await run(s, { format: 'w3c', scope: { kind: 'article', articleId: article.id } });
    const name = w3c.files[0]!;
    expect(name).toMatch(/ - annotations\.jsonld$/);
    const json = JSON.parse(read(name));
    expect(json.total).toBe(1);
    expect(json.first.items[0].target.source).toBe(`urn:gloss:article:${article.id}`);
    // exported again unchanged: the same bytes, not rewritten
    expect(await run(s, { format: 'w3c', scope: { kind: 'article', articleId: article.id } })).toMatchObject({
      written: 0,
      unchanged: 1,
    });
    expect(existsSync(path.join(out.dir, MANIFEST))).toBe(true);
  });
});

// a folder made read-only mid-way is covered by the message mapping; here, what an unwritable folder says
describe('an unwritable folder', () => {
  const u = servicesPerTest({ sample: false });
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'stops with words the user can act on',
    async () => {
      await add(u.services, 'alpha');
      const ro = path.join(out.dir, 'ro');
      mkdirSync(ro, { mode: 0o500 });
      const got = await dispatch(u.services.handlers, 'export.run', {
        format: 'obsidian',
        scope: { kind: 'library' },
        includeQuotations: false,
        folder: ro,
      });
      expect(got).toMatchObject({
        ok: false,
        error: { code: 'export-write', message: expect.stringContaining('may not write in that folder') },
      });
    },
  );
});
