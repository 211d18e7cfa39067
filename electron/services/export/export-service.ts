/**
 * Exports articles into a folder the user chose, in one of four formats, so that exporting again
 * into the same folder brings it up to date instead of adding to it:
 *
 * - Markdown (Obsidian, Logseq): one file per article, under the name the manifest gave it the
 *   first time (so a renamed article keeps its file), Gloss's part rewritten and the user's part
 *   below the marker carried over; a file whose content would not change is not touched; a
 *   whole-library export removes the files of articles no longer in the library.
 * - W3C JSON-LD and CSV: one file for what was exported, rewritten whole.
 *
 * Files in the folder that Gloss did not write are never written over: a name they hold is taken.
 * If the user edited what Gloss wrote, the edited file is copied to .gloss-backup first. Gloss's
 * part is what the user never needs to edit (it mirrors the library); their edits belong below the
 * marker, and overwriting without a copy would lose work, while refusing would leave the export
 * stale, so a copy is kept and the file rewritten.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileNameFor, nameKey, safeStem } from '../../../common/export/file-names';
import { renderCsv } from '../../../common/export/csv';
import type { ExportFormat, ExportItem } from '../../../common/export/item';
import { renderMarkdown, splitAtMarker, type MarkdownFlavor } from '../../../common/export/markdown';
import type { ExportRequest, ExportSummary } from '../../../common/export/request';
import { renderW3c } from '../../../common/export/w3c';
import { ServiceError } from '../errors';
import { checkFolder, ExportFolder } from './export-folder';
import { gatherItem, type ExportSources } from './gather';
import { Manifest, sha256 } from './manifest';

export type ExportProgress = (p: { done: number; total: number }) => void;

/** Progress events at most this often: a thousand files need not be a thousand messages. */
const PROGRESS_MS = 100;
const LISTED_FILES = 200;
const TAKEN = 'every name for its file is taken by a file Gloss did not write';

interface FileJob {
  key: string;
  format: ExportFormat;
  name: string;
  /** Gloss's part of the file, for the date it was exported. */
  render: (exported: string) => string;
  /** Gloss's part and the user's, or null when the marker is gone (Markdown); whole files otherwise. */
  split: (file: string) => { gloss: string; mine: string } | null;
}

const EXTENSION: Record<ExportFormat, string> = { obsidian: 'md', logseq: 'md', w3c: 'jsonld', csv: 'csv' };
const whole = (file: string) => ({ gloss: file, mine: '' });
const isMarkdown = (f: ExportFormat): f is MarkdownFlavor => f === 'obsidian' || f === 'logseq';

export class ExportService {
  private running = false;
  /** The folder dialog (Electron's, given by the app; a test's stand-in in the browser tests). */
  chooseFolder: (() => Promise<string | null>) | null = null;

