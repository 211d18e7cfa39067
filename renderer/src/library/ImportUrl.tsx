import { useCallback, useState } from 'react';
import type { AppModules } from '../state/app';
import { outcomeMessage } from './import-files';
import './import-url.css';

/** The field's id: File > Import URL… and its shortcut put the caret there. */
export const IMPORT_URL_FIELD = 'import-url';

function focusImportUrl(): boolean {
  const field = document.getElementById(IMPORT_URL_FIELD);
  if (!(field instanceof HTMLInputElement)) return false;
  field.focus();
  field.select();
  return true;
}

/** Puts the caret in the address field, first bringing the library out if it is folded away. */
export function revealImportUrl(bringOut: () => void): void {
  if (focusImportUrl()) return;
  bringOut();
  requestAnimationFrame(() => focusImportUrl());
}

/**
 * Imports a web page by its address, as files are: the main process's one message (and its
 * warnings, such as images it could not save) in a toast, then the article opened. Resolves to
 * whether the page came in (or was there already), so the field is emptied only then.
 */
export function useImportUrl(m: AppModules): (url: string) => Promise<boolean> {
  return useCallback(
    async (url: string) => {
      try {
        const outcome = await m.api.library.importUrl({ url });
        m.toasts.push(outcomeMessage(outcome));
        if (!outcome.ok) return false;
        await m.library.refresh();
        await m.library.open(outcome.article.id);
        return true;
      } catch (err) {
        m.onError(err instanceof Error ? err.message : String(err));
        return false;
      }
    },
    [m],
  );
}

interface Props {
  onImport: (url: string) => Promise<boolean>;
}

/** A field for a web page's address and its Import button; Enter imports, Escape clears. */
export function ImportUrl({ onImport }: Props) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="import-url"
      aria-label="Import a web page"
      onSubmit={(e) => {
        e.preventDefault();
        if (busy || !url.trim()) return;
        setBusy(true);
        void onImport(url.trim())
          .then((ok) => ok && setUrl(''))
          .finally(() => setBusy(false));
      }}
    >
      <input
        id={IMPORT_URL_FIELD}
        className="library-search"
        type="text"
        inputMode="url"
        spellCheck={false}
        autoComplete="off"
        aria-label="Web page address"
        placeholder="Paste a URL"
        value={url}
        readOnly={busy}
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && url) {
            e.stopPropagation();
            setUrl('');
          }
        }}
      />
      <button type="submit" disabled={busy || !url.trim()} aria-busy={busy}>
        {busy ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}
