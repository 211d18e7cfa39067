/**
 * Pairs quotation marks into spans. Real news text mixes straight and curly marks, reuses a nested
 * closing mark to end the outer quotation, and reopens (without closing) at each paragraph of a long
 * quotation, so the glyph alone does not say which way a mark points: its flanking does most of it.
 * Two apostrophes (`''`) are one double mark: the New York Times archive writes every quotation so.
 */
import { CUE_VERBS } from './lexicon';

export type MarkKind = 'double' | 'single' | 'guillemet' | 'low';

export interface MarkPair {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph's end when never closed). */
  end: number;
  /** The quoted text without its marks: [innerStart, innerEnd). Marks are one or two characters. */
  innerStart: number;
  innerEnd: number;
  kind: MarkKind;
  closed: boolean;
  /** Pairs nested inside this one: part of its text, never quotations of their own. */
  nested: MarkPair[];
  /** Offsets of the marks that reopen the quotation at each further paragraph. */
  reopens: number[];
}

interface Open {
  pos: number;
  /** Characters in the opening mark. */
  width: number;
  kind: MarkKind;
  glyph: string;
  nested: MarkPair[];
  reopens: number[];
}

const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/"“”'‘’«»„]/;
const CLOSERS_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-/…"“”'‘’«»]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A mark of `width` characters at `i` that touches the word after it and not the one before. */
function leftFlanking(text: string, i: number, width = 1): boolean {
  const prev = text[i - 1];
  const next = text[i + width];
  return (prev === undefined || OPENERS_BEFORE.test(prev)) && next !== undefined && !/\s/.test(next);
}

function rightFlanking(text: string, i: number, width = 1): boolean {
  const prev = text[i - 1];
  const next = text[i + width];
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || CLOSERS_AFTER.test(next));
}

/** `''` standing for a double mark (a third apostrophe would make it ambiguous with a single one). */
function isTwoApostrophes(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'";
}

