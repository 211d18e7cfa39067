import type { LibraryEntry } from '../../../common/model/library';
import { shortDate, statusOf } from './library-view';
import { TagEditor } from './TagEditor';

const FORMAT_LABEL = { txt: 'Text', md: 'Markdown', html: 'Web page' } as const;

interface Props {
  entry: LibraryEntry;
  current: boolean;
  /** Chosen to act on with others (the selection bar). */
  selected: boolean;
  allTags: string[];
  onOpen: () => void;
  /** Ctrl/⌘-click or the row's box toggles it; Shift-click takes the run from the last one. */
  onSelect: (how: 'toggle' | 'range') => void;
  onTags: (tags: string[]) => void;
  onArchive: (archived: boolean) => void;
  onDone: (done: boolean) => void;
  onRemove: () => void;
}

const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

/** One article in the library: what it is, how far it was read, what the user made of it. */
export function ArticleRow({
  entry: e,
  current,
  selected,
  allTags,
  onOpen,
  onSelect,
  onTags,
  onArchive,
  onDone,
  onRemove,
}: Props) {
  const status = statusOf(e);
  const source = [
    e.siteName ?? FORMAT_LABEL[e.format],
    e.byline,
    shortDate(e.published ?? e.importedAt),
  ].filter(Boolean);
  const made = [
    e.highlights ? plural(e.highlights, 'highlight') : '',
    e.notes ? plural(e.notes, 'note') : '',
  ].filter(Boolean);
  return (
    <li className={[current && 'current', selected && 'selected'].filter(Boolean).join(' ')}>
      <div className="article-row">
        <button
          className="article-item"
          onClick={(ev) => {
            if (ev.shiftKey) onSelect('range');
            else if (ev.ctrlKey || ev.metaKey) onSelect('toggle');
            else onOpen();
          }}
          title={e.title}
        >
          <span className="article-title">{e.title}</span>
          <span className="article-meta">{source.join(' · ')}</span>
        </button>
        {/* after the title in the tab order, before it on screen */}
        <input
          type="checkbox"
          className="row-select"
          aria-label={`Select “${e.title}”`}
          checked={selected}
          onChange={() => {}}
          onClick={(ev) => onSelect(ev.shiftKey ? 'range' : 'toggle')}
        />
        <div className="row-actions">
          <button
            className="icon-button"
            aria-label={status === 'done' ? 'Mark as unread' : 'Mark as done'}
            title={status === 'done' ? 'Mark as unread' : 'Mark as done'}
            onClick={() => onDone(status !== 'done')}
          >
            {status === 'done' ? '↺' : '✓'}
          </button>
          <button
            className="icon-button"
            aria-label={e.shelf.archived ? 'Back to the library' : 'Archive'}
            title={e.shelf.archived ? 'Back to the library' : 'Archive'}
            onClick={() => onArchive(!e.shelf.archived)}
          >
            {e.shelf.archived ? '⇡' : '⇣'}
          </button>
          <button className="icon-button" aria-label="Move to trash" title="Move to trash" onClick={onRemove}>
            ×
          </button>
        </div>
      </div>
      <div className="article-extra">
        <span className={`progress ${status}`} aria-label={`Read ${Math.round(e.shelf.progress * 100)}%`}>
          <span style={{ width: `${Math.round(e.shelf.progress * 100)}%` }} />
        </span>
        <span className="article-meta">
          {status === 'done'
            ? 'Done'
            : status === 'reading'
              ? `${Math.round(e.shelf.progress * 100)}% read`
              : 'Unread'}
          {made.length ? ` · ${made.join(', ')}` : ''}
        </span>
        <TagEditor tags={e.shelf.tags} allTags={allTags} onChange={onTags} />
      </div>
    </li>
  );
}
