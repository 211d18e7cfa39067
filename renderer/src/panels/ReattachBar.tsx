import { useEffect, useRef, useState } from 'react';
import type { Highlight } from '../../../common/model/annotation';

/**
 * Re-attaching one highlight: the reader selects its words in the article (by mouse, or by the
 * caret and Shift+arrows) and attaches it. The selection must survive the click that attaches,
 * hence mouse-down does not take focus from the text.
 */
export function ReattachBar({
  highlight,
  onAttach,
  onCancel,
}: {
  highlight: Highlight;
  /** Resolves false when nothing is selected. */
  onAttach: () => Promise<boolean>;
  onCancel: () => void;
}) {
  const [missing, setMissing] = useState(false);
  const attach = useRef<HTMLButtonElement>(null);
  useEffect(() => attach.current?.focus(), [highlight.id]);
  return (
    <div className="reattach-bar" role="region" aria-label="Re-attach a highlight" data-testid="reattach-bar">
      <p>
        Select the words for “<span className="reattach-quote">{highlight.target.quote.exact}</span>” in the
        article, then attach.
      </p>
      {missing && (
        <p className="hint warning" role="alert">
          Nothing is selected in the article yet.
        </p>
      )}
      <div className="highlight-actions">
        <button
          ref={attach}
          className="small primary"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void onAttach().then((ok) => setMissing(!ok))}
        >
          Attach to selection
        </button>
        <button className="small" onClick={onCancel} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
