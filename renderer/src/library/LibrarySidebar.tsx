import { useMemo, useRef, useState } from 'react';
import type { LibraryEntry } from '../../../common/model/library';
import type { MainView } from '../review/main-view';
import { ViewsNav } from '../review/ViewsNav';
import { useStore } from '../state/use-store';
import { ArticleRow } from './ArticleRow';
import { ImportUrl } from './ImportUrl';
import { LibraryControls } from './LibraryControls';
import { sites, tagCounts, visibleEntries } from './library-view';
import type { LibraryViewModule } from './library-view-state';
import { SearchResults } from './SearchResults';
import { inOrder } from './selection';
import { SelectionBar } from './SelectionBar';
import { TrashList } from './TrashList';
import './library.css';

/** Rows drawn at once: thousands of articles stay quick, the rest a button away. */
const PAGE = 150;

interface Props {
  articles: LibraryEntry[];
  currentId: string | null;
  view: LibraryViewModule;
  onOpen: (id: string) => void;
  onImportFiles: (files: File[]) => void;
  /** Imports a web page by its address; resolves to whether it came in. */
  onImportUrl?: (url: string) => Promise<boolean>;
  onRemove: (id: string) => void;
  /** Moves the selected articles to the trash. */
  onRemoveSelected: () => void;
  /** Laid over the text because the window has no room for it beside the reading column. */
  overlay?: boolean;
  onHide?: () => void;
  /** The view of the whole library shown in the reader's place, if any, and how to show one. */
  mainView?: MainView;
  onMainView?: (v: MainView) => void;
  /** Opens the Export dialog. */
  onExport?: () => void;
}

export function LibrarySidebar({
  articles,
  currentId,
  view,
  onOpen,
  onImportFiles,
  onImportUrl,
  onRemove,
  onRemoveSelected,
  overlay,
  onHide,
  mainView,
  onMainView,
  onExport,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { view: options, query, hits, trash, selection } = useStore(view);
  const [shown, setShown] = useState(PAGE);
  const tags = useMemo(() => tagCounts(articles), [articles]);
  const allTags = useMemo(() => tags.map((t) => t.tag), [tags]);
  const siteList = useMemo(() => sites(articles), [articles]);
  const visible = useMemo(() => visibleEntries(articles, options), [articles, options]);
  const searching = hits !== null;
  const order = useMemo(() => visible.map((a) => a.id), [visible]);
  // counted over the rows shown: one archived or trashed by its own button since is not counted
  const chosen = useMemo(
    () => (selection.ids.size ? inOrder(selection, order).length : 0),
    [selection, order],
  );
  const list = useRef<HTMLUListElement>(null);
  // a bar action lets go of the rows and the bar goes: the keyboard carries on from the list
  const thenList = (act: () => unknown) => () => {
    const focusList = () =>
      (
        list.current?.querySelector<HTMLElement>('.article-item') ??
        list.current?.closest('nav')?.querySelector<HTMLElement>('.library-search')
      )?.focus();
    focusList();
    // and again once the rows that went (archived, trashed) have left the list
    void Promise.resolve(act()).finally(() => requestAnimationFrame(focusList));
  };

  return (
    <nav className={`library${overlay ? ' overlay' : ''}`} aria-label="Library">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ❝
        </span>
        Gloss
        {overlay && (
          <button className="icon-button push-right" aria-label="Hide library" onClick={onHide}>
            ×
          </button>
        )}
      </div>
      <button className="primary wide" onClick={() => input.current?.click()}>
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        data-testid="file-input"
        accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.epub"
        multiple
        hidden
        onChange={(e) => {
          onImportFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      {onImportUrl && <ImportUrl onImport={onImportUrl} />}
      <input
        className="library-search"
        type="search"
        aria-label="Search the library"
        placeholder="Search the library"
        value={query}
        onChange={(e) => void view.search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.stopPropagation();
            void view.search('');
          }
        }}
      />
      {onExport && (
        <button className="text-button wide" onClick={onExport}>
          Export…
        </button>
      )}
      {onMainView && <ViewsNav current={mainView ?? 'reader'} onShow={onMainView} />}
      {searching ? (
        <SearchResults hits={hits} onOpen={(h) => void view.openHit(h)} />
      ) : (
        <>
          <LibraryControls view={options} tags={tags} sites={siteList} onView={(p) => view.setView(p)} />
          {options.shelf === 'trash' ? (
            <TrashList entries={trash} onRestore={(id) => void view.restore(id)} />
          ) : (
            <>
              <h2 className="section-label">
                {options.shelf === 'archive' ? 'Archive' : 'Library'} · {visible.length.toLocaleString()}
              </h2>
              {visible.length === 0 && (
                <p className="empty">
                  {articles.length === 0
                    ? 'Drop .txt, .md or .html files on the window.'
                    : 'No article fits these filters.'}
                </p>
              )}
              {chosen > 0 && (
                <SelectionBar
                  count={chosen}
                  shown={visible.length}
                  archived={options.shelf === 'archive'}
                  onSelectAll={() => view.selectAll(order)}
                  onClear={thenList(view.clearSelection)}
                  onDone={thenList(() => view.shelveSelected({ progress: 1 }))}
                  onArchive={thenList(() => view.shelveSelected({ archived: options.shelf !== 'archive' }))}
                  onRemove={thenList(onRemoveSelected)}
                  allTags={allTags}
                  onTag={(t) => void view.tagSelected(t)}
                  onExport={onExport}
                />
              )}
              <ul
                ref={list}
                className={`article-list${chosen ? ' selecting' : ''}`}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && chosen) {
                    e.stopPropagation();
                    view.clearSelection();
                  } else if (e.key.toLowerCase() === 'a' && (e.ctrlKey || e.metaKey) && !e.shiftKey) {
                    // in the list (not in a tag field), "all" means its rows, not the page's text
                    if (
                      (e.target as HTMLElement).tagName === 'INPUT' &&
                      (e.target as HTMLInputElement).type !== 'checkbox'
                    )
                      return;
                    e.preventDefault();
                    view.selectAll(order);
                  }
                }}
              >
                {visible.slice(0, shown).map((a) => (
                  <ArticleRow
                    key={a.id}
                    entry={a}
                    current={a.id === currentId}
                    selected={selection.ids.has(a.id)}
                    allTags={allTags}
                    onOpen={() => onOpen(a.id)}
                    onSelect={(how) => view.select(a.id, how, order)}
                    onTags={(t) => void view.setTags(a.id, t)}
                    onArchive={(on) => void view.archive(a.id, on)}
                    onDone={(done) => void view.markDone(a.id, done)}
                    onRemove={() => onRemove(a.id)}
                  />
                ))}
                {visible.length > shown && (
                  <li>
                    <button className="text-button" onClick={() => setShown((n) => n + PAGE)}>
                      Show {Math.min(PAGE, visible.length - shown)} more of{' '}
                      {(visible.length - shown).toLocaleString()}
                    </button>
                  </li>
                )}
              </ul>
            </>
          )}
        </>
      )}
    </nav>
  );
}
