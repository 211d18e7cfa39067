import { HIGHLIGHT_COLORS } from '../../../common/model/annotation';
import { isFiltering, NO_FILTER, toggleColor, type HighlightFilter } from './highlight-filter';

/** The Notes panel's filters: colors as toggle buttons, "has a note", a tag, and words to look for. */
export function FilterBar({
  filter,
  tags,
  shown,
  total,
  onChange,
}: {
  filter: HighlightFilter;
  /** The tags in use, to filter by. */
  tags: readonly string[];
  shown: number;
  total: number;
  onChange: (f: HighlightFilter) => void;
}) {
  return (
    <div className="filter-bar" role="group" aria-label="Filter highlights">
      <input
        type="search"
        className="filter-words"
        placeholder="Filter highlights and notes…"
        aria-label="Filter highlights and notes by words"
        value={filter.words}
        onChange={(e) => onChange({ ...filter, words: e.target.value })}
      />
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
      {tags.length > 0 && (
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
