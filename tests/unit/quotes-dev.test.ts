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
        `PolNeAR dev: detection F1 ${s.detection.toFixed(1)}, speaker ${s.speaker.toFixed(1)}, end-to-end F1 ${s.e2e.toFixed(1)}; ` +
          `sure ${s.sureCoverage.toFixed(1)}% of attributions, right ${s.sureRight.toFixed(1)}%`,
      );
      return s;
    };
    // With the corrected gold (711 quotations, '' marks counted) the measured figures are detection
    // 93.2, speaker 93.8, end-to-end 86.6 (the ranker's other shuffle seeds 21 and 31 give 86.2 and 86.3;
    // PolNeAR train 5-fold: 91.3 / 93.7 / 85.0). Issue 10's bars: detection 92, speaker 93,
    // end-to-end 86.
    it('holds detection F1 ≥ 92, speaker ≥ 93, end-to-end ≥ 86; sure attributions ≥ 97% right on ≥ 70%', () => {
      const s = scores();
      expect(s.detection).toBeGreaterThanOrEqual(92);
      expect(s.speaker).toBeGreaterThanOrEqual(93);
      expect(s.e2e).toBeGreaterThanOrEqual(86);
      expect(s.sureRight).toBeGreaterThanOrEqual(97);
      expect(s.sureCoverage).toBeGreaterThanOrEqual(70);
    });
  },
);
