import { opendir } from 'node:fs/promises';
import path from 'node:path';
import { extensionOf } from './detect-format';

/** What a folder import reads: the extensions Gloss opens. Everything else in the folder is passed over. */
export const FOLDER_EXTENSIONS: ReadonlySet<string> = new Set([
  'txt',
  'text',
  'md',
  'markdown',
  'mdown',
  'mkd',
  'html',
  'htm',
  'xhtml',
  'epub',
]);

/** More than this in one folder is a mistake (a home folder, a disk) rather than a collection. */
export const MAX_FOLDER_FILES = 10_000;
const MAX_DEPTH = 32;

export interface FolderListing {
  /** The files to import, in a stable order (by path, folder by folder). */
  files: string[];
  /** Files passed over because Gloss does not read their kind (images, PDFs, the page's scripts). */
  ignored: number;
  /** Set when there were more than MAX_FOLDER_FILES to import: the rest were not listed. */
  truncated: boolean;
}

/**
 * "Page_files" beside "Page.html" is where a browser saves the page's images, scripts and frames:
 * its HTML files are ads and widgets, not articles (the page's own import reads its images there).
 */
function savedPageResources(dirName: string, siblings: ReadonlySet<string>): boolean {
  const m = /^(.+)_files$/i.exec(dirName);
  if (!m) return false;
  const stem = m[1]!.toLowerCase();
  return siblings.has(`${stem}.html`) || siblings.has(`${stem}.htm`) || siblings.has(`${stem}.xhtml`);
}

/**
 * Every importable file below `root`. Hidden files and folders (".git", ".DS_Store") are not
 * looked at, nor are links (a link to a parent folder would never end); a subfolder that cannot be
 * read is passed over rather than ending the import.
 */
export async function listFolder(root: string): Promise<FolderListing> {
  const files: string[] = [];
  let ignored = 0;
  let truncated = false;
  const walk = async (dir: string, depth: number): Promise<void> => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      if (depth === 0) throw err;
      return;
    }
    const entries: { name: string; isDir: boolean; isFile: boolean }[] = [];
    for await (const e of handle) entries.push({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile() });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    for (const e of entries) {
      if (e.name.startsWith('.') || truncated) continue;
      const full = path.join(dir, e.name);
      if (e.isDir && savedPageResources(e.name, names)) continue;
      if (e.isDir) {
        if (depth < MAX_DEPTH) await walk(full, depth + 1);
      } else if (e.isFile) {
        if (!FOLDER_EXTENSIONS.has(extensionOf(e.name))) ignored++;
        else if (files.length >= MAX_FOLDER_FILES) truncated = true;
        else files.push(full);
      }
    }
  };
  await walk(root, 0);
  return { files, ignored, truncated };
}
