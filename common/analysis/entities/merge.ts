/**
 * Mentions -> entities within one document. The tagger sees words; this sees names: it links a bare
 * surname to the full name it abbreviates, an acronym to its expansion, and an official country name
 * to its short form, then gives each entity a canonical (fullest) name, a majority type and a stable id.
 */
import type { Entity, EntityMention, EntityType } from '../../model/analysis';
import { isSubsequence } from './postprocess';
import { FORMS_OF_ADDRESS } from './retype';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  '&',
  'de',
  'la',
  'du',
  'des',
  'der',
  'von',
]);
const OFFICIAL_HEAD =
  /^(?:the\s+)?(?:(?:people['’]s|democratic|federal|islamic|arab|socialist|united|federative|plurinational|bolivarian|hashemite|cooperative|oriental|co-operative|independent|sovereign)\s+)*(?:republic|kingdom|federation|state|states|commonwealth|principality|sultanate|emirate|grand\s+duchy|union)\s+of\s+(?:the\s+)?(.+)$/iu;

function normalise(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/[’]/gu, "'").trim();
}

function words(s: string): string[] {
  return s.split(' ').filter((w) => w.length > 0);
}

/** Initials of a multi-word name (given as its words), with and without its small words ("SCO", "UNFCCC"). */
function initials(nameWords: readonly string[]): string[] {
  const ws = nameWords.flatMap((w) => w.split('-'));
  if (ws.length < 2) return [];
  const all = ws
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  const content = ws
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return content === all ? [all] : [all, content];
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
}

/** Whether a form of address ("Mr.", "Dr") stands right before `start`. */
function afterAddress(text: string, start: number): boolean {
  const m = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 8), start));
  return m !== null && FORMS_OF_ADDRESS.has(m[1]!.toLowerCase());
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/['’]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'entity'
  );
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      const p = this.parent[x]!;
      this.parent[x] = this.parent[p]!;
      x = p;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups mentions (in text order) into entities. Mentions keep their own span and text; the entity's
 * type is the majority of theirs.
 */
export function mergeMentions(
  text: string,
  raw: readonly RawMention[],
): { mentions: EntityMention[]; entities: Entity[] } {
  const n = raw.length;
  const names = raw.map((m) => normalise(m.text));
  // Split once: the surname step below reads every full name's words for every bare surname.
  const nameWords = names.map(words);
  const uf = new UnionFind(n);

  // Same surface form (case-insensitively, for headlines) and compatible type: one entity.
  const byForm = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const f = names[i]!.toLowerCase();
    const j = byForm.get(f);
    if (j === undefined) byForm.set(f, i);
    else uf.union(i, j);
  }

  // "Long Name (ACR)": the acronym in brackets right after a multi-word name is its alias.
  for (let i = 0; i + 1 < n; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (nameWords[i]!.length < 2 || !isAcronym(names[i + 1]!)) continue;
    const between = text.slice(a.end, b.start);
    const after = text.slice(b.end, b.end + 2);
    const letters = names[i + 1]!.replace(/[^\p{Lu}]/gu, '');
    const compatible = initials(nameWords[i]!).some((ini) => isSubsequence(letters, ini));
    if (compatible && /^\s*\(\s*$/u.test(between) && /^\s*\)/u.test(after)) uf.union(i, i + 1);
  }

  // Acronyms matching the initials of a multi-word name of a non-person entity elsewhere.
  const byInitials = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (raw[i]!.type === 'person') continue;
    for (const ini of initials(nameWords[i]!))
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, i);
  }
  for (let i = 0; i < n; i++) {
    if (raw[i]!.type === 'person' || !isAcronym(names[i]!)) continue;
    const j = byInitials.get(names[i]!.replace(/\./gu, '').toUpperCase());
    if (j !== undefined) uf.union(i, j);
  }

  // Official and short country names: "People's Republic of China" and "China".
  const formIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!formIndex.has(names[i]!)) formIndex.set(names[i]!, i);
  for (let i = 0; i < n; i++) {
    if (raw[i]!.type === 'person') continue;
    const m = OFFICIAL_HEAD.exec(names[i]!);
    if (!m) continue;
    const j = formIndex.get(m[1]!);
    if (j !== undefined && raw[j]!.type !== 'person') uf.union(i, j);
  }

  // A single-word mention that is the last word of exactly one person's full name in the document
  // (with two Hajiyevs named in full, a bare "Hajiyev" could be either: it stays apart). After a
  // form of address it may be the first word instead, for names written family name first ("Xi
  // Jinping" ... "Mr. Xi").
  const fullNames: number[] = [];
  for (let i = 0; i < n; i++) if (raw[i]!.type === 'person' && nameWords[i]!.length >= 2) fullNames.push(i);
  const fullNameWith = (word: string, at: (fw: string[]) => string | undefined): number => {
    const candidates = new Set<string>();
    let best = -1;
    for (const j of fullNames) {
      if (at(nameWords[j]!) !== word) continue;
      candidates.add(names[j]!);
      best = j;
    }
    return candidates.size === 1 ? best : -1;
  };
  for (let i = 0; i < n; i++) {
    const ws = nameWords[i]!;
    if (ws.length !== 1 || raw[i]!.type !== 'person' || isAcronym(names[i]!)) continue;
    let j = fullNameWith(ws[0]!, (fw) => fw[fw.length - 1]);
    if (j < 0 && afterAddress(text, raw[i]!.start)) j = fullNameWith(ws[0]!, (fw) => fw[0]);
    if (j >= 0) uf.union(i, j);
  }

  // Assemble.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const entityOf = new Int32Array(n);
  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  for (const members of groups.values()) {
    const votes = new Map<EntityType, number>();
    let canonical = members[0]!;
    for (const i of members) {
      votes.set(raw[i]!.type, (votes.get(raw[i]!.type) ?? 0) + 1);
      const better =
        nameWords[i]!.length > nameWords[canonical]!.length ||
        (nameWords[i]!.length === nameWords[canonical]!.length &&
          names[i]!.length > names[canonical]!.length);
      if (better && !isAcronym(names[i]!)) canonical = i;
    }
    let type = raw[canonical]!.type;
    let bestVotes = votes.get(type) ?? 0;
    for (const [t, v] of votes) {
      if (v > bestVotes) {
        type = t;
        bestVotes = v;
      }
    }
    const name = names[canonical]!;
    let id = `${type}:${slug(name)}`;
    const seen = usedIds.get(id) ?? 0;
    usedIds.set(id, seen + 1);
    if (seen > 0) id = `${id}-${seen + 1}`;
    const aliases = [name];
    for (const i of members) if (!aliases.includes(names[i]!)) aliases.push(names[i]!);
    const index = entities.length;
    entities.push({ id, name, type, aliases, mentionCount: members.length });
    for (const i of members) entityOf[i] = index;
  }
  const mentions: EntityMention[] = raw.map((m, i) => {
    const e = entities[entityOf[i]!]!;
    // Each mention keeps the tagger's type: its second pass already weighed the rest of the document,
    // and forcing the entity's majority type on every mention cost over a point of F1 on dev.
    return { start: m.start, end: m.end, type: m.type, text: m.text, entityId: e.id };
  });
  return { mentions, entities };
}
