/**
 * Reported (indirect) speech: "Hajiyev noted that China has experience in green energy." The
 * content clause of a reporting verb, with its cue and source, for the reader's quieter layer.
 * Rules, not a learned model: the three shapes below cover most reported speech in news and are
 * measured against PolNeAR's indirect attributions by scripts/eval-reported.ts.
 *   forward:   SOURCE CUE [OBJECT] [that] CONTENT.
 *   post-posed: CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
 *   according: According to SOURCE, CONTENT.
 * Content holding a quotation mark is left to the quotation finder (PolNeAR counts it as direct).
 */
import { DETERMINERS, REPORTING_VERBS, TELL_VERBS } from './lexicon';
import { isDoubleMark } from './text';
import { sentenceSubject, verbSubject, type Chunk } from './chunks';
import { type Ctx } from './context';

/** Words that open a phrase, not a clause: "promised to …", "said at a briefing …". */
const NOT_CLAUSE = new Set(
  'to at about of in on for with by from during after before over as than like into when while if'.split(' '),
);

export interface Reported {
  /** Content span, without the sentence's final punctuation. */
  start: number;
  end: number;
  cue: { start: number; end: number };
  /** Source chunk, or null when the sentence names none. */
  source: Chunk | null;
}

const SUBJECT_PRONOUNS = new Set('he she they it i we you there'.split(' '));

const MIN_WORDS = 4;

const NUMBER_WORDS =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|hundreds?|thousands?|dozens?|many|several|few|some|all|both|most|other|these|those)$/;

/**
 * A reporting verb read as a verb: an "-ing" form only after a comma (", saying that …"), else it is
 * mostly a noun; a plural form after a determiner, a number or a possessive is a noun too
 * ("Twenty-seven states led by …", "his remarks"). Nothing in page furniture reports speech.
 */
function isReporting(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || !t.word || ctx.inPair[i]! >= 0 || t.cap || !REPORTING_VERBS.has(t.lower)) return false;
  if (ctx.furniture.has(t.para)) return false;
  const prev = ctx.toks[i - 1];
  if (t.lower.endsWith('s') && prev?.word && prev.sent === t.sent) {
    if (DETERMINERS.has(prev.lower) || NUMBER_WORDS.test(prev.lower) || /[’']s$/.test(prev.lower))
      return false;
  }
  return !t.lower.endsWith('ing') || prev?.text === ',';
}

/** Token range [a, b) holds no quotation mark and at least MIN_WORDS words. */
function plainContent(ctx: Ctx, a: number, b: number): boolean {
  let words = 0;
  for (let i = a; i < b; i++) {
    const t = ctx.toks[i]!;
    if (ctx.inPair[i]! >= 0 || isDoubleMark(t.text)) return false;
    if (t.word) words++;
  }
  return words >= MIN_WORDS;
}

/** The sentence's last token before its final punctuation. */
function contentEnd(ctx: Ctx, s: number): number {
  let e = ctx.sentEnd[s]!;
  while (e > ctx.sentStart[s]! && !ctx.toks[e - 1]!.word && ctx.toks[e - 1]!.text !== ')') e--;
  return e;
}

export function findReported(ctx: Ctx): Reported[] {
  const { toks } = ctx;
  const out: Reported[] = [];
  const span = (a: number, b: number) => ({ start: toks[a]!.start, end: toks[b - 1]!.end });
  for (let s = 0; s < ctx.sentStart.length; s++) {
    const begin = ctx.sentStart[s];
    if (begin === undefined) continue;
    const end = contentEnd(ctx, s);
    // According to SOURCE, CONTENT.
    if (toks[begin]?.lower === 'according' && toks[begin + 1]?.lower === 'to') {
      let c = begin + 2;
      while (c < end && toks[c]!.text !== ',') c++;
      if (c < end && c > begin + 2 && plainContent(ctx, c + 1, end)) {
        const src = toks.slice(begin + 2, c);
        out.push({
          ...span(c + 1, end),
          cue: span(begin, begin + 2),
          source: {
            ts: begin + 2,
            te: c,
            start: src[0]!.start,
            end: src[src.length - 1]!.end,
            type: src[0]!.cap ? 'name' : 'desc',
          },
        });
        continue;
      }
    }
    for (let i = begin; i < end; i++) {
      if (!isReporting(ctx, i)) continue;
      const participle = toks[i]!.lower.endsWith('ing');
      // a participle's subject is the sentence's: "Trump defended the tweets, saying …"
      const source = participle ? sentenceSubject(ctx, s, i) : verbSubject(ctx, i);
      // the content runs to the next ", saying"-style cue, else to the sentence's end
      let stop = end;
      for (let k = i + 2; k < end; k++) {
        if (toks[k - 1]!.text === ',' && isReporting(ctx, k) && toks[k]!.lower.endsWith('ing')) {
          stop = k - 1;
          break;
        }
      }
      // forward: past a told-whom object or a time or place ("said on Tuesday that"), to "that";
      // a clause right after the verb keeps its own "that"s ("said the plan that …")
      let c = i + 1;
      const detour =
        TELL_VERBS.has(toks[i]!.lower) ||
        NOT_CLAUSE.has(toks[i + 1]?.lower ?? '') ||
        toks[i + 1]?.text === ',';
      for (let k = i + 1; k < stop && k < (detour ? i + 12 : i + 2); k++) {
        if (toks[k]!.lower === 'that' && ctx.inPair[k]! < 0) {
          c = k;
          break;
        }
        if (!toks[k]!.word && toks[k]!.text !== ',' && toks[k]!.text !== '.') break;
      }
      // "told reporters he …": a short object, then a subject pronoun opens the clause
      let toldWhom = false;
      if (c === i + 1 && TELL_VERBS.has(toks[i]!.lower) && !NOT_CLAUSE.has(toks[c]?.lower ?? '')) {
        let k = c;
        while (k < stop && k < i + 4 && toks[k]!.word && !SUBJECT_PRONOUNS.has(toks[k]!.lower)) k++;
        if (k > c && SUBJECT_PRONOUNS.has(toks[k]?.lower ?? '')) {
          c = k;
          toldWhom = true;
        }
      }
      if (toks[c]?.lower === 'that') c++;
      if (toks[c]?.text === ',') c++;
      const next = toks[c];
      // after "that" a clause follows whatever its first word ("that, if elected, he …")
      const afterThat =
        toks[c - 1]!.lower === 'that' || (toks[c - 1]!.text === ',' && toks[c - 2]?.lower === 'that');
      const opensClause =
        next !== undefined &&
        next.word &&
        (afterThat ||
          toldWhom ||
          (!NOT_CLAUSE.has(next.lower) && c === i + 1 && !TELL_VERBS.has(toks[i]!.lower)));
      if (source && source.te <= i && opensClause && plainContent(ctx, c, stop)) {
        out.push({ ...span(c, stop), cue: span(i, i + 1), source });
        i = stop;
        continue;
      }
      // post-posed: CONTENT, SOURCE CUE. / CONTENT, CUE SOURCE.
      if (source && !participle && i >= end - 6) {
        const from = Math.min(source.ts, i);
        if (toks[from - 1]?.text === ',' && plainContent(ctx, begin, from - 1)) {
          out.push({ ...span(begin, from - 1), cue: span(i, i + 1), source });
          break;
        }
      }
    }
  }
  return out;
}
