import { NoteMarkdown } from './NoteMarkdown';
import type { PlacedHighlight } from '../state/session/placed';

/** One highlight in the Notes panel: its color, words and note; a button that shows it in the text. */
export function HighlightItem({
  p,
  active,
  onSelect,
  children,
}: {
  p: PlacedHighlight;
  active: boolean;
  onSelect: (p: PlacedHighlight) => void;
  /** Actions of its own (accept, re-attach), beside the button rather than inside it. */
  children?: React.ReactNode;
}) {
  return (
    <li className="highlight-row">
      <button
        className={`highlight-item${active ? ' active' : ''}`}
        data-testid="highlight-item"
        onClick={() => onSelect(p)}
        disabled={p.status === 'orphaned'}
      >
        <span className={`color-bar swatch-${p.highlight.color}`} aria-hidden />
        <span className="highlight-quote">“{p.highlight.target.quote.exact}”</span>
        {p.highlight.note.trim() && <NoteMarkdown note={p.highlight.note} />}
        {p.status === 'moved' && <span className="badge">changed: review</span>}
      </button>
      {children && <div className="highlight-actions">{children}</div>}
    </li>
  );
}
