/**
 * Analysis time of findQuotes (quotations and reported speech, given the recognizer's entities) on a
 * 20,000-word article made by repeating the sample article, and of the whole analysis (recognizer
 * included), for `npm run bench` (bench/run.ts calls benchQuotes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../common/analysis/analyze';
import { findQuotes } from '../common/analysis/quotes';
import { loadEntityRecognizer } from '../electron/services/analysis/model-file';

export async function benchQuotes(): Promise<void> {
  const sample = readFileSync(
    path.resolve(import.meta.dirname, '../assets/sample/azerbaijan-china-ties.txt'),
    'utf8',
  );
  const perCopy = sample.split(/\s+/).filter(Boolean).length;
  const copies = Math.ceil(20000 / perCopy);
  const text = Array.from({ length: copies }, () => sample.trim()).join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  const recognizer = loadEntityRecognizer();
  const entities = recognizer.recognize(text);
  findQuotes(text, entities); // warm-up: JIT and lazy initialisation are not analysis time
  const runs = 5;
  const median = (f: () => void): number => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  let found = { quotes: 0, reported: 0 };
  const quotesMs = median(() => {
    const r = findQuotes(text, entities);
    found = { quotes: r.quotes.length, reported: r.reported.length };
  });
  const wholeMs = median(() => analyzeText(text, recognizer));
  const per10k = (ms: number) => ((ms / words) * 10000).toFixed(1);
  console.log(
    `quotes: ${words} words, ${found.quotes} quotations and ${found.reported} reported speech, ` +
      `${quotesMs.toFixed(1)} ms (median of ${runs}), ${per10k(quotesMs)} ms per 10,000 words; ` +
      `whole analysis with entities ${wholeMs.toFixed(1)} ms (${per10k(wholeMs)} ms per 10,000 words)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void benchQuotes();
}
