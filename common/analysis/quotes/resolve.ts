/**
 * From the speaker mention as written to an entity of the recognizer: a mention that overlaps an
 * entity mention is that entity; a pronoun goes back to the previous speaker or the last person
 * named outside quotations; a description ("the Assistant to the President") goes to the person the
 * same words were attached to elsewhere; a surname alone goes to the entity whose name holds it.
 */
import { getGender } from 'gender-detection-from-name';
import type { Entity, EntityMention } from '../../model/analysis';
import type { EntityResult } from '../entities';
import type { ChunkType } from './chunks';
import type { Ctx } from './context';
import { DETERMINERS, pronounOf, SENTENCE_STARTERS, SPEAKER_NOUNS, STOP_WORDS, TITLES } from './lexicon';
import { continuesTitle, describes, roleOf, roleWords } from './roles';
import { tokenAt } from './text';

const TYPE_RANK: Record<string, number> = { person: 4, organization: 3, misc: 2, place: 1 };

type Gender = 'male' | 'female' | 'unknown';

const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

/** Words before a first name that are not one ("Sen. Elizabeth Warren", "President Barack Obama"). */
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|president|senator|secretary|judge|sir|dame|lord|lady|chancellor|premier|king|queen|pope|prince|princess|sheikh|cardinal|bishop|rabbi|commissioner|admiral|mayor|governor|representative|justice|minister|ambassador)\.?$/i;
/** Nouns that name an organization rather than a person. */
const ORG_NOUNS = new Set(
  (
    'campaign committee group company firm agency department ministry office organization party ' +
    'network newspaper paper magazine outlet station channel website site council board union ' +
    'association institute foundation center centre court government administration team club ' +
    'bank fund coalition alliance movement publication tabloid daily service bureau commission'
  ).split(' '),
);
const TITLE_JOINERS = new Set('of the for to on'.split(' '));
/** A phrase's words, each without its possessive "'s". */
function wordsOf(phrase: string): string[] {
  return phrase
    .split(/[^\p{L}\p{N}’'-]+/u)
    .filter((w) => w)
    .map((w) => w.replace(/[’']s$/, ''));
}
/** Words that may open a clause before the name a description is apposed to ("But Steve Hasker, …"). */
const CLAUSE_OPENERS = new Set('but and yet so then also'.split(' '));
/** Words between a description and a name that keep them one title: capitalized words and joiners. */
function isTitleChain(between: string): boolean {
  const words = between.split(/[\s,]+/).filter((w) => w);
  // "police" in "Police Chief Kerr Putney" modifies another title; "of Azerbaijan" goes on with this one
  if (words.length && !TITLE_JOINERS.has(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINERS.has(w));
}
/** What may follow a phrase's entity mention to its head's end: a possessive or a suffix. */
const HEAD_REST = /^(?:[’']s?|,?\s+(?:Jr|Sr|II|III|IV)\.?)?$/;
/** How far back (characters) a pronoun or a description looks for the person it stands for. */
const LOOK_BACK = 3000;
/**
 * "It" looks back about two sentences: past them it is mostly a report, a poll or a letter the
 * text never names as an entity ("The city sent a letter. It says …"), not the last company named.
 */
const IT_LOOK_BACK = 300;
/** What a pronoun may stand for: "it" is a company, a campaign, a report, never a person; "they" may be one. */
type PronounType = 'he' | 'it' | 'who' | 'they';
const PRONOUN_REFERENTS: Record<PronounType, readonly string[]> = {
  he: ['person'],
  it: ['organization'],
  who: ['person', 'organization'],
  they: ['organization', 'person'],
};
const TITLE_GENDER: [RegExp, Gender][] = [
  [/\b(?:Mr|Sir|Lord)\.?\s+$/, 'male'],
  [/\b(?:Mrs|Ms|Miss|Dame|Lady)\.?\s+$/, 'female'],
];

export interface Resolved {
  entityId: string | null;
  name: string | null;
}

export interface Speaker {
  start: number;
  end: number;
  text: string;
}

/** One per article: indexes built once, then one `resolve` per quotation in reading order. */
export class SpeakerResolver {
  private readonly mentions: EntityMention[];
  /** Mentions outside long quotations: the ones a pronoun may point back to. */
  private readonly outside: EntityMention[];
  private readonly byId = new Map<string, Entity>();
  private lower: string | null = null;
  private readonly genders = new Map<string, Gender>();
  private prev: { end: number; entityId: string | null } | null = null;
  /** Per person: the words of the titles and descriptions the text gives them (see roles.ts). */
  private roles: Map<string, Set<string>> | null = null;

  constructor(
    private readonly text: string,
    ctx: Ctx,
    entities: EntityResult,
  ) {
    // a caption's or credit's name ("Photograph: Ed Marsh/PA") is nobody a pronoun or a
    // description in the story points back to
    this.mentions = entities.mentions
      .filter((m) => {
        const t = ctx.toks[tokenAt(ctx.toks, m.start)];
        return !(t && ctx.furniture.has(t.para));
      })
      .sort((a, b) => a.start - b.start);
    const long = ctx.pairs.filter((p) => p.end - p.start > 40);
    let k = 0;
    this.outside = this.mentions.filter((m) => {
      while (k < long.length && long[k]!.end <= m.start) k++;
      const p = long[k];
      return !(p && p.start <= m.start && m.end <= p.end);
    });
    for (const e of entities.entities) this.byId.set(e.id, e);
  }

  private hit(id: string): Resolved {
    return { entityId: id, name: this.byId.get(id)?.name ?? id };
  }

  /** Resolves one quotation's speaker; `quoteEnd` is where that quotation ends. */
  resolve(speaker: Speaker | null, type: ChunkType | null, quoteEnd: number): Resolved {
    const r = speaker && type ? this.find(speaker, type) : { entityId: null, name: null };
    this.prev = { end: quoteEnd, entityId: r.entityId };
    return r;
  }

  private find(speaker: Speaker, type: ChunkType): Resolved {
    const ms = this.mentions;
    // 0. the speaker is the start of a person's title, the name after it: "said acting FDA
    // commissioner Janet Woodcock" (the ranker took "FDA"), "BioNTech CEO and Co-founder Ugur Sahin"
    const next = ms[tokenAt(ms, speaker.end)];
    if (
      next?.type === 'person' &&
      next.start - speaker.end <= 40 &&
      continuesTitle(speaker.text, this.text.slice(speaker.end, next.start))
    )
      return this.hit(next.entityId);
    // 1. the mention is an entity mention, or ends with one ("The Post's Ruth Marcus"); a name
    // that only modifies the phrase's noun is someone else ("a Clinton campaign official", "the
    // presumptive Democratic presidential nominee"), and so is one after "of" ("a friend of Tom
    // Brown"), but for the person a title of office names ("Assistant to the President of
    // Azerbaijan Hikmet Hajiyev"); in "Sen. Jeff Merkley of Oregon" the head ends before "of"
    const of = /\s(?:of|for|to|from|at|with)\s/.exec(speaker.text);
    // a title of office is capitalized: "Assistant to the President …", not "the top aide to …"
    const office = /^(?:(?:the|a|an)\s+)?\p{Lu}/u.test(speaker.text);
    const headEnd = of ? speaker.start + of.index : speaker.end;
    let best: EntityMention | null = null;
    for (let i = Math.max(0, tokenAt(ms, speaker.start) - 8); i < ms.length; i++) {
      const m = ms[i]!;
      if (m.start >= speaker.end) break;
      if (m.end <= speaker.start) continue;
      const titled =
        office &&
        m.type === 'person' &&
        m.start > headEnd &&
        HEAD_REST.test(this.text.slice(m.end, speaker.end)) &&
        /\p{Lu}/u.test(this.text.slice(headEnd, m.start).replace(/^\s*\S+/, ''));
      // a mention past the head's end is still its head when it covers that end (the recognizer's
      // span may run past the chunk's)
      const rest = m.end <= headEnd ? this.text.slice(m.end, headEnd) : m.start < headEnd ? '' : null;
      // "the BLM group" is that organization; "the Sanders campaign" is not that person
      const orgHead = rest !== null && m.type === 'organization' && ORG_NOUNS.has(rest.trim().toLowerCase());
      if (!titled && !orgHead && (rest === null || !HEAD_REST.test(rest))) continue;
      if (!best || (TYPE_RANK[m.type] ?? 0) >= (TYPE_RANK[best.type] ?? 0)) best = m;
    }
    if (best && best.type !== 'place') {
      const other = best.type === 'person' ? this.otherPerson(speaker, best) : null;
      return other ? { entityId: null, name: other } : this.hit(best.entityId);
    }
    if (type === 'i') return { entityId: null, name: null };
    if (type === 'he' || type === 'they' || type === 'it' || type === 'who')
      return this.pronoun(speaker, type);
    // 2. a surname or short form of a known entity
    const words = wordsOf(speaker.text);
    // only the leading determiner goes: "the Assistant to the President" keeps its inner "the"
    if (words.length > 1 && DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
    // the surname is the head's: "CEO of Thomson Reuters" is no Reuters
    const headWords = of ? wordsOf(speaker.text.slice(0, of.index)) : words;
    const lastW = headWords[headWords.length - 1]?.toLowerCase();
    if (type === 'name' && lastW) {
      const e = this.bySurname(lastW, speaker);
      if (e) return this.hit(e);
    }
    // 3. a description with its name beside it: "the minister, Rachel Adeyemi, told parliament"
    const appos = /^,\s*/.exec(this.text.slice(speaker.end, speaker.end + 3));
    if (appos) {
      const at = speaker.end + appos[0].length;
      const m = ms[tokenAt(ms, at)];
      if (m && m.start === at && m.type === 'person') return this.hit(m.entityId);
    }
    // … or before it, the name opening its clause: '"…," Steve Hasker, CEO of Thomson Reuters said'
    // (not "After meeting Volodymyr Zelenskiy, the president said")
    const named = /,\s*$/.exec(this.text.slice(Math.max(0, speaker.start - 3), speaker.start));
    if (named) {
      const at = speaker.start - named[0].length;
      const m = ms[tokenAt(ms, at) - 1];
      // what stands before the name: nothing, punctuation ("LONDON (Reuters) - ", '"…," '), a line's
      // start, or a conjunction ("But"); not a verb or a preposition ("After meeting")
      const lead = m ? /(\S*)\s*$/u.exec(this.text.slice(Math.max(0, m.start - 12), m.start))![1]! : '';
      const opens = lead === '' || /[.!?:;"”’'()\-—–]$/u.test(lead) || CLAUSE_OPENERS.has(lead.toLowerCase());
      if (m && m.end === at && m.type === 'person' && opens) return this.hit(m.entityId);
    }
    // 4. a description: where else were these words used, and whom did they describe there?
    const phrase = words.join(' ').toLowerCase();
    if (phrase.length >= 3 && ms.length) {
      const m = this.describedBy(phrase, speaker);
      if (m) return this.hit(m.entityId);
    }
    const described = type === 'name' || type === 'desc' || type === 'descN' || type === 'bare';
    // 5. a role the text gave someone in a title or apposition: "the Florida senator"
    const role = described ? roleOf(speaker.text) : null;
    const holder = role ? this.byRole(role, speaker) : null;
    if (holder) return this.hit(holder);
    return { entityId: null, name: described ? speaker.text : null };
  }

  /**
   * The person given every word of `role`, named nearest before the speaker and within as far as a
   * pronoun looks back; nobody when another such person was named nearly as near ("the senator"
   * between mentions of two senators).
   */
  private byRole(role: string[], speaker: Speaker): string | null {
    if (!this.roles) {
      this.roles = new Map();
      for (const m of this.mentions) {
        if (m.type !== 'person') continue;
        let set = this.roles.get(m.entityId);
        if (!set) this.roles.set(m.entityId, (set = new Set()));
        for (const w of roleWords(this.text, m.start, m.end)) set.add(w);
      }
    }
    const nearest = new Map<string, number>();
    for (const m of this.mentions) {
      if (m.end > speaker.start) break;
      const words = this.roles.get(m.entityId);
      if (m.type === 'person' && words && describes(role, words))
        nearest.set(m.entityId, speaker.start - m.end);
    }
    const [first, second] = [...nearest].sort((a, b) => a[1] - b[1]);
    if (!first || first[1] > LOOK_BACK || (second && second[1] <= 2 * first[1] + 200)) return null;
    return first[0];
  }

  /**
   * "Homeland Security Secretary Jeh Johnson" where the recognizer found only "Johnson", an alias
   * of Gary Johnson: the given name written before the surname says it is another person. Returns
   * that person's name as written, or null when the mention is the entity's.
   */
  private otherPerson(speaker: Speaker, m: EntityMention): string | null {
    // a full name ("Dick Durbin") names its person already; only a lone surname may be borrowed
    if (/\s/.test(m.text)) return null;
    const before = this.text.slice(speaker.start, m.start).trimEnd();
    const given = /(\p{Lu}[\p{Ll}’'-]+)$/u.exec(before)?.[1];
    const lower = given?.toLowerCase().replace(/[’']s$/, '') ?? '';
    if (!given || HONORIFIC.test(given) || TITLES.has(lower) || SPEAKER_NOUNS.has(lower)) return null;
    if (STOP_WORDS.has(lower) || SENTENCE_STARTERS.has(lower)) return null;
    // a name of something else ("… of Azerbaijan Hikmet Hajiyev") is no given name
    const at = speaker.start + before.length - given.length;
    if (this.mentions.some((x) => x.start <= at && at < x.end)) return null;
    const e = this.byId.get(m.entityId);
    if (!e || e.name.split(/\s+/).includes(given) || e.aliases.some((a) => a.split(/\s+/).includes(given)))
      return null;
    return `${given} ${m.text}`;
  }

  /**
   * The entity a bare surname ("Johnson", "Mr. Burman") stands for: of those whose names hold it,
   * the one named nearest before (else after) it, agreeing with a title's gender. Two people may
   * share a surname; the nearest one is who the writer means.
   */
  private bySurname(word: string, speaker: Speaker): string | null {
    const title = TITLE_GENDER.find(([re]) => re.test(speaker.text.replace(/\s*\S+$/, ' ')));
    const g = title?.[1] ?? 'unknown';
    let best: string | null = null;
    let bestD = Infinity;
    for (const e of this.byId.values()) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      if (!e.aliases.concat(e.name).some((a) => a.toLowerCase().split(/\s+/).includes(word))) continue;
      if (!this.agrees(e.id, g)) continue;
      for (const m of this.mentions) {
        if (m.entityId !== e.id) continue;
        // a mention before the speaker counts as nearer than one after it at the same distance
        const d = m.end <= speaker.start ? speaker.start - m.end : m.start - speaker.end + 1;
        if (d >= 0 && d < bestD) {
          bestD = d;
          best = e.id;
        }
      }
    }
    return best;
  }

  /**
   * A person's gender as the text and first-name lists tell it: a title written before a mention
   * ("Mr. Burman", "Ms. Abedin") decides, else the first name's usual gender; otherwise unknown.
   */
  private genderOf(id: string): Gender {
    const known = this.genders.get(id);
    if (known) return known;
    let g: Gender = 'unknown';
    const e = this.byId.get(id);
    if (e?.type === 'person') {
      for (const m of this.mentions) {
        if (m.entityId !== id) continue;
        const before = this.text.slice(Math.max(0, m.start - 6), m.start);
        const t = TITLE_GENDER.find(([re]) => re.test(before));
        if (t) {
          g = t[1];
          break;
        }
      }
      if (g === 'unknown') {
        const words = e.name.split(/\s+/);
        while (words.length > 1 && HONORIFIC.test(words[0]!)) words.shift();
        // a first name, not a surname standing alone ("Trump") that a list may hold as a first name
        if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) g = getGender(words[0]!, 'en');
      }
    }
    this.genders.set(id, g);
    return g;
  }

  /** Whether entity `id` may be what a pronoun of gender `g` stands for. */
  private agrees(id: string, g: Gender): boolean {
    if (g === 'unknown') return true;
    const other = this.genderOf(id);
    return other === 'unknown' || other === g;
  }

  private pronoun(speaker: Speaker, type: PronounType): Resolved {
    const wanted = PRONOUN_REFERENTS[type];
    const lookBack = type === 'it' ? IT_LOOK_BACK : LOOK_BACK;
    const g = PRONOUN_GENDER[pronounOf(speaker.text.toLowerCase()) ?? ''] ?? 'unknown';
    const out = this.outside;
    const upto = tokenAt(out, speaker.start);
    // "Donald Trump, who proclaimed …": a relative pronoun stands for the person named just before
    // it, but for two ("Govs. Jeb Bush and Chris Christie, who say …")
    const before = out[upto - 1];
    const prior = out[upto - 2];
    if (type === 'who' && before && /^[\s,]*$/.test(this.text.slice(before.end, speaker.start))) {
      if (prior && /^,?\s+(?:and|or|&)\s+$/.test(this.text.slice(prior.end, before.start)))
        return { entityId: null, name: null };
      if (before.type === 'person') return this.hit(before.entityId);
    }
    // the previous quotation's speaker, when recent and nobody else was named since, comes first
    const prev = this.prev;
    if (prev?.entityId && speaker.start - prev.end < 1500 && this.agrees(prev.entityId, g)) {
      const e = this.byId.get(prev.entityId);
      if (e && wanted.includes(e.type)) {
        let other = false;
        for (let i = upto - 1; i >= 0 && out[i]!.start > prev.end; i--) {
          const m = out[i]!;
          if (m.type === 'person' && m.entityId !== prev.entityId && this.agrees(m.entityId, g)) other = true;
        }
        if (!other || type !== 'he') return this.hit(prev.entityId);
      }
    }
    for (let i = upto - 1; i >= 0; i--) {
      const m = out[i]!;
      if (speaker.start - m.end > lookBack) break;
      if (m.end <= speaker.start && wanted.includes(m.type) && this.agrees(m.entityId, g))
        return this.hit(m.entityId);
    }
    return { entityId: null, name: null };
  }

  /** The person or organization mention nearest another use of `phrase`, within its sentence. */
  private describedBy(phrase: string, speaker: Speaker): EntityMention | null {
    const text = this.text;
    this.lower ??= text.toLowerCase();
    const lower = this.lower;
    // "the committee" may stand for an organization; "the president" only for a person
    const orgHead = ORG_NOUNS.has(phrase.slice(phrase.lastIndexOf(' ') + 1));
    let bestM: EntityMention | null = null;
    let bestD = Infinity;
    let seen = 0;
    // nearest uses first, a few of them: enough for an article, bounded for a book
    const uses: number[] = [];
    for (
      let at = lower.lastIndexOf(phrase, speaker.start - 1);
      at >= 0 && uses.length < 6;
      at = lower.lastIndexOf(phrase, at - 1)
    ) {
      uses.push(at);
      if (at === 0) break;
    }
    for (
      let at = lower.indexOf(phrase, speaker.end);
      at >= 0 && seen < 3;
      at = lower.indexOf(phrase, at + 1)
    ) {
      uses.push(at);
      seen++;
    }
    for (const at of uses) {
      const from = tokenAt(this.mentions, at - 160);
      for (let i = from; i < this.mentions.length; i++) {
        const m = this.mentions[i]!;
        if (m.start > at + phrase.length + 160) break;
        if (m.type !== 'person' && !(m.type === 'organization' && orgHead)) continue;
        const d = m.start >= at + phrase.length ? m.start - (at + phrase.length) : at - m.end;
        if (d < 0 || d >= bestD) continue;
        // beside it, in apposition or in one title: "Hikmet Hajiyev, the Assistant to the
        // President", "Assistant to the President of Azerbaijan Hikmet Hajiyev"; a name past a
        // verb is often someone else ("An Israeli official told Haaretz")
        const between = m.start >= at ? text.slice(at + phrase.length, m.start) : text.slice(m.end, at);
        if (!/^[\s,]/.test(between) || /[.!?]\s|\n/.test(between) || !isTitleChain(between)) continue;
        bestD = d;
        bestM = m;
      }
    }
    return bestM;
  }
}
