import { SORTS, STATUSES, type Shelf, type Sort, type StatusFilter, type ViewOptions } from './library-view';

interface Props {
  view: ViewOptions;
  tags: { tag: string; count: number }[];
  sites: string[];
  onView: (patch: Partial<ViewOptions>) => void;
}

const SHELVES: [Shelf, string][] = [
  ['library', 'Library'],
  ['archive', 'Archive'],
  ['trash', 'Trash'],
];

/** Which shelf, then sort and filters: plain selects, so every one works by keyboard. */
export function LibraryControls({ view, tags, sites, onView }: Props) {
  return (
    <div className="library-controls">
      <div className="segmented shelves" role="group" aria-label="Shelf">
        {SHELVES.map(([shelf, label]) => (
          <button
            key={shelf}
            className={view.shelf === shelf ? 'selected' : ''}
            aria-pressed={view.shelf === shelf}
            onClick={() => onView({ shelf })}
          >
            {label}
          </button>
        ))}
      </div>
      {view.shelf !== 'trash' && (
        <div className="filters">
          <label>
            Sort
            <select
              aria-label="Sort by"
              value={view.sort}
              onChange={(e) => onView({ sort: e.target.value as Sort })}
            >
              {Object.entries(SORTS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Show
            <select
              aria-label="Show"
              value={view.status}
              onChange={(e) => onView({ status: e.target.value as StatusFilter })}
            >
              {Object.entries(STATUSES).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tag
            <select
              aria-label="Filter by tag"
              value={view.tag ?? ''}
              onChange={(e) => onView({ tag: e.target.value || null })}
            >
              <option value="">Any</option>
              {tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  {tag} ({count})
                </option>
              ))}
            </select>
          </label>
          <label>
            Site
            <select
              aria-label="Filter by site"
              value={view.site ?? ''}
              onChange={(e) => onView({ site: e.target.value || null })}
            >
              <option value="">Any</option>
              {sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