  constructor(
    private readonly sources: ExportSources,
    private readonly progress: ExportProgress = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(req: ExportRequest): Promise<ExportSummary> {
    if (this.running) throw new ServiceError('busy', 'An export is already running. Wait for it to finish.');
    this.running = true;
    try {
      return await this.export(req);
    } finally {
      this.running = false;
    }
  }

  private async export(req: ExportRequest): Promise<ExportSummary> {
    const dir = checkFolder(req.folder);
    const started = this.now().toISOString();
    const folder = new ExportFolder(dir, started.replace(/[:.]/g, '-'));
    const manifest = Manifest.read(dir);
    const summary: ExportSummary = {
      folder: dir,
      articles: 0,
      written: 0,
      unchanged: 0,
      removed: 0,
      backedUp: 0,
      skipped: [],
      files: [],
    };
    const entries = this.sources.entries();
    const tagsOf = new Map(entries.map((e) => [e.id, e.shelf.tags]));
    const ids =
      req.scope.kind === 'library'
        ? entries.map((e) => e.id)
        : req.scope.kind === 'article'
          ? [req.scope.articleId]
          : [...new Set(req.scope.articleIds)];
    const present = ids.filter((id) => {
      if (tagsOf.has(id)) return true;
      summary.skipped.push({ what: id, reason: 'it is no longer in the library' });
      return false;
    });

    let lastProgress = 0;
    const report = (done: number, total: number) => {
      const t = Date.now();
      if (done < total && t - lastProgress < PROGRESS_MS) return;
      lastProgress = t;
      this.progress({ done, total });
    };
    report(0, present.length);

    const used = new Set<string>();
    const owners = new Map([...manifest.files].map(([key, e]) => [nameKey(e.file), key]));
    const nameFor = (key: string, format: ExportFormat, title: string, suffixId: string): string | null => {
      const kept = manifest.files.get(key);
      if (kept && kept.format === format && !used.has(nameKey(kept.file))) return kept.file;
      const taken = (name: string) => {
        const k = nameKey(name);
        if (used.has(k)) return true;
        const owner = owners.get(k);
        if (owner) return owner !== key;
        // a file no manifest names: Gloss's own only if it says it was written for this article
        return folder.exists(name) && !(isMarkdown(format) && folder.glossIdOf(name) === suffixId);
      };
      return fileNameFor(title, suffixId, EXTENSION[format], taken);
    };

    const put = (job: FileJob) => {
      used.add(nameKey(job.name));
      const existing = folder.read(job.name);
      let mine = '';
      if (existing !== null) {
        const parts = job.split(existing);
        const entry = manifest.files.get(job.key);
        const previous = entry?.file === job.name ? entry : null;
        // Without the manifest, the date in the file's own properties says when it was written.
        const exported = previous?.exported ?? (parts && exportedDateIn(parts.gloss));
        if (parts && exported && job.render(exported) === parts.gloss) {
          manifest.files.set(job.key, {
            file: job.name,
            format: job.format,
            hash: sha256(parts.gloss),
            exported,
          });
          owners.set(nameKey(job.name), job.key);
          summary.unchanged++;
          return;
        }
        if (!parts || !previous || sha256(parts.gloss) !== previous.hash) folder.backUp(job.name);
        mine = parts?.mine ?? '';
      }
      const gloss = job.render(started);
      folder.write(job.name, gloss + mine);
      manifest.files.set(job.key, {
        file: job.name,
        format: job.format,
        hash: sha256(gloss),
        exported: started,
      });
      owners.set(nameKey(job.name), job.key);
      summary.written++;
      if (summary.files.length < LISTED_FILES) summary.files.push(job.name);
    };

    try {
      const withQuotations = req.format === 'csv' || (isMarkdown(req.format) && req.includeQuotations);
      const items: ExportItem[] = [];
      for (const [i, id] of present.entries()) {
        let item: ExportItem;
        try {
          item = await gatherItem(this.sources, id, tagsOf.get(id) ?? [], withQuotations);
        } catch (err) {
          summary.skipped.push({ what: id, reason: (err as Error).message });
          report(i + 1, present.length);
          continue;
        }
        summary.articles++;
        if (isMarkdown(req.format)) {
          const flavor = req.format;
          const key = `${flavor}:${id}`;
          const name = nameFor(key, flavor, item.meta.title, id);
          if (!name) summary.skipped.push({ what: item.meta.title, reason: TAKEN });
          else
            put({
              key,
              format: flavor,
              name,
              render: (exported) =>
                renderMarkdown(item, flavor, { exported, includeQuotations: req.includeQuotations }),
              split: (file) => splitAtMarker(file, flavor),
            });
        } else items.push(item);
        report(i + 1, present.length);
        // a long export leaves the main process free to answer the window between articles
        if (i % 20 === 19) await yieldToLoop();
      }

      if (!isMarkdown(req.format) && items.length) {
        const format = req.format;
        const { key, title } = bundleName(req, items);
        const name = nameFor(key, format, title, 'gloss');
        if (!name) summary.skipped.push({ what: title, reason: TAKEN });
        else
          put({
            key,
            format,
            name,
            render: () => (format === 'csv' ? renderCsv(items) : renderW3c(items, title)),
            split: whole,
          });
      }

      if (isMarkdown(req.format) && req.scope.kind === 'library')
        this.removeGone(req.format, present, manifest, folder, summary);
    } catch (err) {
      // what was written is in the manifest, so the next export rewrites those same files
      try {
        manifest.save();
      } catch {
        // the folder refuses writes: the error below says so
      }
      throw err instanceof ServiceError ? err : writeError(err as Error);
    }
    try {
      manifest.save();
    } catch (err) {
      throw writeError(err as Error);
    }
    summary.backedUp = folder.backedUp;
    return summary;
  }

  /** The files of articles that left the library; a copy is kept of any the user wrote in. */
  private removeGone(
    format: MarkdownFlavor,
    present: string[],
    manifest: Manifest,
    folder: ExportFolder,
    summary: ExportSummary,
  ): void {
    const here = new Set(present);
    for (const [key, entry] of [...manifest.files]) {
      const [keyFormat, id] = key.split(':') as [string, string];
      if (keyFormat !== format || here.has(id)) continue;
      manifest.files.delete(key);
      const existing = folder.read(entry.file);
      if (existing === null) continue;
      const parts = splitAtMarker(existing, format);
      if (!parts || parts.mine.trim() || sha256(parts.gloss) !== entry.hash) folder.backUp(entry.file);
      folder.remove(entry.file);
      summary.removed++;
    }
  }
}

/** The one file of a JSON-LD or CSV export: named for the article, or for the library or selection. */
function bundleName(req: ExportRequest, items: ExportItem[]): { key: string; title: string } {
  const what = req.format === 'csv' ? 'quotations' : 'annotations';
  if (req.scope.kind === 'article')
    return {
      key: `${req.format}:article:${req.scope.articleId}`,
      title: `${safeStem(items[0]!.meta.title)} - ${what}`,
    };
  if (req.scope.kind === 'library') return { key: `${req.format}:library`, title: `Gloss library - ${what}` };
  return { key: `${req.format}:selection`, title: `Gloss selection - ${what}` };
}

/** The `exported` date in a Markdown file's properties (either flavor). */
function exportedDateIn(gloss: string): string | null {
  return /^exported::? (\d{4}-\d{2}-\d{2})$/m.exec(gloss)?.[1] ?? null;
}

function writeError(err: Error): ServiceError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Gloss may not write in that folder'
        : err.message;
  return new ServiceError('export-write', `The export stopped: ${why}.`);
}
