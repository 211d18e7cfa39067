import { useEffect, useRef, useState } from 'react';
import type { Highlight, HighlightColor } from '../../../common/model/annotation';
import { ColorSwatches } from './colors';

interface Props {
  highlights: Highlight[];
  activeId: string;
  at: { x: number; y: number };
  focusNote: boolean;
  onSwitch: (id: string) => void;
  onColor: (id: string, color: HighlightColor) => void;
  onNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
  /** Links to the machine's marks under the same click (entity, quotation). */
  extra?: React.ReactNode;
}

/** Edits the highlight under the click; where highlights overlap, tabs pick among them. */
export function HighlightPopover({
  highlights,
  activeId,
  at,
  focusNote,
  onSwitch,
  onColor,
  onNote,
  onDelete,
  onClose,
  extra,
}: Props) {
  const active = highlights.find((h) => h.id === activeId) ?? highlights[0]!;
  const [draft, setDraft] = useState(active.note);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setDraft(active.note);
    if (focusNote) textarea.current?.focus();
  }, [active.id, active.note, focusNote]);

  const commit = () => {
    if (draft !== active.note) onNote(active.id, draft);
  };

  const top = Math.min(at.y + 14, window.innerHeight - 260);
  const left = Math.min(Math.max(8, at.x - 160), window.innerWidth - 336);
  return (
    <div
      className="popover"
      role="dialog"
      aria-label="Highlight"
      style={{ top, left }}
      onKeyDown={(e) => e.key === 'Escape' && (commit(), onClose())}
    >
      {highlights.length > 1 && (
        <div className="overlap-tabs" role="tablist" aria-label="Overlapping highlights">
          {highlights.map((h, i) => (
            <button
              key={h.id}
              role="tab"
              aria-selected={h.id === active.id}
              className={`tab swatch-${h.color}-tab${h.id === active.id ? ' selected' : ''}`}
              onClick={() => {
                commit();
                onSwitch(h.id);
              }}
            >
              {i + 1}. “{h.target.quote.exact.slice(0, 18)}
              {h.target.quote.exact.length > 18 ? '…' : ''}”
            </button>
          ))}
        </div>
      )}
      <ColorSwatches current={active.color} onPick={(c) => onColor(active.id, c)} />
      <textarea
        ref={textarea}
        className="note-input"
        aria-label="Note"
        placeholder="Add a note…"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            commit();
            onClose();
          }
        }}
      />
      {extra}
      <div className="popover-actions">
        <button className="danger text-button" onClick={() => onDelete(active.id)}>
          Delete
        </button>
        <button
          className="primary"
          onClick={() => {
            commit();
            onClose();
          }}
        >
          Done
        </button>
      </div>
    </div>
  );
}
