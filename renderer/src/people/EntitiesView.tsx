import { useMemo } from 'react';
import type { EntityType } from '../../../common/model/analysis';
import type { EntityRow, MentionRef } from '../../../common/model/views';
import { plural, type ViewProps } from '../review/view-props';
import { AggregateBrowser } from './AggregateBrowser';
import { useAggregate } from './use-aggregate';

const TYPES: [EntityType | null, string][] = [
  [null, 'All'],
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
  ['misc', 'Other'],
];
const TYPE_NAME: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  misc: 'other',
};

/** Every entity in the library, by type, with the articles that mention it. */
export function EntitiesView({ api, onError, onOpen }: ViewProps) {
  const [entities, s] = useAggregate<EntityRow, MentionRef, { type: EntityType | null }>(
    (q) => api.entities.list(q),
    (key) => api.entities.mentions({ key }),
    { type: null },
    onError,
  );
  const chosen = s.rows.find((r) => r.key === s.selected) ?? null;
  const detail = useMemo(
    () =>
      s.detail?.map((m) => ({
        ...m,
        offset: m.start,
        body: <span className="lv-name">{plural(m.mentions, 'mention')}</span>,
      })) ?? null,
    [s.detail],
  );

  return (
    <AggregateBrowser
      title="Entities"
      noun="Entities"
      query={s.query}
      onQuery={(q) => void entities.setQuery(q)}
      controls={
        <div className="segmented lv-types" role="group" aria-label="Type">
          {TYPES.map(([type, label]) => (
            <button
              key={label}
              className={s.params.type === type ? 'selected' : ''}
              aria-pressed={s.params.type === type}
              onClick={() => void entities.setParams({ type })}
            >
              {label}
            </button>
          ))}
        </div>
      }
      rows={s.rows}
      matched={s.matched}
      analyzing={s.analyzing}
      loaded={s.loaded}
      empty={s.query ? 'No entity by that name.' : 'No entity found in your library yet.'}
      rowLabel={(r) => (
        <>
          <span className={`lv-name lv-entity-${r.type}`}>{r.name}</span>
          <span className="lv-meta">
            {TYPE_NAME[r.type]} · {plural(r.articles, 'article')} · {plural(r.mentions, 'mention')}
          </span>
        </>
      )}
      selected={s.selected}
      onSelect={(key) => entities.select(key)}
      onMore={() => void entities.more()}
      detailTitle={
        chosen ? `Every article that mentions ${chosen.name} (${plural(chosen.articles, 'article')})` : null
      }
      detail={detail}
      onOpen={onOpen}
    />
  );
}
