import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize, tokenizeSentences } from '../../common/analysis/tokenize';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives UTF-16 offsets into the exact text', () => {
    const text = '“Azerbaijan’s ties,” said 😀 Hajiyev — in Baku.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits possessives and negations the Penn way, keeps inner punctuation of names', () => {
    expect(texts("Azerbaijan's foreign policy")).toEqual(['Azerbaijan', "'s", 'foreign', 'policy']);
    expect(texts('China’s role')).toEqual(['China', '’s', 'role']);
    expect(texts("don't")).toEqual(['do', "n't"]);
    expect(texts("O'Neill's pro-Western AT&T")).toEqual(["O'Neill", "'s", 'pro-Western', 'AT&T']);
    expect(texts('News.Az reports on COP29')).toEqual(['News.Az', 'reports', 'on', 'COP29']);
  });

  it('keeps the period of initialisms, abbreviations and initials only', () => {
    expect(texts('the U.S. and Mr. Smith, J. Doe of Acme Inc. left.')).toEqual([
      'the',
      'U.S.',
      'and',
      'Mr.',
      'Smith',
      ',',
      'J.',
      'Doe',
      'of',
      'Acme',
      'Inc.',
      'left',
      '.',
    ]);
    expect(texts('Sens. Ann Lee and Reps. Bo Kim')).toEqual([
      'Sens.',
      'Ann',
      'Lee',
      'and',
      'Reps.',
      'Bo',
      'Kim',
    ]);
    expect(texts('sales reps. Ann')).toEqual(['sales', 'reps', '.', 'Ann']);
  });

  it('keeps numbers, dates and scores whole and punctuation apart', () => {
    expect(texts('$1,000.50 (3.5%) on 1996-08-22, 2-1 win...')).toEqual([
      '$',
      '1,000.50',
      '(',
      '3.5',
      '%',
      ')',
      'on',
      '1996-08-22',
      ',',
      '2-1',
      'win',
      '...',
    ]);
    expect(texts('“Middle Corridor,” — a')).toEqual(['“', 'Middle', 'Corridor', ',', '”', '—', 'a']);
  });

  it('reads CoNLL-style pre-tokenised text back into the same tokens', () => {
    const line =
      "Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday .";
    expect(texts(line)).toEqual(line.split(' '));
  });
});

describe('splitSentences', () => {
  const sentences = (s: string): string[] =>
    tokenizeSentences(s).sentences.map((x) => s.slice(x.start, x.end));

  it('ends sentences at final punctuation before a capital, and always at a line break', () => {
    expect(sentences('He left. She stayed! Why? Nobody knows.\nHEADLINE HERE\nnext line')).toEqual([
      'He left.',
      'She stayed!',
      'Why?',
      'Nobody knows.',
      'HEADLINE HERE',
      'next line',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split after abbreviations', () => {
    expect(sentences('“We agree.” Hajiyev said the U.S. President called Mr. Xi. Then he left.')).toEqual([
      '“We agree.”',
      'Hajiyev said the U.S. President called Mr. Xi.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after an initial or an abbreviation before a word that only opens sentences', () => {
    expect(sentences('It spread during World War I. The company grew in the U.S. They left.')).toEqual([
      'It spread during World War I.',
      'The company grew in the U.S.',
      'They left.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('The rate was 3.5 p.m. yesterday. e.g. this one')).toHaveLength(1);
  });

  it('indexes tokens', () => {
    const text = 'Aa bb. Cc dd.';
    const tokens = tokenize(text);
    const s = splitSentences(text, tokens);
    expect(s.map((x) => [x.first, x.last])).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });
});
