import { useRef } from 'react';
import type { Highlight, HighlightColor } from '../../../common/model/annotation';
import { useTakeFocus } from '../views/use-take-focus';
import { ColorSwatches } from './colors';
import { NoteField } from './NoteField';

interface Props {
  highlights: Highlight[];
  activeId: string;
  at: { x: number; y: number };
  focusNote: boolean;
  /** The active highlight's note as typed (the session's draft, or what is stored). */
  note: string;
  /** Whether that note is on disk. */
  saved: boolean;
  onSwitch: (id: string) => void;
  onColor: (id: string, color: HighlightColor) => void;
  onNote: (id: string, note: string) => void;
  /** The note field lost focus: write it now. */
  onFlush: () => void;
  onDelete: (id: string) => void;
  onClose: () => void;
  /** Links to the machine's marks under the same click (entity, quotation). */
  extra?: React.ReactNode;
}

/**
 * Edits the highlight under the click; where highlights overlap, tabs pick among them. The note is
 * not held here: every keystroke goes to the article session, so closing this by any means (a
 * scroll, a click elsewhere, a restart) cannot drop what was typed.
 */
export function HighlightPopover(p: Props) {
  const active = p.highlights.find((h) => h.id === p.activeId) ?? p.highlights[0]!;
  const dialog = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTakeFocus(dialog, p.focusNote ? textarea : undefined);

  const top = Math.min(p.at.y + 14, window.innerHeight - 260);
  const left = Math.min(Math.max(8, p.at.x - 160), window.innerWidth - 336);
  return (
    <div
      ref={dialog}
      className="popover"
      role="dialog"
      aria-label="Highlight"
      tabIndex={-1}
      style={{ top, left }}
    >
      {p.highlights.length > 1 && (
        <div className="overlap-tabs" role="tablist" aria-label="Overlapping highlights">
          {p.highlights.map((h, i) => (
            <button
              key={h.id}
              role="tab"
              aria-selected={h.id === active.id}
              className={`tab swatch-${h.color}-tab${h.id === active.id ? ' selected' : ''}`}
              onClick={() => p.onSwitch(h.id)}
            >
              {i + 1}. “{h.target.quote.exact.slice(0, 18)}
              {h.target.quote.exact.length > 18 ? '…' : ''}”
            </button>
          ))}
        </div>
      )}
      <ColorSwatches current={active.color} onPick={(c) => p.onColor(active.id, c)} />
      <NoteField
        key={active.id}
        note={p.note}
        inputRef={textarea}
        onNote={(note) => p.onNote(active.id, note)}
        onFlush={p.onFlush}
        onDone={p.onClose}
      />
      {p.extra}
      <div className="popover-actions">
        <button className="danger text-button" onClick={() => p.onDelete(active.id)}>
          Delete
        </button>
        <span className="save-state" data-testid="note-state" aria-live="polite">
          {p.note === '' && p.saved ? '' : p.saved ? 'Saved' : 'Saving…'}
        </span>
        <button className="primary" onClick={p.onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
