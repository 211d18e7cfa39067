import { useEffect, useMemo, useRef, useState } from 'react';
import type { GlossApi } from '../../../common/ipc/bridge';
import type { ExportFormat } from '../../../common/export/item';
import type { LibraryEntry } from '../../../common/model/library';
import { visibleEntries } from '../library/library-view';
import type { LibraryViewModule } from '../library/library-view-state';
import { useStore } from '../state/use-store';
import { Sheet } from '../views/Sheet';
import { createExportDialog, FORMATS, isMarkdown, scopeChoices, type Found } from './export-dialog-state';
import { ExportOutcome } from './ExportOutcome';
import './export.css';

interface Props {
  api: GlossApi;
  /** The article open in the reader, if any. */
  article: { id: string; title: string } | null;
  articles: readonly LibraryEntry[];
  /** The library's shelf and filters: what it shows now are the "selected articles". */
  libraryView: LibraryViewModule;
  onClose: () => void;
}

/**
 * File > Export…: which articles, which format, which folder; then a progress bar and what was
 * written. A set of articles is the rows chosen in the library, the ones its current filters show
 * (shelf, status, tag, site), or after a search the articles it finds (every one, not only the
 * hits the list shows).
 */
export function ExportDialog({ api, article, articles, libraryView, onClose }: Props) {
  const { view, query, selection } = useStore(libraryView);
  // the rows chosen in the library, when any: what the user most likely means to export
  const selected = useMemo(
    () => (selection.ids.size ? libraryView.selected() : []),
    [libraryView, selection, articles],
  );
  const [dialog] = useState(() =>
    createExportDialog(api, selected.length ? 'selected' : article ? 'article' : 'library'),
  );
  const s = useStore(dialog);
  const shown = useMemo(() => visibleEntries(articles, view), [articles, view]);
  const found = useFound(api, query);
  const first = useRef<HTMLInputElement>(null);

  const scopes = scopeChoices({
    article,
    shown: shown.map((e) => e.id),
    selected,
    query,
    found,
    all: articles.length,
  });
  const target = scopes.find((o) => o.kind === s.scope)?.target ?? null;

  return (
    <Sheet
      title="Export"
      className="export-dialog"
      onClose={onClose}
      closeOnBackdrop={!s.running}
      first={first}
    >
      <fieldset disabled={s.running}>
        <legend className="section-label">Articles</legend>
        {scopes.map((o) => (
          <label key={o.kind} className={`export-choice${o.target ? '' : ' disabled'}`}>
            <input
              ref={s.scope === o.kind ? first : undefined}
              type="radio"
              name="export-scope"
              checked={s.scope === o.kind}
              disabled={!o.target}
              onChange={() => dialog.choose({ scope: o.kind })}
            />
            <span className="export-choice-label">{o.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset disabled={s.running}>
        <legend className="section-label">Format</legend>
        {(Object.keys(FORMATS) as ExportFormat[]).map((f) => (
          <label key={f} className="export-choice">
            <input
              type="radio"
              name="export-format"
              checked={s.format === f}
              onChange={() => dialog.choose({ format: f })}
            />
            <span className="export-choice-label">
              {FORMATS[f].label}
              <span className="hint">{FORMATS[f].hint}</span>
            </span>
          </label>
        ))}
        <label className={`export-choice${isMarkdown(s.format) ? '' : ' disabled'}`}>
          <input
            type="checkbox"
            checked={s.includeQuotations && isMarkdown(s.format)}
            disabled={!isMarkdown(s.format)}
            onChange={(e) => dialog.choose({ includeQuotations: e.target.checked })}
          />
          <span className="export-choice-label">Include each article’s quotations, by speaker</span>
        </label>
      </fieldset>
      <div className="export-folder">
        <span className="section-label">Folder</span>
        <span className="export-path" title={s.folder ?? undefined}>
          {s.folder ?? 'None chosen yet'}
        </span>
        <button className="text-button" disabled={s.running} onClick={() => void dialog.chooseFolder()}>
          Choose folder…
        </button>
      </div>
      <p className="hint">
        Exporting again into the same folder updates the files Gloss wrote there; your own files are left
        alone.
      </p>
      <div className="export-actions">
        <button
          className="primary"
          // aria-disabled while it runs, so the focus stays here for the next export
          disabled={!s.folder || !target}
          aria-disabled={s.running}
          onClick={() => target && void dialog.run(target)}
        >
          {s.running ? 'Exporting…' : 'Export'}
        </button>
        <button className="text-button" onClick={onClose}>
          {s.summary ? 'Done' : 'Cancel'}
        </button>
      </div>
      <ExportOutcome running={s.running} progress={s.progress} summary={s.summary} error={s.error} />
    </Sheet>
  );
}

/** The ids of every article the library search finds, once the main process says (null till then). */
function useFound(api: GlossApi, query: string): Found {
  const [found, setFound] = useState<{ query: string; ids: Found } | null>(null);
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    // a failed search says so: "0 articles" would read as a search that found nothing
    api.library.searchArticles({ query }).then(
      (ids) => live && setFound({ query, ids }),
      (e: unknown) => live && setFound({ query, ids: { error: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [api, query]);
  return found?.query === query ? found.ids : null;
}
