/**
 * `.gloss-export.json` in an export folder: which file Gloss wrote for what (an article in a format,
 * or a collection), and a hash of what it wrote. It is what makes a re-export rewrite the same files
 * (the same name even after the title changed), tell the user's own files from Gloss's, and notice
 * a Gloss file the user edited. If it is lost or damaged, Markdown files are still recognized by the
 * `gloss-id` Gloss writes in each one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync } from 'atomically';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../../../common/export/item';

export const MANIFEST = '.gloss-export.json';

const entrySchema = z.object({
  file: z.string().min(1).max(300),
  format: z.enum(EXPORT_FORMATS),
  /** sha256 of Gloss's part of the file as written. */
  hash: z.string(),
  /** When that content was first written (the file's `exported` date). */
  exported: z.string(),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

const manifestSchema = z.object({ version: z.literal(1), files: z.record(z.string(), entrySchema) });

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A file name the manifest may name: one plain name in the folder, nothing that walks out of it. */
const isPlainName = (name: string) =>
  name === path.basename(name) &&
  name !== '.' &&
  name !== '..' &&
  !name.includes('\\') &&
  !name.includes('/');

export class Manifest {
  private constructor(
    private readonly file: string,
    readonly files: Map<string, ManifestEntry>,
  ) {}

  static read(folder: string): Manifest {
    const file = path.join(folder, MANIFEST);
    let files = new Map<string, ManifestEntry>();
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success)
        files = new Map(Object.entries(parsed.data.files).filter(([, e]) => isPlainName(e.file)));
    } catch {
      // missing or unreadable: the files are recognized by their gloss-id instead
    }
    return new Manifest(file, files);
  }

  save(): void {
    const files = Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(this.file, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
  }
}
