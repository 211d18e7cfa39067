/**
 * The speaker candidates of one quotation, each with the features the speaker ranker scores: the
 * regions around the quotation, each chunk's clause role, cue and neighbouring words.
 */
import { signatureAfter, tokenAt, type Tok } from './text';
import { bucket, cueStrength, isCue, mentionsIn, type Ctx, type Features } from './context';
import { chunksIn, type Candidate } from './chunks';
import {
  asPutIt,
  cueOfSubject,
  governingCue,
  gcParticiple,
  gcRelative,
  mainSubject,
  PREPS,
  tokenBefore,
} from './subjects';
import { type Quotation } from './stretches';
import { CUE_VERBS, DETERMINERS, SPEAKER_NOUNS, STOP_WORDS, TELL_VERBS } from './lexicon';

export interface SpeakerContext {
  /** The previous quotation's chosen speaker, to favour the same source for continued speech. */
  prevSpeaker: { text: string; end: number } | null;
}

/**
 * The type of the recognized mention covering a chunk's last word; of one covering only part of it
 * (suffixed "Part"); or "None".
 */
function entityTypeOf(ctx: Ctx, start: number, end: number, lastStart: number): string {
  const over = mentionsIn(ctx, start, end);
  const head = over.find((m) => m.start <= lastStart && m.end > lastStart);
  return head ? head.type : over[0] ? over[0].type + 'Part' : 'None';
}

/** A neighbouring token as a lexical feature value: its lowercase word, its punctuation, or `edge`. */
function lexOf(t: Tok | undefined, edge: string): string {
  return t ? (t.word ? t.lower : t.text) : edge;
}

