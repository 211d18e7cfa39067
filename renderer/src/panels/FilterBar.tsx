import { HIGHLIGHT_COLORS } from '../../../common/model/annotation';
import { isFiltering, NO_FILTER, toggleColor, type HighlightFilter } from './highlight-filter';
import { isHighlightKind, NOTE_KINDS, type NoteKind } from './kinds';

/**
 * The Notes panel's filters: what kind to list, then for the reader's highlights colors as toggle
 * buttons, "has a note", a tag; words to look for in any kind. Without `kind` (the review view,
 * which lists highlights only) there is no kind to pick.
 */
export function FilterBar({
  filter,
  tags,
  shown,
  total,
  onChange,
  kind,
}: {
  filter: HighlightFilter;
  /** The tags in use, to filter by. */
  tags: readonly string[];
  shown: number;
  total: number;
  onChange: (f: HighlightFilter) => void;
  kind?: { value: NoteKind; onChange: (k: NoteKind) => void };
}) {
  const highlights = !kind || isHighlightKind(kind.value);
  return (
    <div className="filter-bar" role="group" aria-label="Filter highlights">
      {kind && (
        <select
          className="filter-kind"
          aria-label="Kind"
          value={kind.value}
          onChange={(e) => kind.onChange(e.target.value as NoteKind)}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      )}
      <input
        type="search"
        className="filter-words"
        placeholder="Filter highlights and notes…"
        aria-label="Filter highlights and notes by words"
        value={filter.words}
        onChange={(e) => onChange({ ...filter, words: e.target.value })}
      />
      {highlights && (
        <div className="filter-row">
          {HIGHLIGHT_COLORS.map((c) => (
            <button
              key={c}
              className={`swatch swatch-${c}`}
              aria-label={`Only ${c}`}
              aria-pressed={filter.colors.includes(c)}
              onClick={() => onChange(toggleColor(filter, c))}
            />
          ))}
          <label className="filter-note">
            <input
              type="checkbox"
              checked={filter.withNote}
              onChange={(e) => onChange({ ...filter, withNote: e.target.checked })}
            />
            Has a note
          </label>
        </div>
      )}
      {highlights && tags.length > 0 && (
        <select
          className="filter-tag"
          aria-label="Only highlights tagged"
          value={filter.tag ?? ''}
          onChange={(e) => onChange({ ...filter, tag: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      )}
      {isFiltering(filter) && (
        <p className="hint" aria-live="polite">
          Showing {shown} of {total}.{' '}
          <button className="text-button" onClick={() => onChange(NO_FILTER)}>
            Show all
          </button>
        </p>
      )}
    </div>
  );
}
