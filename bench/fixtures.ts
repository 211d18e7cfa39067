import { readFileSync } from 'node:fs';
import { SAMPLE_FILE } from '../tests/support/profile';

/** A long article made of the sample's paragraphs, each numbered so that no two are identical. */
export function longArticle(words: number): string {
  const paragraphs = readFileSync(SAMPLE_FILE, 'utf8').trim().split(/\n\n/);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (${i + 1})`;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)) + ' ms';
