/**
 * The dev bars, scored like ../shared/tools/score_ner.py (documents laid out as sentences joined by
 * newlines and tokens by spaces; a predicted span covers the tokens it overlaps; exact span and type;
 * micro F1 over PER/ORG/LOC/MISC): CoNLL-2003 eng.testa (1996 Reuters) and CoNLL++ 2020 dev
 * (Reuters of December 2020, the same annotation with the 2020 additions: diseases, software).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityRecognizer, NER_MODEL_FILE } from '../../common/analysis/entities';
import { readConllDocuments, type ConllToken } from '../../scripts/conll';

const root = path.resolve(__dirname, '../..');
const devFile = path.resolve(root, '../shared/data/ner/conll2003/eng.testa');
const newsFile = path.resolve(root, '../shared/data/ner/conllpp-2020/dev.conll');
const haveDev = existsSync(devFile) && existsSync(newsFile);
const TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' } as const;

interface DevDoc {
  text: string;
  tokens: { start: number; end: number }[];
  gold: Set<string>;
}

/** A document laid out as score_ner.py writes it, with its gold spans as token ranges. */
function layoutDev(sentences: ConllToken[][]): DevDoc {
  let text = '';
  const tokens: { start: number; end: number }[] = [];
  const gold = new Set<string>();
  sentences.forEach((s, si) => {
    if (si) text += '\n';
    let open = -1;
    let openType = '';
    const close = (at: number): void => {
      if (open >= 0) gold.add(`${open}:${at}:${openType}`);
      open = -1;
      openType = '';
    };
    s.forEach(([tok, tag], ti) => {
      if (ti) text += ' ';
      const type = tag === 'O' ? '' : tag.slice(2);
      if (tag === 'O' || tag.startsWith('B-') || type !== openType) {
        close(tokens.length);
        if (tag !== 'O') {
          open = tokens.length;
          openType = type;
        }
      }
      tokens.push({ start: text.length, end: text.length + tok.length });
      text += tok;
    });
    close(tokens.length);
  });
  return { text, tokens, gold };
}

/** Micro F1 of the committed model on a CoNLL file, with the per-type figures logged. */
function scoreFile(file: string): number {
  const recognizer = createEntityRecognizer(
    new Uint8Array(readFileSync(path.join(root, 'assets/models', NER_MODEL_FILE))),
  );
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const bump = (o: Record<string, number>, k: string): void => {
    o[k] = (o[k] ?? 0) + 1;
  };
  for (const doc of readConllDocuments(file).map(layoutDev)) {
    const pred = new Set<string>();
    for (const m of recognizer.recognize(doc.text).mentions) {
      let a = -1;
      let b = -1;
      doc.tokens.forEach((t, i) => {
        if (t.start < m.end && t.end > m.start) {
          if (a < 0) a = i;
          b = i;
        }
      });
      if (a >= 0) pred.add(`${a}:${b + 1}:${TYPE[m.type]}`);
    }
    for (const p of pred) bump(doc.gold.has(p) ? tp : fp, p.split(':')[2]!);
    for (const g of doc.gold) if (!pred.has(g)) bump(fn, g.split(':')[2]!);
  }
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((x, y) => x + y, 0);
  const f1 = (t: number, p: number, n: number): number => (200 * t) / (2 * t + p + n);
  const report = ['PER', 'ORG', 'LOC', 'MISC']
    .map((t) => `${t} ${f1(tp[t] ?? 0, fp[t] ?? 0, fn[t] ?? 0).toFixed(1)}`)
    .join(', ');
  const micro = f1(sum(tp), sum(fp), sum(fn));
  console.log(
    `${path.basename(path.dirname(file))}/${path.basename(file)}: ${report}; micro F1 ${micro.toFixed(2)}`,
  );
  return micro;
}

describe('entity recognizer on the dev sets', () => {
  if (!haveDev) {
    it.skip(`skipped: ${devFile} or ${newsFile} is not here (the dev bars need ../shared/data/ner)`, () => {});
    return;
  }

  it('keeps micro F1 >= 93.2 on CoNLL-2003 eng.testa (the figure before the 2020 work)', () => {
    expect(scoreFile(devFile)).toBeGreaterThanOrEqual(93.2);
  });

  it("meets micro F1 >= 87 on CoNLL++ 2020 dev (the issue bar for today's news)", () => {
    expect(scoreFile(newsFile)).toBeGreaterThanOrEqual(87);
  });
});