function lastWord(s: string): string {
  const m = s.toLowerCase().match(/[\p{L}\p{N}’'-]+$/u);
  return (m ? m[0] : s.toLowerCase()).replace(/[’']s$/, '');
}

/** Participles that give a thing its name or label: what they follow is named, not speaking. */
const LABELED = new Set('labeled labelled marked titled entitled stamped named dubbed called'.split(' '));

export function speakerCandidates(ctx: Ctx, q: Quotation, sc: SpeakerContext): Candidate[] {
  const { toks } = ctx;
  const last = q.parts[q.parts.length - 1]!;
  const qs = tokenAt(toks, q.start);
  const qe = tokenAt(toks, q.end);
  const openTok = toks[qs];
  const closeTok = toks[Math.max(qs, qe - 1)];
  if (!openTok || !closeTok) return [];
  const sOpen = openTok.sent;
  const sClose = closeTok.sent;
  const regions: [string, number, number][] = [];
  // before the opening mark, within its sentence, then the two previous sentences
  const sentBegin = ctx.sentStart[sOpen] ?? qs;
  regions.push(['before', sentBegin, qs]);
  for (let k = 1; k <= 2; k++) {
    const s = sOpen - k;
    if (s < 0 || ctx.sentStart[s] === undefined) break;
    regions.push([`prev${k}`, ctx.sentStart[s]!, ctx.sentEnd[s]!]);
  }
  // the interruptions of a merged quotation
  for (let k = 0; k + 1 < q.parts.length; k++) {
    regions.push(['in', tokenAt(toks, q.parts[k]!.pair.end), tokenAt(toks, q.parts[k + 1]!.pair.start)]);
  }
  // after the closing mark, within its sentence, then the next sentence
  let e = qe;
  while (e < toks.length && toks[e]!.sent === sClose && e < qe + 30) e++;
  regions.push(['after', qe, e]);
  const nextSent = toks[e]?.sent;
  if (nextSent !== undefined && toks[e]!.para === closeTok.para) {
    regions.push(['next1', e, ctx.sentEnd[nextSent] ?? e]);
  }
  const sig = signatureAfter(toks, qe);
  if (sig) regions.push(['sig', sig[0], sig[1]]);

  const quoteEndsComma = /[,]/.test(ctx.text[last.pair.innerEnd - 1] ?? '');
  const quoteEndsStop = /[.!?]/.test(ctx.text[last.pair.innerEnd - 1] ?? '');
  const startsPara = qs === 0 || toks[qs - 1]!.para !== openTok.para;
  const midSentence = regions[0]![2] > regions[0]![1];
  const cands: Candidate[] = [];
  const prevLast = sc.prevSpeaker ? lastWord(sc.prevSpeaker.text) : null;
  // the clause structure of the sentence that opens the quotation: its governing cue (the last cue
  // before the opening mark), that cue's subject, and the sentence's main-clause subject
  const gc = governingCue(ctx, sentBegin, qs);
  for (const [region, a, b] of regions) {
    const chunks = chunksIn(ctx, a, b);
    const main = region === 'before' || region.startsWith('prev') ? mainSubject(ctx, chunks) : -1;
    // each chunk's cue, found once: the governing cue's subject and every candidate's features read it
    const subjects = chunks.map((c) => cueOfSubject(ctx, c.te));
    const gcSubj = region === 'before' && gc >= 0 ? subjects.findIndex((x) => x?.cue === gc) : -1;
    const nearIdx = region.startsWith('prev') || region === 'before' ? chunks.length - 1 : 0;
    chunks.forEach((c, k) => {
      const t = c.type;
      if (ctx.furniture.has(toks[c.ts]!.para)) return;
      // outside the quotation's own sentence only a mention that can name a speaker is a candidate,
      // so a quotation with no source around it stays unattributed
      if (
        region !== 'before' &&
        region !== 'after' &&
        region !== 'in' &&
        (t === 'desc' || t === 'it' || t === 'i')
      )
        return;
      const f: Features = {};
      f['r:' + region] = 1;
      f['t:' + t] = 1;
      if (c.via) f['via:' + c.via] = 1;
      f['rt:' + region + ':' + t] = 1;
      const dist = region.startsWith('prev') || region === 'before' ? qs - c.te : c.ts - qe;
      f['d:' + region + ':' + bucket(Math.max(0, region === 'in' ? k : dist))] = 1;
      if (k === nearIdx) f['near:' + region] = 1;
      // cue right after the chunk (subject) or right before it (post-posed subject / addressee)
      // "As Ms. Simonyan put it, …": "put" reports speech in this frame alone, and its "it" is nobody
      if (asPutIt(ctx, c.ts - 1, c.te)) {
        f['cueSubj'] = f['cueSubj:' + region] = f['cueSubj:strong'] = f['cueSubjT:' + t] = 1;
      }
      if (t === 'it' && asPutIt(ctx, tokenBefore(ctx, c.ts, 'as'), c.ts - 1)) return;
      // "in a box labeled “medical problem”": a thing given a name says nothing
      if (t === 'desc' && LABELED.has(toks[c.te]?.lower ?? '')) return;
      const subj = subjects[k];
      const j = subj?.cue ?? -1;
      const nx = toks[j];
      if (nx && subj && !subj.appos) {
        f['cueSubj'] = 1;
        f['cueSubj:' + region] = 1;
        f['cueSubj:' + cueStrength(nx)] = 1;
        f['cueSubjT:' + t] = 1;
        if (toks[j + 1]?.text === ':' || toks[j + 1]?.lower === 'that') f['cueSubjColonThat'] = 1;
        // "footage of Trump saying “…”": a participle's subject may stand after a preposition
        if (/ing$/.test(nx.lower) && PREPS.has(toks[c.ts - 1]?.lower ?? '')) f['prepSubjIng'] = 1;
      } else if (subj) {
        // "Caddell, a former pollster, said"
        f['cueSubjAppos'] = 1;
        f['cueSubjAppos:' + region] = 1;
      }
      const pv = toks[c.ts - 1];
      if (pv && isCue(pv) && ctx.inPair[c.ts - 1]! < 0) {
        const tell = TELL_VERBS.has(pv.lower) && CUE_VERBS.get(pv.lower) !== 'say';
        f[tell ? 'cueObjTell' : 'cuePost'] = 1;
        f[(tell ? 'cueObjTell:' : 'cuePost:') + region] = 1;
      }
      if (pv?.lower === 'to' && toks[c.ts - 2]?.lower === 'according') f['according'] = 1;
      if (pv?.lower === 'by') f['by'] = 1;
      if (pv && PREPS.has(pv.lower) && !(pv.lower === 'to' && toks[c.ts - 2]?.lower === 'according'))
        f['prepObj'] = 1;
      if (
        pv &&
        pv.word &&
        !pv.cap &&
        !STOP_WORDS.has(pv.lower) &&
        !isCue(pv) &&
        /(ed|s)$/.test(pv.lower) &&
        !DETERMINERS.has(pv.lower)
      )
        f['objLike'] = 1;
      const nv = toks[c.te];
      if (nv && nv.word && !nv.cap && !isCue(nv)) {
        if (/^(has|had|have|is|was|were|are|will|would|could|can|should|may|might|did|does)$/.test(nv.lower))
          f['subjAux'] = 1;
        else if (!STOP_WORDS.has(nv.lower) && /(ed|s)$/.test(nv.lower) && !SPEAKER_NOUNS.has(nv.lower))
          f['subjLike'] = 1;
      }
      if (nv?.text === '’s' || nv?.text === "'s" || /[’']s$/.test(toks[c.te - 1]!.lower)) f['possessor'] = 1;
      if (c.ts === ctx.sentStart[toks[c.ts]!.sent]) f['sentFirst'] = 1;
      if (t === 'name' || t === 'descN' || t === 'desc' || t === 'bare') {
        f['ner' + entityTypeOf(ctx, c.start, c.end, toks[c.te - 1]!.start)] = 1;
      }
      // nested reporting: "X said that he called it “...”" — a cue earlier in the sentence puts this
      // candidate in a reported clause, its subject being the source
      for (let i = ctx.sentStart[toks[c.ts]!.sent] ?? c.ts; i < c.ts; i++) {
        if (ctx.inPair[i]! < 0 && isCue(toks[i]) && i > (ctx.sentStart[toks[c.ts]!.sent] ?? 0)) {
          f['embedded'] = 1;
          break;
        }
      }
      if (k === main) {
        f['mainSubj'] = 1;
        if (region === 'before' && gc >= 0) {
          const sub = gcSubj >= 0 ? chunks[gcSubj]! : null;
          if (gcSubj === k) f['mainIsGcSubj'] = 1;
          else {
            f['mainOverGc:' + (sub ? sub.type : 'none')] = 1;
            if (
              sub &&
              (sub.type === 'he' || sub.type === 'they' || sub.type === 'it' || sub.type === 'who')
            ) {
              f['mainOverPronGc'] = 1;
              // "X said that he thinks “…”": the pronoun speaks inside X's own report of it
              if (toks[sub.ts - 1]?.lower === 'that' && subj) f['mainOverThatPron'] = 1;
            }
            if (gcRelative(ctx, gc)) f['mainOverRelGc'] = 1;
            if (gcParticiple(ctx, gc)) f['mainOverPartGc'] = 1;
          }
        }
      }
      const firstChunkOfSent = chunks.findIndex((d) => toks[d.ts]!.sent === toks[c.ts]!.sent) === k;
      if (firstChunkOfSent) f['firstChunk:' + region] = 1;
      if (/[’']s$/.test(toks[c.te - 1]!.lower)) f['poss'] = 1;
      if (prevLast && toks[c.te - 1]!.lower.replace(/[’']s$/, '') === prevLast) {
        f['prevSpk'] = 1;
        f['prevSpk:' + region] = 1;
      }
      if (region === 'after' && k === 0) {
        f[quoteEndsComma ? 'afterFirst:comma' : quoteEndsStop ? 'afterFirst:stop' : 'afterFirst:none'] = 1;
      }
      if (startsPara) f['qStartsPara:' + region] = 1;
      if (midSentence) f['qMid:' + region] = 1;
      if (q.parts.length > 1) f['qMerged:' + region] = 1;
      // the words around the candidate, as words: which mention of a speaker the annotators mark
      // ("X said that he", "what he called", "X, who said") is carried by its neighbours more than by
      // any feature written for one construction. On PolNeAR train 5-fold: speaker 92.4 -> 93.6
      const pw = lexOf(toks[c.ts - 1], '^');
      const nw = lexOf(toks[c.te], '$');
      f['pw:' + pw + ':' + t] = f['pwr:' + pw + ':' + region] = 1;
      f['nw:' + nw + ':' + t] = f['nwr:' + nw + ':' + region] = 1;
      f['pw2:' + lexOf(toks[c.ts - 2], '^') + '_' + pw] = 1;
      f['nw2:' + nw + '_' + lexOf(toks[c.te + 1], '$')] = 1;
      // pairwise conjunctions: what a cue next to a candidate means depends on the region and type
      for (const x of Object.keys(f)) if (!x.includes(':')) f[x + '&' + t] = f[x + '@' + region] = 1;
      cands.push({ ...c, region, features: f });
    });
  }
  return cands;
}
