import type { LibraryEntry } from '../../../common/model/library';
import type { TransferPreview } from '../../../common/transfer/summary';
import { TransferSummaryView } from './TransferSummaryView';
import { plural, type TransferModule, type TransferView } from './transfer-state';

const KIND_NAMES = { w3c: 'W3C Web Annotations', hypothesis: 'Hypothesis annotations' } as const;

function BackupPreview({ backup }: { backup: NonNullable<TransferPreview['backup']> }) {
  return (
    <p>
      A Gloss backup made on {backup.created.slice(0, 16).replace('T', ' at ')} (Gloss {backup.appVersion}):{' '}
      {plural(backup.articles, 'article')} with {plural(backup.highlights, 'highlight')}
      {backup.trashed ? `, and ${backup.trashed} in the trash` : ''}.{' '}
      {backup.newHere === backup.articles
        ? 'None of them is in this library yet.'
        : backup.newHere === 0
          ? 'All of them are in this library already.'
          : `${backup.newHere} of them ${backup.newHere === 1 ? 'is' : 'are'} new here; the others are in this library already.`}{' '}
      It is merged into your library: nothing here is deleted, and of two versions of a highlight the one
      edited last is kept.
    </p>
  );
}

/** For each annotated page, the article its annotations go to: matched by address, or picked. */
function SourcePicker({
  preview,
  view,
  articles,
  transfer,
}: {
  preview: TransferPreview;
  view: Extract<TransferView, { kind: 'import' }>;
  articles: LibraryEntry[];
  transfer: TransferModule;
}) {
  const total = preview.sources.reduce((n, s) => n + s.annotations, 0);
  return (
    <>
      <p>
        {total} {KIND_NAMES[preview.kind as keyof typeof KIND_NAMES]} on {preview.sources.length}{' '}
        {preview.sources.length === 1 ? 'page' : 'pages'}. Each is placed on the words it quotes; what cannot
        be placed is listed and kept, never dropped.
      </p>
      <ul className="transfer-sources">
        {preview.sources.map((s, i) => (
          <li key={s.source}>
            <label htmlFor={`transfer-source-${i}`}>
              <span className="transfer-source-title">{s.title ?? s.source}</span>
              <span className="transfer-source-url">
                {s.title ? `${s.source} · ` : ''}
                {s.annotations} annotation{s.annotations === 1 ? '' : 's'}
              </span>
            </label>
            <select
              id={`transfer-source-${i}`}
              value={view.articleFor[s.source] ?? ''}
              onChange={(e) => transfer.choose(s.source, e.target.value)}
            >
              <option value="">Not imported (no article chosen)</option>
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the file holds and where it goes, then what the import did. */
export function ImportForm({
  view,
  articles,
  transfer,
  onClose,
}: {
  view: Extract<TransferView, { kind: 'import' }>;
  articles: LibraryEntry[];
  transfer: TransferModule;
  onClose: () => void;
}) {
  if (view.summary) return <TransferSummaryView summary={view.summary} onClose={onClose} />;
  const preview = view.preview;
  return (
    <>
      {!preview && !view.error && <p role="status">Reading the file…</p>}
      {preview?.backup && <BackupPreview backup={preview.backup} />}
      {preview && !preview.backup && (
        <SourcePicker preview={preview} view={view} articles={articles} transfer={transfer} />
      )}
      <div className="transfer-actions">
        <button onClick={onClose} disabled={view.busy}>
          {preview ? 'Cancel' : 'Close'}
        </button>
        {preview && (
          <button className="primary" onClick={() => void transfer.run()} disabled={view.busy}>
            {view.busy ? 'Importing…' : 'Import'}
          </button>
        )}
      </div>
    </>
  );
}
