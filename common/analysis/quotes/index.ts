// PLACEHOLDER until quotation finding lands (issue 4): finds nothing.
import type { Quote, Term } from '../../model/analysis';
import type { EntityResult } from '../entities';

export function findQuotes(_text: string, _entities: EntityResult): { quotes: Quote[]; terms: Term[] } {
  return { quotes: [], terms: [] };
}
