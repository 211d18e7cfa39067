import { useState } from 'react';
import type { Analysis } from '../../../common/model/analysis';
import type { Correction } from '../../../common/model/annotation';
import { fold } from '../../../common/model/highlight-filter';
import type { PlacedHighlight } from '../state/session/placed';
import { FilterBar } from './FilterBar';
import { filterHighlights, NO_FILTER, tagsIn } from './highlight-filter';
import { HighlightItem } from './HighlightItem';
import { HighlightTags } from './HighlightTags';
import { KindList } from './KindList';
import { isHighlightKind, NOTE_KINDS, rowsOf, type KindRow, type NoteKind } from './kinds';
import { ReattachBar } from './ReattachBar';
import { ReviewList } from './ReviewList';
import './notes.css';

interface Props {
  /** The article note as typed (the session's draft, or what is stored). */
  articleNote: string;
  saved: boolean;
  placed: PlacedHighlight[];
  /** The open article's plain text, which `placed` offsets are into. */
  text: string;
  activeId: string | null;
  onArticleNote: (note: string) => void;
  onFlush: () => void;
  onSelect: (p: PlacedHighlight) => void;
  onAccept: (p: PlacedHighlight) => void;
  /** Resolves false when nothing is selected in the article. */
  onAttach: (highlightId: string) => Promise<boolean>;
  onTags: (highlightId: string, tags: string[]) => void;
  /** What the analysis found (with the reader's corrections), and those corrections, for the kinds. */
  analysis: Analysis | null;
  corrections: readonly Correction[];
  onOpenRow: (row: KindRow) => void;
}

/**
 * Every highlight and note in reading order; those whose words changed wait for review, and the
 * ones the text no longer holds are kept apart, to be re-attached.
 */
export function NotesPanel(p: Props) {
  const [reattaching, setReattaching] = useState<string | null>(null);
  const [filter, setFilter] = useState(NO_FILTER);
  const [kind, setKind] = useState<NoteKind>('highlights');
  const shown = filterHighlights(p.placed, kind === 'notes' ? { ...filter, withNote: true } : filter);
  const words = fold(filter.words).split(/\s+/).filter(Boolean);
  const allRows = isHighlightKind(kind) ? [] : rowsOf(kind, p.analysis, p.corrections);
  const rows = allRows.filter((r) => words.every((w) => fold(`${r.label} ${r.detail}`).includes(w)));
  const tags = tagsIn(p.placed);
  const anchored = shown.filter((x) => x.status === 'anchored');
  const moved = shown.filter((x) => x.status === 'moved');
  const orphaned = shown.filter((x) => x.status === 'orphaned');
  const target = p.placed.find((x) => x.highlight.id === reattaching)?.highlight;

  const reattach = (x: PlacedHighlight) => setReattaching(x.highlight.id);
  const item = (x: PlacedHighlight) => (
    <HighlightItem key={x.highlight.id} p={x} active={x.highlight.id === p.activeId} onSelect={p.onSelect}>
      <HighlightTags
        tags={x.highlight.tags ?? []}
        suggestions={tags}
        onChange={(next) => p.onTags(x.highlight.id, next)}
      />
      {x.status === 'orphaned' && (
        <button className="small" onClick={() => reattach(x)}>
          Re-attach…
        </button>
      )}
    </HighlightItem>
  );

  return (
    <section className="panel-section" aria-label="Notes">
      {target && (
        <ReattachBar
          highlight={target}
          onAttach={async () => {
            const ok = await p.onAttach(target.id);
            if (ok) setReattaching(null);
            return ok;
          }}
          onCancel={() => setReattaching(null)}
        />
      )}
      <div className="section-head">
        <label className="section-label" htmlFor="article-note">
          Article note
        </label>
        <span className="save-state" data-testid="article-note-state" aria-live="polite">
          {p.articleNote === '' && p.saved ? '' : p.saved ? 'Saved' : 'Saving…'}
        </span>
      </div>
      <textarea
        id="article-note"
        className="note-input article-note"
        placeholder="Your thoughts on the whole article…"
        value={p.articleNote}
        onChange={(e) => p.onArticleNote(e.target.value)}
        onBlur={p.onFlush}
      />
      <FilterBar
        filter={filter}
        tags={tags}
        shown={isHighlightKind(kind) ? shown.length : rows.length}
        total={isHighlightKind(kind) ? p.placed.length : allRows.length}
        onChange={setFilter}
        kind={{ value: kind, onChange: setKind }}
      />
      {!isHighlightKind(kind) && (
        <>
          <h2 className="section-label">
            {NOTE_KINDS.find((k) => k.kind === kind)!.label} · {rows.length}
          </h2>
          <KindList
            rows={rows}
            empty={p.analysis ? `No ${kind} here.` : 'The article is being analyzed…'}
            onOpen={p.onOpenRow}
          />
        </>
      )}
      {isHighlightKind(kind) && (
        <>
          <ReviewList
            moved={moved}
            text={p.text}
            activeId={p.activeId}
            onSelect={p.onSelect}
            onAccept={p.onAccept}
            onReattach={reattach}
          />
          <h2 className="section-label">Highlights · {anchored.length}</h2>
          {anchored.length === 0 && (
            <p className="empty">
              {shown.length < p.placed.length
                ? 'No highlight fits the filter.'
                : 'Select text to highlight it. Keys 1–6 pick a color.'}
            </p>
          )}
          <ul className="highlight-list">{anchored.map(item)}</ul>
          {orphaned.length > 0 && (
            <>
              <h2 className="section-label warning">Not found in the current text · {orphaned.length}</h2>
              <p className="hint">
                The article changed and these passages are gone. They are kept, not moved: re-attach one by
                selecting its new words.
              </p>
              <ul className="highlight-list orphaned" data-testid="orphaned-list">
                {orphaned.map(item)}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
