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
          <Picker
            label="Sort"
            name="Sort by"
            value={view.sort}
            options={Object.entries(SORTS)}
            onPick={(v) => onView({ sort: v as Sort })}
          />
          <Picker
            label="Show"
            name="Show"
            value={view.status}
            options={Object.entries(STATUSES)}
            onPick={(v) => onView({ status: v as StatusFilter })}
          />
          <Picker
            label="Tag"
            name="Filter by tag"
            value={view.tag ?? ''}
            options={[
              ['', 'Any'],
              ...tags.map(({ tag, count }): [string, string] => [tag, `${tag} (${count})`]),
            ]}
            onPick={(v) => onView({ tag: v || null })}
          />
          <Picker
            label="Site"
            name="Filter by site"
            value={view.site ?? ''}
            options={[['', 'Any'], ...sites.map((s): [string, string] => [s, s])]}
            onPick={(v) => onView({ site: v || null })}
          />
        </div>
      )}
    </div>
  );
}

interface PickerProps {
  label: string;
  /** The select's accessible name (the visible label would add the chosen option's text to it). */
  name: string;
  value: string;
  options: [value: string, label: string][];
  onPick: (value: string) => void;
}

function Picker({ label, name, value, options, onPick }: PickerProps) {
  return (
    <label>
      {label}
      <select aria-label={name} value={value} onChange={(e) => onPick(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
