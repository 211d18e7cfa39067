import type { SearchField, SearchHit, SearchSnippet } from '../../../common/model/search';

const FIELD_LABEL: Record<SearchField, string> = {
  title: 'Title',
  text: 'Text',
  highlight: 'Highlight',
  note: 'Note',
  articleNote: 'Article note',
};

/** A snippet with its matched words in <mark>. */
export function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.marks.forEach(([s, e], i) => {
    parts.push(snippet.text.slice(at, s), <mark key={i}>{snippet.text.slice(s, e)}</mark>);
    at = e;
  });
  parts.push(snippet.text.slice(at));
  return <span className="snippet">{parts}</span>;
}

interface Props {
  hits: SearchHit[];
  onOpen: (hit: SearchHit) => void;
}

export function SearchResults({ hits, onOpen }: Props) {
  if (hits.length === 0) return <p className="empty">Nothing in your library matches.</p>;
  return (
    <>
      <h2 className="section-label">
        {hits.length === 50 ? 'First 50 results' : `${hits.length} result${hits.length === 1 ? '' : 's'}`}
      </h2>
      <ul className="article-list search-results" aria-label="Search results">
        {hits.map((h) => (
          <li key={`${h.articleId}/${h.highlightId ?? ''}/${h.field}`}>
            <button className="article-item" onClick={() => onOpen(h)}>
              <span className="article-title">{h.title}</span>
              <span className="article-meta">{FIELD_LABEL[h.field]}</span>
              {h.field !== 'title' && <Snippet snippet={h.snippet} />}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
