// PLACEHOLDER until the recognizer lands (issue 3): finds nothing.
import type { Entity, EntityMention } from '../../model/analysis';

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
}

export interface EntityRecognizer {
  recognize(text: string): EntityResult;
}

export const NER_MODEL_FILE = 'ner-model.bin';

export function createEntityRecognizer(_model: Uint8Array): EntityRecognizer {
  return { recognize: () => ({ mentions: [], entities: [] }) };
}
