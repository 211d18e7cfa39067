import { useMemo } from 'react';
import type { PersonRow, QuotationRef } from '../../../common/model/views';
import { dateOf, plural, type ViewProps } from '../review/view-props';
import { AggregateBrowser } from './AggregateBrowser';
import { useAggregate } from './use-aggregate';

/** Every speaker in the library with their quotations, most quoted first. */
export function PeopleView({ api, onError, onOpen }: ViewProps) {
  const [people, s] = useAggregate<PersonRow, QuotationRef, object>(
    (q) => api.people.list(q),
    (key) => api.people.quotations({ key }),
    {},
    onError,
  );
  const chosen = s.rows.find((r) => r.key === s.selected) ?? null;
  const detail = useMemo(
    () =>
      s.detail?.map((q) => ({
        ...q,
        offset: q.start,
        body: (
          <span className="lv-quote">
            {q.text}
            {!q.sure && <span className="lv-check"> check</span>}
          </span>
        ),
      })) ?? null,
    [s.detail],
  );

  return (
    <AggregateBrowser
      title="People"
      noun="People"
      query={s.query}
      onQuery={(q) => void people.setQuery(q)}
      rows={s.rows}
      matched={s.matched}
      analyzing={s.analyzing}
      loaded={s.loaded}
      empty={s.query ? 'No speaker by that name.' : 'No quotation found in your library yet.'}
      rowLabel={(r) => (
        <>
          <span className="lv-name">{r.name}</span>
          <span className="lv-meta">
            {plural(r.quotes, 'quotation')} · {plural(r.articles, 'article')} · {dateOf(r.first)}
            {r.last !== r.first && ` – ${dateOf(r.last)}`}
          </span>
        </>
      )}
      selected={s.selected}
      onSelect={(key) => people.select(key)}
      onMore={() => void people.more()}
      detailTitle={chosen ? `${chosen.name}: ${plural(chosen.quotes, 'quotation')}` : null}
      detail={detail}
      onOpen={onOpen}
    />
  );
}
