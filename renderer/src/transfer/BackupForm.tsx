import type { LibraryEntry } from '../../../common/model/library';
import { CloseRow } from './TransferSummaryView';
import { plural, type TransferModule, type TransferView } from './transfer-state';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What to back up (everything, or the articles ticked), then what was saved. */
export function BackupForm({
  view,
  articles,
  transfer,
  onClose,
}: {
  view: Extract<TransferView, { kind: 'backup' }>;
  articles: LibraryEntry[];
  transfer: TransferModule;
  onClose: () => void;
}) {
  if (view.done) {
    const d = view.done;
    return (
      <>
        <p role="status">
          Saved {plural(d.articles, 'article')} with {plural(d.highlights, 'highlight')}
          {d.trashed ? ` and ${d.trashed} in the trash` : ''} ({size(d.bytes)}) to <code>{d.path}</code>.
        </p>
        {d.warnings.map((w) => (
          <p key={w} className="transfer-warning">
            {w}
          </p>
        ))}
        <CloseRow onClose={onClose} />
      </>
    );
  }
  const picked = view.picked;
  return (
    <>
      <p>
        To <code>{view.path}</code>: every article’s text, highlights, notes, tags and corrections, with your
        settings. Import the file in Gloss on another computer to bring them there.
      </p>
      <fieldset className="transfer-scope">
        <legend className="section-label">What to back up</legend>
        <label>
          <input type="radio" name="scope" checked={picked === null} onChange={() => transfer.pick(null)} />
          The whole library ({plural(articles.length, 'article')}, and the trash)
        </label>
        <label>
          <input type="radio" name="scope" checked={picked !== null} onChange={() => transfer.pick([])} />
          Only the articles ticked
        </label>
      </fieldset>
      {picked !== null && (
        <ul className="transfer-articles" aria-label="Articles to back up">
          {articles.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.includes(a.id)}
                  onChange={(e) =>
                    transfer.pick(e.target.checked ? [...picked, a.id] : picked.filter((id) => id !== a.id))
                  }
                />
                {a.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="transfer-actions">
        <button onClick={onClose} disabled={view.busy}>
          Cancel
        </button>
        <button
          className="primary"
          onClick={() => void transfer.run()}
          disabled={view.busy || (picked !== null && picked.length === 0)}
        >
          {view.busy ? 'Backing up…' : 'Back up'}
        </button>
      </div>
    </>
  );
}
