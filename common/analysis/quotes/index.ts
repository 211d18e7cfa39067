import type { Quote, ReportedSpeech, Term } from '../../model/analysis';
import type { EntityResult } from '../entities';
import model from './model.json' with { type: 'json' };
import { findQuotesWith, type QuoteModel } from './pipeline';

/**
 * Direct quotations with their cue, speaker mention and speaker entity; quoted stretches that are
 * not speech (scare quotes, titles, terms) come back as terms; reported speech ("X noted that …")
 * comes back apart.
 */
export function findQuotes(
  text: string,
  entities: EntityResult,
): { quotes: Quote[]; terms: Term[]; reported: ReportedSpeech[] } {
  return findQuotesWith(text, entities, model as QuoteModel);
}