/** Whether a double mark (of any glyph) opens at `j`. */
function opensDouble(text: string, j: number): boolean {
  if (isTwoApostrophes(text, j)) return leftFlanking(text, j, 2);
  return /["“„«»]/.test(text[j] ?? '') && leftFlanking(text, j);
}

function isDouble(k: MarkKind): boolean {
  return k !== 'single';
}

/**
 * A single mark at `i` that is an apostrophe in British-style text: before a decade ("'90s"), in
 * "'n'", or after a plural's "s" before a lower-case word ("the nurses’ pay").
 */
function britishApostrophe(text: string, i: number): boolean {
  if (/^.\d0s\b/u.test(text.slice(i, i + 5))) return true;
  if (/['‘’]n['’]/u.test(text.slice(i, i + 3)) || /['‘’]n['’]/u.test(text.slice(i - 2, i + 1))) return true;
  return (
    text[i - 1] === 's' && /^.\s+\p{Ll}/u.test(text.slice(i, i + 4)) && !/[,.!?]/u.test(text[i - 2] ?? '')
  );
}

/** Where the paragraph holding `i` ends (the newline's offset, or the text's end). */
function paragraphEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

/**
 * `singlesOuter`: British style, single marks quote and double ones nest inside them, so a double
 * mark does not end an open single one, and the apostrophes that look like single marks are told
 * apart by the words around them ("the nurses’ pay", "the ’90s", "rock ’n’ roll").
 */
export function pairMarks(text: string, singlesOuter = false): MarkPair[] {
  const top: MarkPair[] = [];
  const stack: Open[] = [];

  /** Finished pairs go inside the innermost quotation still open, else to the top level. */
  const attach = (...pairs: MarkPair[]): void => {
    const parent = stack[stack.length - 1];
    (parent ? parent.nested : top).push(...pairs);
  };

  /** `closeWidth` is the closing mark's length (0 when the quotation runs to the paragraph's end). */
  const emit = (o: Open, end: number, closed: boolean, closeWidth = closed ? 1 : 0): void => {
    attach({
      start: o.pos,
      end,
      innerStart: o.pos + o.width,
      innerEnd: Math.max(o.pos + o.width, end - closeWidth),
      kind: o.kind,
      closed,
      nested: o.nested,
      reopens: o.reopens,
    });
  };

  const push = (pos: number, kind: MarkKind, glyph: string, width = 1): void => {
    stack.push({ pos, width, kind, glyph, nested: [], reopens: [] });
  };

  // Drops unclosed single marks above the innermost double one: they were apostrophes after all.
  const dropSingles = (): void => {
    while (stack.length && stack[stack.length - 1]!.kind === 'single') stack.pop();
  };

  const innermostDouble = (): Open | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (isDouble(stack[k]!.kind)) return stack[k];
    return undefined;
  };

  /**
   * A closing mark that ended a nested pair with the sentence's punctuation inside it (`“Middle
   * Corridor,”`) may have been meant to end the outer quotation too: when the outer one is never
   * closed otherwise, it ends there.
   */
  const salvageEnd = (o: Open): number | null => {
    const last = o.nested[o.nested.length - 1];
    if (!last || !last.closed) return null;
    const before = text[last.innerEnd - 1];
    return before !== undefined && /[,.!?]/.test(before) ? last.end : null;
  };

  /**
   * At a paragraph's end, the nested closer ended the outer quotation only when what follows it is
   * an attribution (`“Middle Corridor,” said Hajiyev.`); more of the speaker's sentences with no
   * reporting verb (`"There's no magic to the phrase 'radical Islam.' It's a political slogan."`)
   * are still the quotation, which runs to the paragraph's end or on into the next.
   */
  const salvageAtParagraphEnd = (o: Open): number | null => {
    const end = salvageEnd(o);
    if (end === null) return null;
    const rest =
      text
        .slice(end, paragraphEnd(text, end))
        .toLowerCase()
        .match(/[\p{L}’']+/gu) ?? [];
    return rest.length >= 3 && !rest.some((w) => CUE_VERBS.has(w) || w === 'according') ? null : end;
  };

  const closeDanglingDoubles = (): void => {
    while (stack.length) {
      const o = stack.pop()!;
      if (o.kind === 'single') continue;
      if (o.glyph === '"' && o.nested.some((n) => n.kind === 'double' && text[n.start] !== '"')) {
        // A straight mark never closed around curly quotations is a stray (a pasted block quote's
        // marker): the writer quotes with curly marks, so what they quote stands on its own.
        attach(...o.nested);
        continue;
      }
      const end = salvageAtParagraphEnd(o);
      if (end !== null) emit(o, end, true);
      else {
        let e = paragraphEnd(text, o.pos);
        while (e > o.pos + 1 && /\s/.test(text[e - 1]!)) e--;
        emit(o, e, false);
      }
    }
  };

  const single = (i: number, ch: string): void => {
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isWordChar(prev) && isWordChar(next)) return; // don’t, O'Brien
    if (ch === '’' && !isWordChar(prev) && isWordChar(next)) return; // ’90s, ’em
    if (singlesOuter && britishApostrophe(text, i)) return;
    const o = stack[stack.length - 1];
    if (o?.kind === 'single' && rightFlanking(text, i) && ch !== '‘' && ch !== '‚') {
      stack.pop();
      emit(o, i + 1, true);
    } else if (
      (ch === '‘' || ch === '‚' || ch === "'") &&
      leftFlanking(text, i) &&
      isWordChar(next) === true
    ) {
      push(i, 'single', ch);
    }
  };

  /** A mark at a word's start followed by an ellipsis: `” …`, `”...`. */
  const opensExcerpt = (t: string, i: number): boolean =>
    (i === 0 || /[\s(]/.test(t[i - 1]!)) && /^ ?(?:…|\.\.\.)/.test(t.slice(i + 1, i + 5));

  /** A double mark of `width` characters that acts as `ch` (`''` acts as '"'); returns its width. */
  const double = (i: number, ch: string, width: number): number => {
    const glyph = width === 2 ? "''" : ch;
    const l = leftFlanking(text, i, width);
    const r = rightFlanking(text, i, width);
    if (!singlesOuter) dropSingles();
    const o = stack[stack.length - 1];
    let closes: boolean;
    if (o?.kind === 'low') closes = ch === '“' || ch === '"' || (ch === '”' && !l);
    else if (!o) closes = false;
    else if (ch === '“') closes = r && !l;
    else if (ch === '”') closes = !(l && !r);
    else closes = r && !l ? true : l && !r ? false : true;
    // a stray closer, with nothing to close, unless it opens an excerpt that starts mid-sentence
    // (`” … what I learned,” he said`: some sites open with the closing glyph before an ellipsis)
    if (!o && ch === '”' && !l && !opensExcerpt(text, i)) return width;
    if (closes && o) {
      stack.pop();
      emit(o, i + width, true, width);
    } else {
      const outer = innermostDouble();
      if (outer && stack.length === 1) {
        // An opener at the outer level while the outer quotation is open: the outer one must
        // have ended at its last nested closer.
        const end = salvageEnd(outer);
        if (end !== null) {
          stack.pop();
          emit(outer, end, true);
        }
      }
      push(i, 'double', glyph, width);
    }
    return width;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A quotation still open at a paragraph's end continues when the next paragraph reopens it.
      if (!stack.length) continue;
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      dropSingles();
      const outer = stack[0];
      if (outer && stack.length === 1 && opensDouble(text, j) && salvageAtParagraphEnd(outer) === null) {
        outer.reopens.push(j);
        i = isTwoApostrophes(text, j) ? j + 1 : j;
        continue;
      }
      closeDanglingDoubles();
      continue;
    }
    switch (ch) {
      case '„':
        push(i, 'low', ch);
        break;
      case '«':
      case '»': {
        const other = ch === '«' ? '»' : '«';
        const o = stack[stack.length - 1];
        if (o && o.kind === 'guillemet' && o.glyph === other) {
          stack.pop();
          emit(o, i + 1, true);
        } else push(i, 'guillemet', ch);
        break;
      }
      case "'":
        // `''` is a straight double mark two characters wide
        if (isTwoApostrophes(text, i)) i += double(i, '"', 2) - 1;
        else single(i, ch);
        break;
      case '“':
      case '”':
      case '"':
        double(i, ch, 1);
        break;
      case '‘':
      case '’':
      case '‚':
        single(i, ch);
        break;
      default:
        break;
    }
  }
  closeDanglingDoubles();
  top.sort((a, b) => a.start - b.start);
  return top;
}
