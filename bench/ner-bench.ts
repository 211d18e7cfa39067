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

interface Timing {
  /** The first run, in a fresh process: compiling and filling caches. */
  cold: number;
  /** Median seconds per run once warm, by the wall clock and by this process's CPU time. */
  wall: number;
  cpu: number;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Seconds per run, cold and then warm as in the analysis worker, which tags article after article.
 * The JIT's optimizing tier takes a few runs of a whole pass to settle (the second pass over
 * CoNLL dev still took twice the fifth), so three runs are discarded before timing seven. On a
 * loaded machine the wall clock also counts time the core spent on other processes; CPU time does
 * not, but it counts the compiler's and the collector's helper threads, so on an idle machine it
 * reads higher than the wall clock.
 */
function time(run: () => void): Timing {
  const c = performance.now();
  run();
  const cold = (performance.now() - c) / 1000;
  for (let i = 0; i < 3; i++) run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    walls.push((performance.now() - t0) / 1000);
    const used = process.cpuUsage(c0);
    cpus.push((used.user + used.system) / 1e6);
  }
  return { cold, wall: median(walls), cpu: median(cpus) };
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
  const per = (s: number): string => Math.round(tokens / s).toLocaleString('en');
  const rate = (x: Timing): string =>
    `${per(x.wall)} tokens/s wall, ${per(x.cpu)} per CPU-second once warm; first run ${per(x.cold)} tokens/s`;
  console.log(`NER on ${label}: ${tokens} tokens, ${docs.length} document(s), one core`);
  console.log(`  model: ${(model.length / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`);
  console.log(`  gloss:      ${rate(ours)} (${mentions} mentions)`);
  console.log(`  compromise: ${rate(theirs)} (${found} people/places/organizations)`);
  console.log(`  ratio (CPU time): gloss is ${(theirs.cpu / ours.cpu).toFixed(1)}x compromise`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void benchNer();
