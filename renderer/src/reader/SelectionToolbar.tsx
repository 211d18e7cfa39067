import type { HighlightColor } from '../../../common/model/annotation';
import { ColorSwatches } from './colors';
import type { SelectionInfo } from './ArticleView';

/** Floats above the selection: a color makes a highlight, "Note" makes one and opens its note. */
export function SelectionToolbar({
  selection,
  onHighlight,
  extra,
}: {
  selection: SelectionInfo;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  extra?: React.ReactNode;
}) {
  const top = Math.max(8, selection.rect.top - 52);
  const left = Math.min(
    Math.max(8, selection.rect.left + selection.rect.width / 2 - 170),
    window.innerWidth - 348,
  );
  return (
    <div
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
      {extra}
    </div>
  );
}
