/**
 * Named-entity recognition for one article: an averaged-perceptron BILOU tagger in two passes (the
 * second sees what the first found elsewhere in the document), trained by `npm run train:ner`, then
 * mention merging into entities. Pure and synchronous so it runs the same in a worker, the CLI and tests.
 */
import type { Entity, EntityMention } from '../../model/analysis';
import { mergeMentions, type RawMention } from './merge';
import { decodeModel } from './model';
import { TYPES } from './tags';
import { Tagger } from './tagger';

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
}

export interface EntityRecognizer {
  recognize(text: string): EntityResult;
}

export const NER_MODEL_FILE = 'ner-model.bin';

export function createEntityRecognizer(model: Uint8Array): EntityRecognizer {
  const tagger = new Tagger(decodeModel(model));
  return {
    recognize(text: string): EntityResult {
      const tagged = tagger.tag(text);
      const raw: RawMention[] = tagged.spans.map((s) => {
        const start = tagged.tokens[s.first]!.start;
        const end = tagged.tokens[s.last - 1]!.end;
        return { start, end, type: TYPES[s.type]!, text: text.slice(start, end) };
      });
      return mergeMentions(text, raw);
    },
  };
}
