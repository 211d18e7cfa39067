import { useEffect, useState } from 'react';
import type { ReviewItem } from '../../../common/model/views';
import { FilterBar } from '../panels/FilterBar';
import { NoteMarkdown } from '../panels/NoteMarkdown';
import { useStore } from '../state/use-store';
import { moveBetweenRows } from './list-keys';
import { createReview } from './review-state';
import { dateOf, plural, type ViewProps } from './view-props';

/** Every highlight and note in the library, newest first, filtered as the Notes panel filters. */
export function ReviewView({ api, onError, onOpen }: ViewProps) {
  const [review] = useState(() => createReview(api, onError));
  const { filter, items, matched, total, tags, loading } = useStore(review);
  useEffect(() => void review.reload(), [review]);

  return (
    <section className="lv-pane" aria-label="Review">
      <header className="lv-header">
        <h1>Review</h1>
        <p className="hint">{plural(total, 'highlight')} across your library</p>
      </header>
      <div className="lv-filters">
        <FilterBar
          filter={filter}
          tags={tags}
          shown={matched}
          total={total}
          onChange={(f) => review.setFilter(f)}
        />
      </div>
      {!loading && items.length === 0 && (
        <p className="empty">
          {total === 0
            ? 'Highlights you make in any article are listed here.'
            : 'No highlight fits the filter.'}
        </p>
      )}
      <ul className="lv-list" aria-label="Highlights and notes" onKeyDown={moveBetweenRows}>
        {items.map((item) => (
          <li key={`${item.articleId}/${item.highlightId}`}>
            <ReviewRow item={item} onOpen={() => onOpen(item.articleId, item.start)} />
          </li>
        ))}
      </ul>
      {items.length < matched && (
        <button className="text-button lv-more" disabled={loading} onClick={() => void review.more()}>
          Show more ({(matched - items.length).toLocaleString()} left)
        </button>
      )}
    </section>
  );
}

function ReviewRow({ item, onOpen }: { item: ReviewItem; onOpen: () => void }) {
  return (
    <button
      className={`lv-row lv-highlight lv-color-${item.color}`}
      data-row
      data-testid="review-item"
      onClick={onOpen}
    >
      <span className="lv-quote">{item.quote}</span>
      {item.note.trim() && <NoteMarkdown note={item.note} />}
      <span className="lv-meta">
        {item.tags.map((t) => (
          <span key={t} className="lv-tag">
            {t}
          </span>
        ))}
        <span className="lv-article">{item.title}</span> · {dateOf(item.date)}
      </span>
    </button>
  );
}
