import { readFileSync } from 'node:fs';

/** One CoNLL token: its text and its entity tag (the last column). */
export type ConllToken = [token: string, tag: string];

/**
 * Reads a CoNLL-2003 file into documents (split at -DOCSTART-) of sentences (split at blank
 * lines) of tokens: the shape score_ner.py lays out, shared by training and the dev-bar test.
 */
export function readConllDocuments(file: string): ConllToken[][][] {
  const docs: ConllToken[][][] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (sentences.length) docs.push(sentences);
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) endDoc();
    else if (!line.trim()) endSentence();
    else {
      const parts = line.trim().split(/\s+/u);
      sentence.push([parts[0]!, parts[parts.length - 1]!]);
    }
  }
  endDoc();
  return docs;
}
