/**
 * `npx tsx scripts/parts-gold.ts GOLD_DIR OUT_DIR`: a copy of a PolNeAR-style gold folder in which
 * each quotation is cut at its own marks, one gold quotation per quoted stretch with the same
 * speaker. It stands in for corpora that annotate each stretch apart (scored with
 * `score_quotes.py OUT_DIR --parts -- …`). The cut is deliberately simpler than the finder's mark
 * pairing, so the finder is not measured against itself: marks alternate open and close, and a
 * mark opening a new paragraph while a stretch is open ends that stretch at the paragraph before.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [src, dst] = process.argv.slice(2);
if (!src || !dst) {
  console.error('usage: parts-gold.ts GOLD_DIR OUT_DIR');
  process.exit(2);
}

interface Gold {
  quotes: { start: number; end: number }[];
}

/** The double quotation marks in [s, e): offset, length, and whether the glyph says it opens. */
function marks(t: string, s: number, e: number): { at: number; len: number; opens: boolean }[] {
  const out: { at: number; len: number; opens: boolean }[] = [];
  for (let i = s; i < e; i++) {
    if (t.startsWith("''", i) || t.startsWith('``', i)) {
      out.push({ at: i, len: 2, opens: false });
      i++;
    } else if (t[i] === '"' || t[i] === '\u201d') out.push({ at: i, len: 1, opens: false });
    else if (t[i] === '\u201c') out.push({ at: i, len: 1, opens: true });
  }
  return out;
}

function stretches(t: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let open: number | null = null;
  for (const m of marks(t, start, end)) {
    if (open === null) {
      open = m.at;
      continue;
    }
    const reopens = m.opens || (t[m.at - 1] === '\n' && t.slice(open, m.at).includes('\n'));
    if (reopens) {
      parts.push([open, open + t.slice(open, m.at).trimEnd().length]);
      open = m.at;
      continue;
    }
    parts.push([open, m.at + m.len]);
    open = null;
  }
  if (open !== null) parts.push([open, end]);
  return parts;
}

mkdirSync(dst, { recursive: true });
let cut = 0;
for (const f of readdirSync(src).filter((x) => x.endsWith('.json'))) {
  const text = readFileSync(path.join(src, f.replace(/\.json$/, '.txt')), 'utf8');
  const gold = JSON.parse(readFileSync(path.join(src, f), 'utf8')) as Gold;
  gold.quotes = gold.quotes.flatMap((q) => {
    const parts = stretches(text, q.start, q.end);
    if (parts.length <= 1) return [q];
    cut++;
    return parts.map(([s, e]) => ({ ...q, start: s, end: e }));
  });
  writeFileSync(path.join(dst, f), JSON.stringify(gold));
  copyFileSync(path.join(src, f.replace(/\.json$/, '.txt')), path.join(dst, f.replace(/\.json$/, '.txt')));
}
console.log(`${cut} quotations cut into parts; written to ${dst}`);
