import type { PlacedHighlight } from '../state/session/placed';
import { NoteMarkdown } from './NoteMarkdown';

/**
 * Highlights found on words that changed, or with a look-alike paragraph: what was highlighted
 * and what the text holds now, side by side, for the reader to accept or attach elsewhere. Until
 * then the highlight is drawn on the new words but never passed off as unchanged.
 */
export function ReviewList({
  moved,
  text,
  activeId,
  onSelect,
  onAccept,
  onReattach,
}: {
  moved: PlacedHighlight[];
  text: string;
  activeId: string | null;
  onSelect: (p: PlacedHighlight) => void;
  onAccept: (p: PlacedHighlight) => void;
  onReattach: (p: PlacedHighlight) => void;
}) {
  if (moved.length === 0) return null;
  return (
    <>
      <h2 className="section-label warning">To review · {moved.length}</h2>
      <p className="hint">The article changed around these. Check each is still on the right words.</p>
      <ul className="review-list" data-testid="review-list">
        {moved.map((p) => (
          <li key={p.highlight.id} className="review-item" data-testid="review-item">
            <button
              className={`review-compare${p.highlight.id === activeId ? ' active' : ''}`}
              onClick={() => onSelect(p)}
              aria-label={`Show in the text: ${text.slice(p.start!, p.end!)}`}
            >
              <span className={`color-bar swatch-${p.highlight.color}`} aria-hidden />
              <span className="review-side">
                <span className="review-label">Highlighted</span>
                <span className="review-old" data-testid="review-old">
                  {p.highlight.target.quote.exact}
                </span>
              </span>
              <span className="review-side">
                <span className="review-label">Now in the text</span>
                <span className="review-new" data-testid="review-new">
                  {text.slice(p.start!, p.end!)}
                </span>
              </span>
            </button>
            {p.highlight.note.trim() && <NoteMarkdown note={p.highlight.note} />}
            <div className="highlight-actions">
              <button className="small" onClick={() => onAccept(p)}>
                Accept
              </button>
              <button className="small" onClick={() => onReattach(p)}>
                Re-attach…
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
