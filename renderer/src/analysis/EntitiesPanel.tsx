import { ENTITY_TYPES, type Analysis, type Entity } from '../../../common/model/analysis';
import { TYPE_PLURAL } from './layers';

/** The article's entities by type, most mentioned first; each click walks to its next mention. */
export function EntitiesPanel({
  analysis,
  activeId,
  onWalk,
}: {
  analysis: Analysis | null;
  activeId: string | null;
  onWalk: (e: Entity) => void;
}) {
  if (!analysis) return <p className="empty">Analyzing…</p>;
  if (analysis.entities.length === 0) return <p className="empty">No names found in this article.</p>;
  return (
    <section aria-label="Entities">
      {ENTITY_TYPES.map((type) => {
        const list = analysis.entities
          .filter((e) => e.type === type)
          .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
        if (list.length === 0) return null;
        return (
          <div key={type} className="entity-group" data-testid={`entity-group-${type}`}>
            <h2 className="section-label">
              <span className={`type-dot type-${type}`} aria-hidden /> {TYPE_PLURAL[type]} · {list.length}
            </h2>
            <ul className="entity-list">
              {list.map((e) => (
                <li key={e.id}>
                  <button
                    className={`entity-item${e.id === activeId ? ' active' : ''}`}
                    data-testid="entity-item"
                    title={
                      e.aliases.length > 1
                        ? `Also: ${e.aliases.filter((a) => a !== e.name).join(', ')}`
                        : undefined
                    }
                    onClick={() => onWalk(e)}
                  >
                    <span className="entity-name">{e.name}</span>
                    <span className="count">{e.mentionCount}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
