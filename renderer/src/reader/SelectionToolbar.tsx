import { useLayoutEffect, useRef, useState } from 'react';
import type { HighlightColor } from '../../../common/model/annotation';
import { ColorSwatches } from './colors';
import type { SelectionInfo } from './ArticleView';

/** Floats above the selection: a color makes a highlight, "Note" makes one and opens its note. */
export function SelectionToolbar({
  selection,
  onHighlight,
  onMark,
}: {
  selection: SelectionInfo;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  /** Marks the selection as a name or quotation the analysis missed; null before there is one. */
  onMark: ((kind: 'entity' | 'quote') => void) | null;
}) {
  const el = useRef<HTMLDivElement>(null);
  // Its width depends on whether the marking buttons are there, so it is measured before it is
  // centred and kept on screen.
  const [width, setWidth] = useState(340);
  useLayoutEffect(() => {
    if (el.current) setWidth(el.current.offsetWidth);
  }, [onMark]);
  const top = Math.min(Math.max(8, selection.rect.top - 52), window.innerHeight - 52);
  const left = Math.max(
    8,
    Math.min(selection.rect.left + selection.rect.width / 2 - width / 2, window.innerWidth - width - 8),
  );
  return (
    <div
      ref={el}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight selection"
      style={{ top, left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <ColorSwatches onPick={(c) => onHighlight(c, false)} />
      <span className="divider" />
      <button className="text-button" onClick={() => onHighlight('yellow', true)}>
        ✎ Note
      </button>
      {onMark && (
        <>
          <span className="divider" />
          <button
            className="text-button"
            title="Mark as a name the analysis missed"
            onClick={() => onMark('entity')}
          >
            Name…
          </button>
          <button
            className="text-button"
            title="Mark as a quotation the analysis missed"
            onClick={() => onMark('quote')}
          >
            Quote…
          </button>
        </>
      )}
    </div>
  );
}
