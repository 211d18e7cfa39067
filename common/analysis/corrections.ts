/**
 * The user's corrections laid over the machine's analysis. They are applied at view time, never
 * written into the cached analysis, so they outlive re-analysis: each span-based correction is
 * re-anchored to the current text, and one whose text is gone is skipped rather than applied to
 * whatever now sits at its old offsets. Corrections apply in the order they were made, so a later
 * one (a retype, a merge) sees the effect of the earlier ones.
 */
import { anchorTarget } from '../anchoring/anchor';
import type { Analysis, Entity, EntityMention, EntityType, Quote, Span } from '../model/analysis';
import type { Correction, HighlightTarget } from '../model/annotation';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function place(text: string, target: HighlightTarget): Span | null {
  // Only on its own words: a correction laid on text that changed or may be a look-alike would
  // correct something the user never looked at.
  const a = anchorTarget(text, target);
  return a.status === 'anchored' ? { start: a.start, end: a.end } : null;
}

/**
 * The entity a name refers to: its canonical name first, then an alias; exact case before any
 * case. Among several, the one of `preferType`, then the most mentioned.
 */
export function findEntity(
  entities: readonly Entity[],
  name: string,
  preferType?: EntityType,
): Entity | null {
  const wanted = name.trim();
  const lower = wanted.toLowerCase();
  const tests: ((e: Entity) => boolean)[] = [
    (e) => e.name === wanted,
    (e) => e.aliases.includes(wanted),
    (e) => e.name.toLowerCase() === lower,
    (e) => e.aliases.some((a) => a.toLowerCase() === lower),
  ];
  for (const t of tests) {
    const hits = entities.filter(t);
    if (hits.length === 0) continue;
    return [...hits].sort(
      (a, b) =>
        Number(b.type === preferType) - Number(a.type === preferType) || b.mentionCount - a.mentionCount,
    )[0]!;
  }
  return null;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

export function applyCorrections(
  analysis: Analysis,
  corrections: readonly Correction[],
  text: string,
): Analysis {
  if (corrections.length === 0) return analysis;
  let entities: Entity[] = analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  let mentions: EntityMention[] = analysis.mentions.map((m) => ({ ...m }));
  let quotes: Quote[] = analysis.quotes.map((q) => ({ ...q }));
  let reported: Quote[] = analysis.reported.map((q) => ({ ...q }));
  let terms = analysis.terms;
  // quotations and reported speech carry speakers the same way, and the same corrections apply
  const eachSpeech = (f: (q: Quote) => Quote | null) => {
    const apply = (list: Quote[]) => list.map(f).filter((q): q is Quote => q !== null);
    quotes = apply(quotes);
    reported = apply(reported);
  };

  const dropEntity = (id: string) => {
    entities = entities.filter((e) => e.id !== id);
    mentions = mentions.filter((m) => m.entityId !== id);
    // The quotation stays; only the link to an entity the user says is not one goes.
    eachSpeech((q) => (q.speakerEntityId === id ? { ...q, speakerEntityId: null } : q));
  };
  const speakerFor = (name: string) => {
    const e = findEntity(entities, name, 'person');
    // the user's word is certain
    return {
      speakerEntityId: e?.id ?? null,
      speakerName: e?.name ?? name.trim(),
      speakerConfidence: 1,
      speakerSure: true,
    };
  };

  for (const c of corrections) {
    switch (c.kind) {
      case 'reject-mention': {
        const at = place(text, c.target);
        if (at) mentions = mentions.filter((m) => m.start !== at.start || m.end !== at.end);
        break;
      }
      case 'reject-entity': {
        const e = entities.find((x) => x.name === c.entityName && x.type === c.entityType);
        if (e) dropEntity(e.id);
        break;
      }
      case 'retype-entity': {
        const e = entities.find((x) => x.name === c.entityName && x.type === c.entityType);
        if (!e) break;
        e.type = c.to;
        mentions = mentions.map((m) => (m.entityId === e.id ? { ...m, type: c.to } : m));
        break;
      }
      case 'merge-entities': {
        const from = findEntity(entities, c.fromName);
        const into =
          from &&
          findEntity(
            entities.filter((e) => e !== from),
            c.intoName,
          );
        if (!from || !into) break;
        into.aliases = [...new Set([...into.aliases, ...from.aliases])];
        mentions = mentions.map((m) =>
          m.entityId === from.id ? { ...m, entityId: into.id, type: into.type } : m,
        );
        eachSpeech((q) =>
          q.speakerEntityId === from.id ? { ...q, speakerEntityId: into.id, speakerName: into.name } : q,
        );
        entities = entities.filter((e) => e !== from);
        break;
      }
      case 'add-mention': {
        const at = place(text, c.target);
        if (!at) break;
        const surface = text.slice(at.start, at.end);
        let e = findEntity(entities, surface, c.entityType);
        if (!e) {
          e = {
            id: `user:${c.entityType}:${slug(surface)}`,
            name: surface,
            type: c.entityType,
            aliases: [surface],
            mentionCount: 0,
          };
          entities.push(e);
        }
        // The user's span replaces machine mentions it overlaps ("China Xi Jinping" marked as "Xi Jinping").
        const id = e.id;
        mentions = mentions.filter((m) => !overlaps(m, at));
        mentions.push({ ...at, type: e.type, text: surface, entityId: id });
        break;
      }
      case 'reject-quote': {
        const at = place(text, c.target);
        if (at) eachSpeech((q) => (q.start === at.start && q.end === at.end ? null : q));
        break;
      }
      case 'set-speaker': {
        const at = place(text, c.target);
        if (!at) break;
        const who = speakerFor(c.speakerName);
        eachSpeech((q) =>
          q.start === at.start && q.end === at.end
            ? {
                ...q,
                ...who,
                // The machine's speaker mention no longer names who the user says it is.
                speaker:
                  who.speakerEntityId !== null && who.speakerEntityId === q.speakerEntityId
                    ? q.speaker
                    : null,
              }
            : q,
        );
        break;
      }
      case 'add-quote': {
        const at = place(text, c.target);
        if (!at) break;
        const who = c.speakerName
          ? speakerFor(c.speakerName)
          : { speakerEntityId: null, speakerName: null, speakerConfidence: null, speakerSure: false };
        eachSpeech((q) => (overlaps(q, at) ? null : q));
        terms = terms.filter((t) => !overlaps(t, at));
        quotes.push({
          ...at,
          text: text.slice(at.start, at.end),
          parts: [{ ...at }],
          speaker: null,
          cue: null,
          ...who,
        });
        break;
      }
    }
  }

  // Counts and aliases follow the mentions that are left.
  const surfaces = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    let s = surfaces.get(m.entityId);
    if (!s) surfaces.set(m.entityId, (s = new Set()));
    s.add(m.text);
  }
  entities = entities
    .filter((e) => counts.has(e.id))
    .map((e) => {
      const seen = surfaces.get(e.id)!;
      return {
        ...e,
        mentionCount: counts.get(e.id)!,
        aliases: [...new Set([e.name, ...e.aliases.filter((a) => seen.has(a)), ...seen])],
      };
    });
  const alive = new Set(entities.map((e) => e.id));
  eachSpeech((q) =>
    q.speakerEntityId !== null && !alive.has(q.speakerEntityId) ? { ...q, speakerEntityId: null } : q,
  );

  return {
    ...analysis,
    entities,
    mentions: mentions.sort(bySpan),
    quotes: quotes.sort(bySpan),
    reported: reported.sort(bySpan),
    terms,
  };
}
