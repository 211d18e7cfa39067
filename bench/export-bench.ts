/**
 * `npm run bench export`: exporting a library of 1,000 articles with 10 highlights each (a third
 * with notes) in every format, into an empty folder and again in place: unchanged, then after ten
 * notes were edited. Quotations need each article analyzed, so the CSV and Markdown-with-
 * quotations figures are on the first 100 articles, analyzed beforehand (analysis is timed apart).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportFormat } from '../common/export/item';
import type { ExportRequest } from '../common/export/request';
import { startServices, tempProfile } from '../tests/support/profile';
import { fmt } from './fixtures';
import { sourceParagraphs, writeLibrary } from './library-bench';

const ARTICLES = 1_000;
const QUOTED = 100;

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(dir)) {
    const s = statSync(path.join(dir, f));
    if (!s.isFile() || f.startsWith('.')) continue;
    files++;
    bytes += s.size;
  }
  return { files, bytes };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

export async function benchExport(): Promise<void> {
  const profile = tempProfile('gloss-bench-export-');
  const outs: { remove: () => void }[] = [];
  try {
    const { paragraphs, from } = sourceParagraphs();
    writeLibrary(profile.dir, paragraphs, ARTICLES);
    const services = await startServices(profile.dir, { sample: false });
    const ids = services.library.entries().map((e) => e.id);
    console.log(`export: ${ids.length.toLocaleString()} articles, 10 highlights each, from ${from}`);

    const run = async (format: ExportFormat, folder: string, more: Partial<ExportRequest> = {}) => {
      const t = performance.now();
      const s = await services.exports.run({
        format,
        scope: { kind: 'library' },
        includeQuotations: false,
        folder,
        ...more,
      });
      return { ms: performance.now() - t, s };
    };
    for (const format of ['obsidian', 'logseq', 'w3c'] as const) {
      const out = tempProfile(`gloss-bench-export-${format}-`);
      outs.push(out);
      const first = await run(format, out.dir);
      const size = folderSize(out.dir);
      const again = await run(format, out.dir);
      let edited = '';
      if (format !== 'w3c') {
        for (const id of ids.slice(0, 10)) {
          const h = services.annotations.get(id).highlights[0]!;
          services.annotations.updateHighlight(id, h.id, { note: `${h.note} (edited)` });
        }
        const after = await run(format, out.dir);
        edited = `; after 10 notes edited ${fmt(after.ms)} (${after.s.written} written, ${after.s.unchanged} unchanged)`;
      }
      console.log(
        `  ${format}: into an empty folder ${fmt(first.ms)} (${first.s.written} files, ${size.files > 1 ? `${mb(size.bytes)}, ${kb(size.bytes / size.files)} a file` : mb(size.bytes)}); again unchanged ${fmt(again.ms)} (${again.s.unchanged} unchanged)${edited}`,
      );
    }

    const quoted = ids.slice(0, QUOTED);
    const t = performance.now();
    for (const id of quoted) await services.analysis.get(services.library.get(id));
    const analysed = performance.now() - t;
    const scope = { kind: 'articles' as const, articleIds: quoted };
    const csvOut = tempProfile('gloss-bench-export-csv-');
    const mdOut = tempProfile('gloss-bench-export-mdq-');
    outs.push(csvOut, mdOut);
    const csv = await run('csv', csvOut.dir, { scope });
    const md = await run('obsidian', mdOut.dir, { scope, includeQuotations: true });
    console.log(
      `  ${QUOTED} articles analyzed in ${fmt(analysed)}; quotations CSV ${fmt(csv.ms)} (${mb(folderSize(csvOut.dir).bytes)}); Obsidian with quotations ${fmt(md.ms)} (${kb(folderSize(mdOut.dir).bytes / QUOTED)} a file)`,
    );
    await services.close();
  } finally {
    for (const o of outs) o.remove();
    profile.remove();
  }
}
