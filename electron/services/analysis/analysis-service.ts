import path from 'node:path';
import { z } from 'zod';
import { ANALYZER_VERSION } from '../../../common/analysis/analyze';
import type { Analysis } from '../../../common/model/analysis';
import type { Article } from '../../../common/model/article';
import { isPlainObject, quarantineFile, readJson, writeJsonAtomic } from '../storage/json-file';
import type { AnalysisRunner } from './runner';

/**
 * The cache checks its envelope only: what the analysis holds is vouched for by the analyzer
 * version, which changes whenever its output does. A cache of another version or text is stale and
 * simply redone; one that fails the check is damaged and set aside first, as every damaged file is.
 */
const cachedSchema = z.object({
  contentHash: z.string(),
  analyzerVersion: z.string(),
  analysis: z.custom<Analysis>(isPlainObject),
});
type CachedAnalysis = z.infer<typeof cachedSchema>;

/**
 * Analysis results per article and content version, cached in articles/<id>/analysis.json (safe to
 * delete: it is recomputed). Opening an analyzed article reads the cache and runs nothing.
 */
export class AnalysisService {
  private readonly inFlight = new Map<string, Promise<Analysis>>();
  runs = 0;
  cacheWriteFailures = 0;

  constructor(
    private readonly runner: AnalysisRunner,
    private readonly articleDir: (id: string) => string,
    private readonly userDataDir: string,
  ) {}

  async get(article: Article): Promise<Analysis> {
    const file = path.join(this.articleDir(article.id), 'analysis.json');
    const cached = readJson(file, cachedSchema);
    if (
      cached.kind === 'ok' &&
      cached.value.contentHash === article.contentHash &&
      cached.value.analyzerVersion === ANALYZER_VERSION
    ) {
      return cached.value.analysis;
    }
    if (cached.kind === 'damaged') this.setAside(file);
    const key = `${article.id}:${article.contentHash}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      this.runs++;
      pending = this.runner
        .analyze(article.text)
        .then((analysis) => {
          try {
            writeJsonAtomic(file, {
              contentHash: article.contentHash,
              analyzerVersion: ANALYZER_VERSION,
              analysis,
            } satisfies CachedAnalysis);
          } catch {
            // the cache is derived: on a read-only or full disk the article is still analyzed and
            // shown, and the analysis is simply redone next time
            this.cacheWriteFailures++;
          }
          return analysis;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /**
   * Kept in quarantine like the library index (so the bytes are there to look at, never silently
   * overwritten) but without a notice: nothing the user made is affected, and the article shows
   * "Analyzing…" and then the same marks as before.
   */
  private setAside(file: string): void {
    try {
      quarantineFile(this.userDataDir, file);
    } catch {
      // a read-only profile: the damaged cache stays where it is and the analysis is still shown
      this.cacheWriteFailures++;
    }
  }
}
