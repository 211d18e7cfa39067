import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkSize } from './decode';
import { checkName } from './detect-format';
import { ImportError, SUPPORTED_FORMATS_SENTENCE } from './errors';

/**
 * Reads a file the user chose, after checking what the path points at, its size and what its
 * name says it is: a 2 GB video dropped by mistake costs a stat, never a read.
 */
export async function readImportFile(file: string): Promise<Uint8Array> {
  const name = path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(
      'unreadable',
      code === 'ENOENT'
        ? `“${name}” could not be found; it may have been moved or deleted.`
        : `“${name}” could not be opened (${code ?? (err as Error).message}).`,
    );
  }
  if (!info.isFile())
    // The renderer imports a dropped folder as File > Import Folder… does, by this code.
    throw new ImportError('folder', `“${name}” is a folder. ${SUPPORTED_FORMATS_SENTENCE}`);
  checkSize(name, info.size);
  checkName(name);
  return readFile(file);
}
