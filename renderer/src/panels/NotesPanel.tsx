import type { PlacedHighlight } from '../state/session/placed';

interface Props {
  /** The article note as typed (the session's draft, or what is stored). */
  articleNote: string;
  saved: boolean;
  placed: PlacedHighlight[];
  activeId: string | null;
  onArticleNote: (note: string) => void;
  onFlush: () => void;
  onSelect: (p: PlacedHighlight) => void;
}

/** Every highlight and note in reading order; the ones the text no longer holds are kept apart. */
export function NotesPanel({
  articleNote,
  saved,
  placed,
  activeId,
  onArticleNote,
  onFlush,
  onSelect,
}: Props) {
  const anchored = placed.filter((p) => p.status !== 'orphaned');
  const orphaned = placed.filter((p) => p.status === 'orphaned');

  const item = (p: PlacedHighlight) => (
    <li key={p.highlight.id}>
      <button
        className={`highlight-item${p.highlight.id === activeId ? ' active' : ''}`}
        data-testid="highlight-item"
        onClick={() => onSelect(p)}
        disabled={p.status === 'orphaned'}
      >
        <span className={`color-bar swatch-${p.highlight.color}`} aria-hidden />
        <span className="highlight-quote">“{p.highlight.target.quote.exact}”</span>
        {p.highlight.note && <span className="highlight-note">{p.highlight.note}</span>}
        {p.status === 'moved' && <span className="badge">changed: review</span>}
      </button>
    </li>
  );

  return (
    <section className="panel-section" aria-label="Notes">
      <div className="section-head">
        <label className="section-label" htmlFor="article-note">
          Article note
        </label>
        <span className="save-state" data-testid="article-note-state" aria-live="polite">
          {articleNote === '' && saved ? '' : saved ? 'Saved' : 'Saving…'}
        </span>
      </div>
      <textarea
        id="article-note"
        className="note-input article-note"
        placeholder="Your thoughts on the whole article…"
        value={articleNote}
        onChange={(e) => onArticleNote(e.target.value)}
        onBlur={onFlush}
      />
      <h2 className="section-label">Highlights · {anchored.length}</h2>
      {anchored.length === 0 && <p className="empty">Select text to highlight it. Keys 1–6 pick a color.</p>}
      <ul className="highlight-list">{anchored.map(item)}</ul>
      {orphaned.length > 0 && (
        <>
          <h2 className="section-label warning">Not found in the current text · {orphaned.length}</h2>
          <p className="hint">
            The article changed and these passages could not be placed exactly. They are kept, not moved.
          </p>
          <ul className="highlight-list orphaned" data-testid="orphaned-list">
            {orphaned.map(item)}
          </ul>
        </>
      )}
    </section>
  );
}
