/**
 * A description that speaks ("the Florida senator said", "the presumptive Republican nominee told
 * reporters") stands for the person the article gave those words to: in a title before the name
 * ("Florida Sen. Marco Rubio"), after it ("Marco Rubio of Florida"), or in apposition ("Marco Rubio,
 * the Florida senator,"). A reporter writes the full title once and the short description after.
 */
import { CUE_VERBS, DETERMINERS, STOP_WORDS, TITLES } from './lexicon';

/** Abbreviated and alternative titles, as the word a description uses. */
const TITLE_WORD: Record<string, string> = {
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  pres: 'president',
  sec: 'secretary',
  gen: 'general',
  amb: 'ambassador',
  atty: 'attorney',
  'front-runner': 'frontrunner',
};

/** The nouns of one person's role that a description may end with. */
const ROLE_HEADS = new Set(
  (
    'senator governor president representative secretary mayor candidate nominee frontrunner ' +
    'billionaire businessman businesswoman mogul chairman chairwoman director minister ambassador ' +
    'judge justice attorney general speaker leader chief spokesman spokeswoman aide adviser advisor ' +
    'strategist pollster ceo founder executive host anchor columnist commentator professor economist ' +
    'lawmaker manager commissioner co-founder cofounder officer'
  ).split(' '),
);

/** Lower-case words of a title before a name besides the roles ("presumptive Republican nominee"). */
const TITLE_MODIFIERS = new Set('presumptive independent campaign press senior executive'.split(' '));

/** Modifiers a description may add that the title need not have written ("the presidential candidate"). */
const LOOSE = new Set('presidential top longtime current newly'.split(' '));

function wordOf(raw: string): string {
  const w = raw
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.’']+$/u, '');
  return TITLE_WORD[w] ?? w;
}

/**
 * Whether `gap`, between a speaker mention and a person's name, is the rest of that person's title
 * ("FDA" + " commissioner " + "Janet Woodcock", "BioNTech CEO" + " and Co-founder " + "Ugur Sahin").
 */
export function continuesTitle(speaker: string, gap: string): boolean {
  const ws = gap.split(/\s+/u).filter((w) => w);
  if (!ws.length || ws.length > 4 || !/^\s/u.test(gap) || !/\s$/u.test(gap)) return false;
  const last = speaker.split(/\s+/u).pop() ?? '';
  const heads = ws.map(wordOf);
  return (
    ROLE_HEADS.has(heads[heads.length - 1]!) &&
    heads.every((w, k) => ROLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || (k === 0 && w === 'and')) &&
    (heads[0] !== 'and' || ROLE_HEADS.has(wordOf(last)))
  );
}

/** The words of a description that speaks, its head last; null when it is no one person's role. */
export function roleOf(description: string): string[] | null {
  const ws = description.split(/\s+/u).filter((w) => w);
  // "the senator" is someone named before; "a top aide" or "his spokesman" is someone unnamed
  if (ws[0]?.toLowerCase() === 'the') ws.shift();
  else if (!/^\p{Lu}/u.test(ws[0] ?? '') || DETERMINERS.has(ws[0]!.toLowerCase())) return null;
  const words = ws.map(wordOf);
  const head = words[words.length - 1];
  if (!head || !ROLE_HEADS.has(head)) return null;
  if (words.some((w) => STOP_WORDS.has(w) || !/^[\p{L}-]+$/u.test(w))) return null;
  return words;
}

/**
 * The words the text gives the person named at [start, end): the run of title words just before
 * the name, the place after "of", and an apposition's description.
 */
export function roleWords(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, start - 80), start).split(/\s+/u);
  if (before[before.length - 1] === '') before.pop();
  for (let k = before.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const raw = before[k]!;
    if (!raw || /[,;:!?"“”()\]]$/u.test(raw) || /^["“(]/u.test(raw)) break;
    const bare = raw.toLowerCase().replace(/[.’']+$/u, '');
    // a period ends the sentence, but for an abbreviated title's ("Sen.") or an initial's
    if (raw.endsWith('.') && !TITLE_WORD[bare] && bare.length > 2) break;
    const w = wordOf(raw);
    if (STOP_WORDS.has(w) || DETERMINERS.has(w) || CUE_VERBS.has(w)) break;
    // a lower-case word is part of the title only as a role or its modifier, not a verb ("wants")
    if (
      !/^\p{Lu}/u.test(raw) &&
      !ROLE_HEADS.has(w) &&
      !TITLES.has(w) &&
      !TITLE_MODIFIERS.has(w) &&
      !LOOSE.has(w)
    )
      break;
    out.push(w);
  }
  const after = text.slice(end, end + 100);
  const of = /^\s+of\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u.exec(after);
  if (of) out.push(...of[1]!.split(/\s+/u).map(wordOf));
  // an apposition ends with its commas or a relative clause ("Bernie Sanders, the independent
  // Vermont senator who …"); past a verb it is a sentence's subject ("Mika Brzezinski, the Democratic
  // presidential candidate stated …" speaks of someone else)
  const appos =
    /^,\s+(?:the|a|an)\s+((?:[\p{L}.’'-]+\s+){0,5}[\p{L}.’'-]+)(?=\s*[,;)—–]|\s+(?:who|whose)\b)/u.exec(
      after,
    );
  if (appos) for (const w of appos[1]!.split(/\s+/u).map(wordOf)) if (!STOP_WORDS.has(w)) out.push(w);
  return out;
}

/** Whether the role words of a description are all among a person's, but for the loose ones. */
export function describes(role: readonly string[], words: ReadonlySet<string>): boolean {
  return role.every((w, i) => words.has(w) || (i < role.length - 1 && LOOSE.has(w)));
}
