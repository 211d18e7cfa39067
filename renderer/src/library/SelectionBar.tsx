import { TagEditor } from './TagEditor';

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
  /** Every tag in the library, most used first (suggested), and how to add one to the chosen rows. */
  allTags: string[];
  onTag: (tag: string) => void;
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
  allTags,
  onTag,
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
      <TagEditor tags={[]} allTags={allTags} onChange={(t) => t[0] && onTag(t[0])} />
    </div>
  );
}
