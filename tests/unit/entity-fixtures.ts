import type { EntityResult } from '../../common/analysis/entities';
import type { EntityMention, EntityType } from '../../common/model/analysis';

export interface EntityDef {
  id: string;
  name: string;
  type: EntityType;
  /** Surface forms: each whole-word occurrence is a mention (the first form to claim a span wins). */
  forms: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hand-built recognizer output, for testing the quotation finder apart from the recognizer. */
export function entities(text: string, defs: EntityDef[]): EntityResult {
  const mentions: EntityMention[] = [];
  for (const d of defs)
    for (const form of d.forms)
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu')))
        if (!mentions.some((x) => x.start < m.index + form.length && x.end > m.index))
          mentions.push({
            start: m.index,
            end: m.index + form.length,
            type: d.type,
            text: form,
            entityId: d.id,
          });
  mentions.sort((a, b) => a.start - b.start);
  return {
    mentions,
    entities: defs.map((d) => ({
      id: d.id,
      name: d.name,
      type: d.type,
      aliases: d.forms,
      mentionCount: mentions.filter((m) => m.entityId === d.id).length,
    })),
  };
}
