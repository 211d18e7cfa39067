import { createHash } from 'node:crypto';
import { Anchorer } from '../../../common/anchoring/anchor';
import type { Highlight } from '../../../common/model/annotation';
import type { ForeignAnnotation, ForeignRead } from '../../../common/transfer/foreign-annotations';
import { addCounts, mergeArticleNote, mergeHighlights, sameJson } from '../../../common/transfer/merge';
import { placeQuote } from '../../../common/transfer/place';
import { glossArticleId, normalizeUrl } from '../../../common/transfer/source-url';
import type { TransferSource, TransferSummary } from '../../../common/transfer/summary';
import type { TransferDeps } from './deps';

const NO_ADDRESS = '(no address)';

const sourceOf = (a: ForeignAnnotation): string => a.source?.trim() || NO_ADDRESS;

/** The file's annotations by page, in the file's order. */
function byPage(read: ForeignRead): Map<string, ForeignAnnotation[]> {
  const pages = new Map<string, ForeignAnnotation[]>();
  for (const a of read.annotations) {
    const key = sourceOf(a);
    pages.set(key, [...(pages.get(key) ?? []), a]);
  }
  return pages;
}

/** Each page with the article whose address (or Gloss link) is the same, if any. */
export function sourcesOf(deps: TransferDeps, read: ForeignRead): TransferSource[] {
  const byUrl = new Map<string, string>();
  for (const meta of deps.library.list()) {
    const key = meta.url && normalizeUrl(meta.url);
    if (key) byUrl.set(key, meta.id);
  }
  return [...byPage(read)].map(([source, list]) => {
    const direct = glossArticleId(source);
    const normalized = normalizeUrl(source);
    const articleId =
      direct && deps.library.has(direct) ? direct : normalized ? (byUrl.get(normalized) ?? null) : null;
    return { source, title: list.find((a) => a.title)?.title ?? null, annotations: list.length, articleId };
  });
}

/** The same annotation gets the same id on every import, so importing again adds nothing. */
function idOf(kind: ForeignRead['kind'], ref: string): string {
  const own = /^urn:(?:x-)?gloss:highlight:([A-Za-z0-9_-]{1,64})$/.exec(ref);
  if (own) return own[1]!;
  return `${kind === 'hypothesis' ? 'h' : 'w'}-${createHash('sha256').update(ref).digest('hex').slice(0, 32)}`;
}

const stamp = (iso: string | null, fallback: string): string =>
  iso && iso.length <= 40 && !Number.isNaN(Date.parse(iso)) ? iso : fallback;

/**
 * Places each annotation of the file on its article by its selectors, through the app's anchoring.
 * Highlights are merged by id as a backup's are; a page note, an annotation without quoted text
 * and a reply whose annotation is not in the file go to the article note; replies are added to
 * their annotation's note. What lands nowhere is listed and kept as not found on the article.
 */
export function importForeign(
  deps: TransferDeps,
  read: ForeignRead,
  articleFor: Record<string, string>,
  summary: TransferSummary,
  now = new Date(),
): void {
  const { library, annotations, search } = deps;
  const from = read.kind === 'hypothesis' ? 'from Hypothesis' : 'from an annotation file';
  for (const u of read.unreadable) summary.skipped.push({ what: `Annotation ${u.ref}`, why: u.why });

  // Replies join the note of the annotation they answer, when it is in the file.
  const byRef = new Map(read.annotations.map((a) => [a.ref, { ...a }]));
  const replies = new Set<string>();
  for (const a of read.annotations) {
    const root = a.replyTo ? byRef.get(a.replyTo) : undefined;
    if (root && a.note.trim()) {
      root.note = [root.note, `Reply: ${a.note}`].filter((s) => s.trim()).join('\n\n');
      replies.add(a.ref);
    }
  }
  const sources = new Map(sourcesOf(deps, read).map((s) => [s.source, s]));

  for (const [source, list] of byPage(read)) {
    const picked = articleFor[source] ?? sources.get(source)?.articleId ?? null;
    const own = list.filter((a) => !replies.has(a.ref)).map((a) => byRef.get(a.ref)!);
    if (!picked || !library.has(picked)) {
      for (const a of own)
        summary.unplaced.push({
          article: null,
          text: a.quote?.exact ?? '',
          note: a.note,
          why: `no article in the library has the address ${source}: pick one and import the file again`,
        });
      summary.skipped.push({
        what: `${own.length} annotation${own.length === 1 ? '' : 's'} of ${source}`,
        why: 'no article was chosen for them',
      });
      continue;
    }
    const article = library.get(picked);
    const anchorer = new Anchorer(article.text);
    const local = annotations.get(picked);
    const incoming: Highlight[] = [];
    let articleNote = local.articleNote;
    for (const a of own) {
      if (!a.quote) {
        const piece = [a.note, a.tags.map((t) => `#${t}`).join(' ')].filter((s) => s.trim()).join('\n\n');
        const merged = mergeArticleNote(articleNote, piece, from);
        articleNote = merged.note;
        if (merged.outcome) summary.articleNotes[merged.outcome] += 1;
        continue;
      }
      const { target, status } = placeQuote(anchorer, a.quote, a.position);
      const created = stamp(a.created, now.toISOString());
      // A highlight already on these very words is this one (a file exported from Gloss, say).
      const same =
        status === 'anchored'
          ? local.highlights.find(
              (h) =>
                h.target.position.start === target.position.start &&
                h.target.position.end === target.position.end &&
                h.target.quote.exact === target.quote.exact,
            )
          : undefined;
      incoming.push({
        id: same ? same.id : idOf(read.kind, a.ref),
        target,
        color: a.color ?? 'yellow',
        note: a.note,
        ...(a.tags.length ? { tags: a.tags } : {}),
        created,
        modified: stamp(a.modified, created),
      });
      if (status === 'moved') summary.toReview += 1;
      if (status === 'orphaned')
        summary.unplaced.push({
          article: article.title,
          text: a.quote.exact,
          note: a.note,
          why: 'its words are not in the text; it is kept as not found, to re-attach in the Notes panel by selecting the right words',
        });
    }
    const merged = mergeHighlights(local.highlights, incoming);
    summary.highlights = addCounts(summary.highlights, merged.counts);
    const next = { ...local, highlights: merged.highlights, articleNote };
    if (!sameJson(next, local)) {
      annotations.replaceAll(picked, next);
      search.touch(picked);
      summary.articles.updated += 1;
      summary.changed.push(picked);
    } else summary.articles.unchanged += 1;
  }
}
