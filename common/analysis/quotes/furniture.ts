/**
 * Paragraphs that are page furniture rather than the article's prose: photo captions and credits,
 * bylines, "Story continues" and "Advertisement" lines, share and subscribe prompts. Imported web
 * pages keep some of them, and a name in one is never the speaker of the quotation next to it
 * ("Tomás Ferreira" crediting a photo, "Story" from "Story continues").
 */
import type { Tok } from './text';

const PROMPT =
  /^(?:story continues|continue reading|advertisement|read more|read next|related|recommended|more from|most popular|sign up|subscribe|share this|follow us|click here|watch|listen)\b/i;
const CREDIT_START =
  /^(?:photo(?:graph)?s?|image|picture|credit|illustration|video|graphic)\b\s*(?:by|:|credit)?/i;
const AGENCY =
  /(?:getty images|associated press|ap photo|reuters|afp|shutterstock|epa|bloomberg|alamy|istock|pool)\)?\.?$/i;
const BYLINE = /^by\s+\p{Lu}/u;
/** A photo's caption, however long, ends with its credit: "… on Friday, March 14. (AP Photo/Jane Doe)". */
const CAPTION_CREDIT =
  /\((?:[^()]{0,40}[\s/])?(?:photos?|photograph|image|pictures?|credit|getty images)\b[^()]{0,60}\)\.?$/i;

/** Indices (the tokens' `para`) of the paragraphs that are furniture. */
export function furnitureParagraphs(text: string, toks: readonly Tok[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < toks.length) {
    const para = toks[i]!.para;
    let j = i;
    let words = 0;
    // every word capitalized (or short: "of", "and"), as in a name or a credit line
    let allCaps = true;
    while (j < toks.length && toks[j]!.para === para) {
      const t = toks[j]!;
      if (t.word) {
        words++;
        if (!t.cap && t.lower.length > 3) allCaps = false;
      }
      j++;
    }
    const line = text.slice(toks[i]!.start, toks[j - 1]!.end).trim();
    const short = line.length <= 160;
    const lastTok = toks[j - 1]!.text;
    if (
      (short && (PROMPT.test(line) || CREDIT_START.test(line) || BYLINE.test(line))) ||
      // a credit ends with its agency, but so does prose: '"…," reported AFP.'
      (words <= 6 && AGENCY.test(line) && !/["“”„«»]/u.test(line)) ||
      CAPTION_CREDIT.test(line) ||
      // a name standing alone, with nothing said: a credit or a byline
      (words > 0 && words <= 4 && allCaps && !/[.!?:"”'’]/.test(lastTok))
    )
      out.add(para);
    i = j;
  }
  return out;
}
