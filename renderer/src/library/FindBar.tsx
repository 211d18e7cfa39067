import { useEffect, useRef } from 'react';
import type { FindState } from './find-state';

interface Props {
  find: FindState;
  onType: (query: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
}

/** Find in the article: Enter and Shift+Enter step through the matches, Escape closes. */
export function FindBar({ find, onType, onNext, onPrevious, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Each Ctrl+F (or a search result opened) brings the keys here, the bar open or not.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [find.opened]);
  const count = find.spans.length;
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="text"
        aria-label="Find in article"
        placeholder="Find in article"
        value={find.query}
        onChange={(e) => onType(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-count" role="status">
        {find.query.trim() ? (count ? `${find.current + 1} of ${count}` : 'No matches') : ''}
      </span>
      <button className="icon-button" aria-label="Previous match" disabled={!count} onClick={onPrevious}>
        ↑
      </button>
      <button className="icon-button" aria-label="Next match" disabled={!count} onClick={onNext}>
        ↓
      </button>
      <button className="icon-button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
