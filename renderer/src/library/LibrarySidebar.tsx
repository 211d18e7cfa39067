import { useRef } from 'react';
import type { ArticleMeta } from '../../../common/model/article';

interface Props {
  articles: ArticleMeta[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onImportFiles: (files: File[]) => void;
  onRemove: (id: string) => void;
  /** Laid over the text because the window has no room for it beside the reading column. */
  overlay?: boolean;
  onHide?: () => void;
}

const FORMAT_LABEL = { txt: 'Text', md: 'Markdown', html: 'Web page' } as const;

export function LibrarySidebar({
  articles,
  currentId,
  onOpen,
  onImportFiles,
  onRemove,
  overlay,
  onHide,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
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
        accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml"
        multiple
        hidden
        onChange={(e) => {
          onImportFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <p className="hint">or drop .txt, .md or .html files on the window</p>
      <h2 className="section-label">Library · {articles.length}</h2>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.id} className={a.id === currentId ? 'current' : ''}>
            <button className="article-item" onClick={() => onOpen(a.id)} title={a.title}>
              <span className="article-title">{a.title}</span>
              <span className="article-meta">
                {a.siteName ?? FORMAT_LABEL[a.format]} · {a.wordCount.toLocaleString()} words
              </span>
            </button>
            <button
              className="icon-button remove"
              aria-label={`Remove ${a.title}`}
              title="Remove from library"
              onClick={() => {
                if (
                  window.confirm(
                    `Remove “${a.title}” and its highlights from the library? The files are moved to Gloss’s trash folder.`,
                  )
                )
                  onRemove(a.id);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
