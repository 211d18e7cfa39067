import type { ReactNode } from 'react';
import { DETAIL_MAX, type AnalysisProgress, type ArticleRef } from '../../../common/model/views';
import { moveBetweenRows } from '../review/list-keys';
import { dateOf } from '../review/view-props';

export interface DetailItem extends ArticleRef {
  offset: number;
  body: ReactNode;
}

interface Props<R extends { key: string }> {
  title: string;
  /** What the rows are ("People", "Entities"), for the lists' names. */
  noun: string;
  query: string;
  onQuery: (q: string) => void;
  controls?: ReactNode;
  rows: R[];
  matched: number;
  analyzing: AnalysisProgress | null;
  loaded: boolean;
  empty: string;
  rowLabel: (r: R) => ReactNode;
  selected: string | null;
  onSelect: (key: string) => void;
  onMore: () => void;
  detailTitle: string | null;
  detail: DetailItem[] | null;
  onOpen: (articleId: string, offset: number) => void;
}

/**
 * A list of the library's speakers or entities beside the detail of the one chosen: its
 * quotations or the articles that mention it, each opening the article at its place.
 */
export function AggregateBrowser<R extends { key: string }>(p: Props<R>) {
  return (
    <section className="lv-pane lv-split" aria-label={p.title}>
      <div className="lv-master">
        <header className="lv-header">
          <h1>{p.title}</h1>
          {p.analyzing && (
            <p className="hint lv-progress" role="status">
              Analyzing {p.analyzing.done.toLocaleString()} of {p.analyzing.total.toLocaleString()} articles…
              <progress max={p.analyzing.total} value={p.analyzing.done} />
            </p>
          )}
        </header>
        <div className="lv-filters">
          <input
            type="search"
            className="filter-words"
            placeholder={`Find in ${p.noun.toLowerCase()}…`}
            aria-label={`Find ${p.noun.toLowerCase()} by name`}
            value={p.query}
            onChange={(e) => p.onQuery(e.target.value)}
          />
          {p.controls}
        </div>
        {p.loaded && p.rows.length === 0 && !p.analyzing && <p className="empty">{p.empty}</p>}
        <ul className="lv-list" aria-label={p.noun} onKeyDown={moveBetweenRows}>
          {p.rows.map((r) => (
            <li key={r.key}>
              <button
                className={`lv-row${p.selected === r.key ? ' selected' : ''}`}
                data-row
                aria-pressed={p.selected === r.key}
                onClick={() => p.onSelect(r.key)}
              >
                {p.rowLabel(r)}
              </button>
            </li>
          ))}
        </ul>
        {p.rows.length < p.matched && (
          <button className="text-button lv-more" onClick={p.onMore}>
            Show more ({(p.matched - p.rows.length).toLocaleString()} left)
          </button>
        )}
      </div>
      <div className="lv-detail">
        {p.detailTitle === null ? (
          <p className="empty">Choose one on the left (arrow keys, then Enter).</p>
        ) : (
          <>
            <h2 className="lv-detail-title">{p.detailTitle}</h2>
            {p.detail?.length === DETAIL_MAX && (
              <p className="hint">The newest {DETAIL_MAX.toLocaleString()} are shown.</p>
            )}
            <ul className="lv-list" aria-label={p.detailTitle} onKeyDown={moveBetweenRows}>
              {(p.detail ?? []).map((d, i) => (
                <li key={`${d.articleId}/${d.offset}/${i}`}>
                  <button className="lv-row" data-row onClick={() => p.onOpen(d.articleId, d.offset)}>
                    {d.body}
                    <span className="lv-meta">
                      <span className="lv-article">{d.title}</span> · {dateOf(d.date)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
