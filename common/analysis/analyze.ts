import type { Analysis } from '../model/analysis';
import type { EntityRecognizer } from './entities';
import { findQuotes } from './quotes';

/**
 * Bump when the recognizer, its model or the quotation rules change: cached analyses carry it and
 * are recomputed when it differs.
 */
export const ANALYZER_VERSION = 'gloss-analysis-48';

/** The whole analysis of one article's plain text, the same in the app, the CLI and the tests. */
export function analyzeText(text: string, recognizer: EntityRecognizer): Analysis {
  const entityResult = recognizer.recognize(text);
  const { quotes, terms, reported } = findQuotes(text, entityResult);
  return {
    analyzerVersion: ANALYZER_VERSION,
    entities: entityResult.entities,
    mentions: entityResult.mentions,
    quotes,
    reported,
    terms,
  };
}
