import path from 'node:path';
import type { EventSink, FolderImportSummary, ImportOutcome } from '../../common/ipc/contract';
import type { ArticleMeta } from '../../common/model/article';
import { ServiceError } from './errors';
import { collectImages, imageAssets, imagesWarning, NO_IMAGES, type ImageSource } from './images/image-store';
import { besideFileSource } from './images/sources';
import { summarize } from '../../common/ipc/import-summary';
import { listFolder, MAX_FOLDER_FILES } from './import/folder';
import { readImportFile } from './import/from-path';
import type { Importer } from './import/runner';
import type { Library } from './library';
import { articleAt, trustedCanonical } from './url-import/known-pages';

/** The one outcome of a file or page that failed: the service's own message, else `what` and why. */
export function failedImport(
  which: { path: string; fileName: string },
  err: unknown,
  what: string,
): ImportOutcome {
  if (err instanceof ServiceError) return { ...which, ok: false, code: err.code, message: err.message };
  return { ...which, ok: false, code: 'internal', message: `${what}: ${(err as Error).message}` };
}

/**
 * Files into the library, one outcome each, whichever way they came (the Open button, a drop,
 * the File menu): the messages are written here once, so every way in says the same.
 */
export class ImportService {
  constructor(
    private readonly importer: Importer,
    private readonly library: Library,
    private readonly emit: EventSink,
  ) {}

  /**
   * Reads bytes into an article; an article with the same text is found, not added twice. Its
   * images are read from `images` and stored with it; those it cannot give are left out and counted.
   */
  async addBytes(
    fileName: string,
    bytes: Uint8Array,
    title?: string,
    images: ImageSource = NO_IMAGES,
  ): Promise<{ article: ArticleMeta; existed: boolean; updated: boolean; warnings: string[] }> {
    const doc = await this.importer.import({ fileName, bytes, ...(title ? { title } : {}) });
    // The same page saved twice (or saved and fetched) has one address, whatever its text became.
    const url = trustedCanonical(doc.canonicalUrl);
    const known = url ? articleAt(this.library, url) : null;
    if (known) return { article: known, existed: true, updated: false, warnings: [] };
    const collected = await collectImages(doc, images);
    const added = this.library.add(
      { ...doc, url },
      path.basename(fileName),
      new Date(),
      imageAssets(collected),
    );
    const lost = imagesWarning(collected.failed, 'they are on the web or missing beside the file');
    return { ...added, warnings: lost ? [...doc.warnings, lost] : doc.warnings };
  }

  async importFiles(paths: readonly string[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const file of paths) {
      outcomes.push(await this.importOne(file));
      const progress = { fileName: path.basename(file), done: outcomes.length, total: paths.length };
      this.emit('import.progress', progress);
    }
    return outcomes;
  }

  /**
   * Imports every file Gloss reads below `folder`, walked here so that thousands of files are one
   * request; `import.progress` tells the renderer as each is done. Refused files are counted with
   * their reason and change nothing in the library.
   */
  async importFolder(folder: string): Promise<FolderImportSummary> {
    if (path.parse(folder).root === folder)
      throw new ServiceError('unsupported', 'Choose a folder of articles, not a whole disk.');
    let listing;
    try {
      listing = await listFolder(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ServiceError(
        'unreadable',
        code === 'ENOENT'
          ? `The folder “${path.basename(folder)}” could not be found.`
          : code === 'ENOTDIR'
            ? `“${path.basename(folder)}” is a file, not a folder.`
            : `The folder “${path.basename(folder)}” could not be opened (${code ?? (err as Error).message}).`,
      );
    }
    const outcomes = await this.importFiles(listing.files);
    return {
      folder,
      ...summarize(outcomes),
      ignored: listing.ignored,
      truncated: listing.truncated
        ? `The folder holds more than ${MAX_FOLDER_FILES.toLocaleString('en')} files Gloss reads; the first ${MAX_FOLDER_FILES.toLocaleString('en')} were imported. Import its subfolders one by one for the rest.`
        : null,
    };
  }

  private async importOne(file: string): Promise<ImportOutcome> {
    const which = { path: file, fileName: path.basename(file) };
    try {
      const { article, existed, updated, warnings } = await this.addBytes(
        which.fileName,
        await readImportFile(file),
        undefined,
        besideFileSource(file),
      );
      // A duplicate says only that: its warnings were told when it first came in.
      return existed
        ? {
            ...which,
            ok: true,
            article,
            existed,
            message: `“${article.title}” is already in your library; it was opened instead.`,
            warnings: [],
          }
        : updated
          ? {
              ...which,
              ok: true,
              article,
              existed,
              updated: true,
              message: `Updated “${article.title}” to the new version of its text; its highlights and notes were kept (any whose words are gone are listed as not found).`,
              warnings,
            }
          : { ...which, ok: true, article, existed, message: `Imported “${article.title}”.`, warnings };
    } catch (err) {
      return failedImport(which, err, `“${which.fileName}” could not be imported`);
    }
  }
}
