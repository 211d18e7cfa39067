import type { TransferSummary } from '../../../common/transfer/summary';
import { countsText } from './transfer-state';

const SETTINGS = {
  applied: 'taken from the backup',
  kept: 'yours kept (the backup’s differ)',
  unchanged: 'the same',
  none: null,
} as const;

/** What an import did, line by line; what was not placed, with its text and note; what was left out and why. */
export function TransferSummaryView({ summary, onClose }: { summary: TransferSummary; onClose: () => void }) {
  const lines: [string, string | null][] = [
    ['Articles', countsText(summary.articles)],
    ['Highlights', countsText(summary.highlights)],
    ['Corrections', countsText(summary.corrections)],
    ['Article notes', countsText(summary.articleNotes)],
    ['In the trash', countsText(summary.trash)],
    ['Settings', SETTINGS[summary.settings]],
  ];
  const shown = lines.filter((l): l is [string, string] => l[1] !== null);
  return (
    <>
      <h3 className="section-label">Imported</h3>
      <dl className="transfer-counts" role="status">
        {shown.length ? (
          shown.map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))
        ) : (
          <div>
            <dt>Nothing</dt>
            <dd>the file holds nothing new for this library</dd>
          </div>
        )}
      </dl>
      {summary.toReview > 0 && (
        <p>
          {summary.toReview} {summary.toReview === 1 ? 'highlight was' : 'highlights were'} placed on words
          that differ a little from the quote, or beside a look-alike passage: each is marked to review in the
          Notes panel.
        </p>
      )}
      {summary.unplaced.length > 0 && (
        <>
          <h3 className="section-label">Not placed ({summary.unplaced.length})</h3>
          <ul className="transfer-unplaced">
            {summary.unplaced.map((u, i) => (
              <li key={i}>
                {u.text && <q>{u.text}</q>}
                {u.note && <span className="transfer-note">{u.note}</span>}
                <span className="transfer-why">
                  {u.article ? `In “${u.article}”: ` : ''}
                  {u.why}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.skipped.length > 0 && (
        <>
          <h3 className="section-label">Left as they were</h3>
          <ul className="transfer-skipped">
            {summary.skipped.map((s, i) => (
              <li key={i}>
                {s.what}: {s.why}.
              </li>
            ))}
          </ul>
        </>
      )}
      <CloseRow onClose={onClose} />
    </>
  );
}

/** The one way on once something is done: Close, with the keyboard on it. */
export function CloseRow({ onClose }: { onClose: () => void }) {
  return (
    <div className="transfer-actions">
      <button className="primary" onClick={onClose} autoFocus>
        Close
      </button>
    </div>
  );
}
