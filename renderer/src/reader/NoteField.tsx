import { useState, type RefObject } from 'react';
import { NoteMarkdown } from '../panels/NoteMarkdown';

/**
 * A highlight's note, written as Markdown, with a preview of it as the Notes panel shows it (the
 * panel's renderer, sanitized to text formatting). Writing is the default, so a note opened to be
 * typed (N, or a new highlight with a note) is typed at once.
 */
export function NoteField({
  note,
  inputRef,
  onNote,
  onFlush,
  onDone,
}: {
  note: string;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onNote: (note: string) => void;
  onFlush: () => void;
  onDone: () => void;
}) {
  const [preview, setPreview] = useState(false);
  const show = (on: boolean) => {
    if (on) onFlush();
    setPreview(on);
  };
  return (
    <div className="note-field">
      <div className="segmented note-mode" role="group" aria-label="Write or preview">
        <button className={preview ? '' : 'selected'} aria-pressed={!preview} onClick={() => show(false)}>
          Write
        </button>
        <button className={preview ? 'selected' : ''} aria-pressed={preview} onClick={() => show(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <div className="note-preview" data-testid="note-preview">
          {note.trim() ? <NoteMarkdown note={note} /> : <p className="hint">Nothing to preview yet.</p>}
        </div>
      ) : (
        <textarea
          ref={inputRef}
          className="note-input"
          aria-label="Note"
          placeholder="Add a note… (Markdown: **bold**, *italic*, - lists)"
          value={note}
          onChange={(e) => onNote(e.target.value)}
          onBlur={onFlush}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) onDone();
          }}
        />
      )}
    </div>
  );
}
