import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The latest change time of an article's annotation files (0 when it has none): what tells a
 * derived cache that highlights, notes or corrections changed while it was not looking.
 */
export function annotationStamp(articleDir: string): number {
  let stamp = 0;
  for (const name of ['annotations.json', 'journal.jsonl']) {
    try {
      stamp = Math.max(stamp, statSync(path.join(articleDir, name)).mtimeMs);
    } catch {
      // not there: nothing written yet
    }
  }
  return stamp;
}
