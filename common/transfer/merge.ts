/**
 * Merging what a backup or an annotation file brings into what the library holds, record by record,
 * by id: nothing is duplicated and nothing is deleted. Of two versions of a record the one modified
 * later wins; on a tie, or when either time cannot be read, the library's own stays, since nothing
 * should change without a reason. Pure, so that every rule is tested without files.
 */
import type { ArticleAnnotations, Correction, Highlight } from '../model/annotation';
import { MAX_TAGS, type Shelf } from '../model/library';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Differing, with the library's version as new or newer: kept as it is. */
  kept: number;
}
export const noCounts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, kept: 0 });
export const addCounts = (a: MergeCounts, b: MergeCounts): MergeCounts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  kept: a.kept + b.kept,
});

/** Equality of plain JSON values, whatever order their keys were written in. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A record's time in ms; one that does not read counts as older than any. */
const timeOf = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** The highlights after the merge, in the library's order with the new ones after, and what happened. */
export function mergeHighlights(
  local: readonly Highlight[],
  incoming: readonly Highlight[],
): { highlights: Highlight[]; counts: MergeCounts } {
  const counts = noCounts();
  const byId = new Map(local.map((h) => [h.id, h]));
  const out = [...local];
  for (const h of incoming) {
    const mine = byId.get(h.id);
    if (!mine) {
      counts.added += 1;
      out.push(h);
      byId.set(h.id, h);
    } else if (sameJson(mine, h)) counts.unchanged += 1;
    else if (timeOf(h.modified) > timeOf(mine.modified)) {
      counts.updated += 1;
      out[out.indexOf(mine)] = h;
      byId.set(h.id, h);
    } else counts.kept += 1;
  }
  return { highlights: out, counts };
}

/** Corrections are made and removed, never edited: one not in the library is added. */
export function mergeCorrections(
  local: readonly Correction[],
  incoming: readonly Correction[],
): { corrections: Correction[]; counts: MergeCounts } {
  const counts = noCounts();
  const out = [...local];
  for (const c of incoming) {
    const mine = out.find((m) => m.id === c.id);
    if (!mine) {
      counts.added += 1;
      out.push(c);
    } else if (sameJson(mine, c)) counts.unchanged += 1;
    else counts.kept += 1;
  }
  return { corrections: out, counts };
}

/**
 * The article note has no time of its own to compare. An empty one takes the other's; one that
 * already holds the other's text stays; otherwise both are kept, the incoming one after a line
 * saying where it came from, so neither text is lost and importing again adds nothing.
 */
export function mergeArticleNote(
  local: string,
  incoming: string,
  from: string,
): { note: string; outcome: keyof MergeCounts | null } {
  const theirs = incoming.trim();
  if (!theirs) return { note: local, outcome: null };
  if (!local.trim()) return { note: incoming, outcome: 'added' };
  if (local.includes(theirs)) return { note: local, outcome: 'unchanged' };
  return { note: `${local.trimEnd()}\n\n— ${from} —\n\n${theirs}`, outcome: 'updated' };
}

export interface AnnotationsMerge {
  annotations: ArticleAnnotations;
  highlights: MergeCounts;
  corrections: MergeCounts;
  articleNote: keyof MergeCounts | null;
  changed: boolean;
}

export function mergeAnnotations(
  local: ArticleAnnotations,
  incoming: ArticleAnnotations,
  from: string,
): AnnotationsMerge {
  const h = mergeHighlights(local.highlights, incoming.highlights);
  const c = mergeCorrections(local.corrections, incoming.corrections);
  const n = mergeArticleNote(local.articleNote, incoming.articleNote, from);
  const annotations = { highlights: h.highlights, articleNote: n.note, corrections: c.corrections };
  return {
    annotations,
    highlights: h.counts,
    corrections: c.counts,
    articleNote: n.outcome,
    changed: !sameJson(annotations, local),
  };
}

/**
 * A shelf has no times of its own but the last reading: tags are united (the library's spellings
 * first, one per spelling ignoring case), progress is the furthest and the last reading the latest
 * of the two; archived stays as the library has it, the state the user sees.
 */
export function mergeShelf(local: Shelf, incoming: Shelf): Shelf {
  const seen = new Set(local.tags.map((t) => t.toLocaleLowerCase()));
  const tags = [...local.tags];
  for (const t of incoming.tags) {
    if (tags.length >= MAX_TAGS) break;
    if (!seen.has(t.toLocaleLowerCase())) {
      seen.add(t.toLocaleLowerCase());
      tags.push(t);
    }
  }
  const lastReadAt =
    local.lastReadAt === null
      ? incoming.lastReadAt
      : incoming.lastReadAt !== null && timeOf(incoming.lastReadAt) > timeOf(local.lastReadAt)
        ? incoming.lastReadAt
        : local.lastReadAt;
  return {
    tags,
    archived: local.archived,
    lastReadAt,
    progress: Math.max(local.progress, incoming.progress),
  };
}
