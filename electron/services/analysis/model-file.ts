import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../../common/analysis/analyze';
import type { Analysis } from '../../../common/model/analysis';
import {
  createEntityRecognizer,
  NER_MODEL_FILE,
  type EntityRecognizer,
} from '../../../common/analysis/entities';

/**
 * Where the trained model sits: beside the app's resources when packaged (electron-builder copies
 * assets/models there), in the source tree's assets/ otherwise.
 */
export function defaultModelDir(): string {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'models'));
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    candidates.push(path.join(dir, 'assets', 'models'));
    dir = path.dirname(dir);
  }
  return (
    candidates.find((c) => existsSync(path.join(c, NER_MODEL_FILE))) ?? candidates[candidates.length - 1]!
  );
}

export function loadEntityRecognizer(modelDir: string = defaultModelDir()): EntityRecognizer {
  const file = path.join(modelDir, NER_MODEL_FILE);
  return createEntityRecognizer(new Uint8Array(readFileSync(file)));
}

/** The whole analysis of a text, the model loaded on first use and kept (once per thread). */
export function createAnalyzer(modelDir?: string): (text: string) => Analysis {
  let recognizer: EntityRecognizer | null = null;
  return (text) => analyzeText(text, (recognizer ??= loadEntityRecognizer(modelDir)));
}
