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
    it('meets the bars: detection F1 ≥ 90, speaker mention accuracy ≥ 90, end-to-end F1 ≥ 85', () => {
      const s = scores();
      expect(s.detection).toBeGreaterThanOrEqual(90);
      expect(s.speaker).toBeGreaterThanOrEqual(90);
      expect(s.e2e).toBeGreaterThanOrEqual(85);
    });
  },
);
