/**
 * Entity recognizer throughput on one core (this thread), next to compromise on the same text.
 * Text: CoNLL-2003 dev when ../shared is there (real news, one document per article), else the
 * sample article repeated past 20,000 words. Tokens are counted with our tokenizer for both.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createEntityRecognizer, NER_MODEL_FILE } from '../common/analysis/entities';
import { tokenize } from '../common/analysis/tokenize';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function benchTexts(): { label: string; docs: string[] } {
  const dev = path.resolve(root, '../shared/data/ner/conll2003/eng.testa');
  if (existsSync(dev)) {
    const docs: string[] = [];
    for (const block of readFileSync(dev, 'utf8').split(/^-DOCSTART-.*$/mu)) {
      const sentences = block
        .trim()
        .split(/\n\s*\n/u)
        .map((s) =>
          s
            .split('\n')
            .map((l) => l.split(' ')[0])
            .join(' '),
        )
        .filter((s) => s.trim());
      if (sentences.length) docs.push(sentences.join('\n'));
    }
    return { label: 'CoNLL-2003 dev (eng.testa)', docs };
  }
  const sample = readFileSync(path.join(root, 'assets/sample/azerbaijan-china-ties.txt'), 'utf8');
  const words = sample.split(/\s+/u).length;
  return {
    label: `sample article x${Math.ceil(20_000 / words)}`,
    docs: [Array.from({ length: Math.ceil(20_000 / words) }, () => sample).join('\n\n')],
  };
}

/**
 * Seconds per run, by the wall clock and by this process's CPU time. On a loaded machine the wall
 * clock also counts time the core spent on other processes; CPU time does not, but it counts the
 * garbage collector's helper threads too, so on an idle machine it reads lower than the wall clock.
 */
function time(run: () => void, minMs = 1500): { wall: number; cpu: number } {
  run(); // warm-up: JIT and caches, as in a long-running worker
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    run();
    n++;
    t = performance.now();
  }
  const c = process.cpuUsage(c0);
  return { wall: (t - t0) / n / 1000, cpu: (c.user + c.system) / n / 1e6 };
}

export async function benchNer(): Promise<void> {
  const model = new Uint8Array(readFileSync(path.join(root, 'assets/models', NER_MODEL_FILE)));
  const t0 = performance.now();
  const recognizer = createEntityRecognizer(model);
  const loadMs = performance.now() - t0;
  const { label, docs } = benchTexts();
  const tokens = docs.reduce((a, d) => a + tokenize(d).length, 0);
  let mentions = 0;
  const ours = time(() => {
    mentions = 0;
    for (const d of docs) mentions += recognizer.recognize(d).mentions.length;
  });
  let found = 0;
  const theirs = time(() => {
    found = 0;
    for (const d of docs) {
      const doc = nlp(d);
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
  });
  const rate = (x: { wall: number; cpu: number }): string =>
    `${Math.round(tokens / x.wall).toLocaleString('en')} tokens/s wall, ${Math.round(tokens / x.cpu).toLocaleString('en')} per CPU-second`;
  console.log(`NER on ${label}: ${tokens} tokens, ${docs.length} document(s), one core`);
  console.log(`  model: ${(model.length / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`);
  console.log(`  gloss:      ${rate(ours)} (${mentions} mentions)`);
  console.log(`  compromise: ${rate(theirs)} (${found} people/places/organizations)`);
  console.log(`  ratio (CPU time): gloss is ${(theirs.cpu / ours.cpu).toFixed(1)}x compromise`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void benchNer();
