interface Props {
  count: number;
  /** How many rows the list shows (what "Select all" takes). */
  shown: number;
  archived: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onDone: () => void;
  onArchive: () => void;
  onRemove: () => void;
  onExport?: () => void;
}

/** What can be done to the chosen rows at once, above the list while any are chosen; Escape lets go. */
export function SelectionBar({
  count,
  shown,
  archived,
  onSelectAll,
  onClear,
  onDone,
  onArchive,
  onRemove,
  onExport,
}: Props) {
  return (
    <div
      className="selection-bar"
      role="toolbar"
      aria-label="Selected articles"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClear();
        }
      }}
    >
      <div className="selection-head">
        <span className="selection-count" role="status">
          {count.toLocaleString()} selected
        </span>
        {count < shown && (
          <button className="text-button" onClick={onSelectAll}>
            Select all {shown.toLocaleString()}
          </button>
        )}
        <button
          className="icon-button"
          aria-label="Clear the selection"
          title="Clear the selection (Esc)"
          onClick={onClear}
        >
          ×
        </button>
      </div>
      <div className="selection-actions">
        <button className="text-button" onClick={onDone}>
          Mark done
        </button>
        <button className="text-button" onClick={onArchive}>
          {archived ? 'Back to the library' : 'Archive'}
        </button>
        <button className="text-button" onClick={onRemove}>
          Move to trash
        </button>
        {onExport && (
          <button className="text-button" onClick={onExport}>
            Export…
          </button>
        )}
      </div>
    </div>
  );
}
