/**
 * Analysis time of findQuotes on a 20,000-word article made by repeating the sample article, for
 * `npm run bench` (bench/run.ts calls benchQuotes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findQuotes } from '../common/analysis/quotes';

export async function benchQuotes(): Promise<void> {
  const sample = readFileSync(
    path.resolve(import.meta.dirname, '../assets/sample/azerbaijan-china-ties.txt'),
    'utf8',
  );
  const perCopy = sample.split(/\s+/).filter(Boolean).length;
  const copies = Math.ceil(20000 / perCopy);
  const text = Array.from({ length: copies }, () => sample.trim()).join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  const empty = { mentions: [], entities: [] };
  findQuotes(text, empty); // warm-up: JIT and lazy initialisation are not analysis time
  const runs = 5;
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = findQuotes(text, empty).quotes.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  console.log(
    `quotes: ${words} words, ${found} quotations, ${median.toFixed(1)} ms (median of ${runs}), ` +
      `${((median / words) * 10000).toFixed(1)} ms per 10,000 words`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void benchQuotes();
}
