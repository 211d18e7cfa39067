import type { TrashEntry } from '../../../common/model/library';
import { shortDate } from './library-view';

interface Props {
  entries: TrashEntry[];
  onRestore: (trashId: string) => void;
}

/** Removed articles, newest first, each with its highlights kept and a way back. */
export function TrashList({ entries, onRestore }: Props) {
  if (entries.length === 0) return <p className="empty">The trash is empty.</p>;
  return (
    <ul className="article-list" aria-label="Trash">
      {entries.map((t) => (
        <li key={t.trashId}>
          <div className="article-row">
            <div className="article-item">
              <span className="article-title">{t.title}</span>
              <span className="article-meta">
                {[t.siteName, `removed ${shortDate(t.removedAt)}`].filter(Boolean).join(' · ')}
              </span>
            </div>
            <button className="text-button" onClick={() => onRestore(t.trashId)}>
              Restore
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
