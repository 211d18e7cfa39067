/**
 * From the speaker mention as written to an entity of the recognizer: a mention that overlaps an
 * entity mention is that entity; a pronoun goes back to the previous speaker or the last person
 * named outside quotations; a description ("the Assistant to the President") goes to the person the
 * same words were attached to earlier; a surname alone goes to the entity whose name ends with it.
 */
import type { EntityMention, Quote } from '../../model/analysis';
import type { EntityResult } from '../entities';
import type { ChunkType, Ctx } from './core';
import { DETERMINERS } from './lexicon';

const TYPE_RANK: Record<string, number> = { person: 4, organization: 3, misc: 2, place: 1 };

export interface Resolved {
  entityId: string | null;
  name: string | null;
}

function insideQuote(ctx: Ctx, m: EntityMention): boolean {
  // top-level mark pairs are few: a linear scan is fine
  return ctx.pairs.some((p) => p.start <= m.start && m.end <= p.end && p.end - p.start > 40);
}

function nameOf(entities: EntityResult, id: string): string {
  return entities.entities.find((e) => e.id === id)?.name ?? id;
}

export function resolveSpeaker(
  text: string,
  ctx: Ctx,
  entities: EntityResult,
  speaker: { start: number; end: number; text: string },
  type: ChunkType,
  prevQuotes: Quote[],
  prevResolved: (string | null)[],
): Resolved {
  const mentions = entities.mentions;
  const hit = (id: string): Resolved => ({ entityId: id, name: nameOf(entities, id) });
  // 1. the mention itself is (or holds) an entity mention
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.start < speaker.end && m.end > speaker.start) {
      if (!best || (TYPE_RANK[m.type] ?? 0) >= (TYPE_RANK[best.type] ?? 0)) best = m;
    }
  }
  if (best && best.type !== 'place') return hit(best.entityId);
  const typeIsPronoun = type === 'he' || type === 'they' || type === 'it' || type === 'who' || type === 'i';
  const prevId = prevResolved.length ? prevResolved[prevResolved.length - 1] : null;
  const prevQ = prevQuotes[prevQuotes.length - 1];
  const before = mentions.filter((m) => m.end <= speaker.start && !insideQuote(ctx, m));
  if (typeIsPronoun) {
    if (type === 'i') return { entityId: null, name: null };
    const wanted =
      type === 'he' ? ['person'] : type === 'who' ? ['person', 'organization'] : ['organization', 'person'];
    // the previous quotation's speaker, when it is recent, is the most likely antecedent
    if (prevId && prevQ && speaker.start - prevQ.end < 1500) {
      const e = entities.entities.find((x) => x.id === prevId);
      if (e && wanted.includes(e.type)) {
        // unless another person was named in between
        const between = before.filter(
          (m) => m.start > prevQ.end && m.type === 'person' && m.entityId !== prevId,
        );
        if (!between.length || type !== 'he') return hit(prevId);
      }
    }
    for (let k = before.length - 1; k >= 0; k--) {
      const m = before[k]!;
      if (speaker.start - m.end > 3000) break;
      if (wanted.includes(m.type)) return hit(m.entityId);
    }
    return { entityId: null, name: null };
  }
  // 2. a surname or short form of a known entity
  const words = speaker.text
    .split(/[^\p{L}\p{N}’'-]+/u)
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()))
    .map((w) => w.replace(/[’']s$/, ''));
  const lastW = words[words.length - 1]?.toLowerCase();
  if (type === 'name' && lastW) {
    const e = entities.entities.find(
      (x) =>
        (x.type === 'person' || x.type === 'organization') &&
        x.aliases.concat(x.name).some((a) => a.toLowerCase().split(/\s+/).includes(lastW)),
    );
    if (e) return hit(e.id);
  }
  // 3. a description: where else were these words used, and whom did they describe there?
  const phrase = words.join(' ').toLowerCase();
  if (phrase.length >= 3) {
    const lower = text.toLowerCase();
    let at = lower.indexOf(phrase);
    let bestM: EntityMention | null = null;
    let bestD = Infinity;
    while (at >= 0) {
      if (at !== speaker.start && !(at >= speaker.start && at < speaker.end)) {
        for (const m of mentions) {
          if (m.type !== 'person' && m.type !== 'organization') continue;
          const d = m.start >= at + phrase.length ? m.start - (at + phrase.length) : at - m.end;
          if (
            d >= 0 &&
            d < 160 &&
            !/[.!?]\s/.test(text.slice(Math.min(m.end, at), Math.max(m.start, at))) &&
            d < bestD
          ) {
            bestD = d;
            bestM = m;
          }
        }
      }
      at = lower.indexOf(phrase, at + 1);
    }
    if (bestM) return hit(bestM.entityId);
  }
  return {
    entityId: null,
    name: type === 'name' || type === 'desc' || type === 'descN' || type === 'bare' ? speaker.text : null,
  };
}
