import { useState } from 'react';
import { ENTITY_TYPES, type Analysis, type EntityType, type Span } from '../../../common/model/analysis';
import { FloatingCard } from './FloatingCard';
import { TYPE_LABEL } from './layers';

interface Props {
  analysis: Analysis;
  entityId: string;
  mention: Span;
  at: { x: number; y: number };
  /** What a quotation or reported speech under the same click is called, reachable from here. */
  quoteHere: 'Quotation' | 'Reported speech' | null;
  onGo: (mention: Span) => void;
  onOpenQuote: () => void;
  onRejectMention: () => void;
  onRejectEntity: () => void;
  onRetype: (to: EntityType) => void;
  onMerge: (intoName: string) => void;
  onClose: () => void;
}

/** One entity as the machine (and the user's corrections) see it, walked mention by mention. */
export function EntityCard(p: Props) {
  const [merging, setMerging] = useState(false);
  const entity = p.analysis.entities.find((e) => e.id === p.entityId);
  if (!entity) return null;
  const mentions = p.analysis.mentions.filter((m) => m.entityId === entity.id);
  const index = mentions.findIndex((m) => m.start === p.mention.start && m.end === p.mention.end);
  const others = p.analysis.entities
    .filter((e) => e.id !== entity.id)
    .sort(
      (a, b) =>
        Number(b.type === entity.type) - Number(a.type === entity.type) || a.name.localeCompare(b.name),
    );
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const step = (d: number) => {
    const next = mentions[(index + d + mentions.length) % mentions.length];
    if (next) p.onGo(next);
  };

  return (
    <FloatingCard at={p.at} label="Entity">
      <div className="card-head">
        <span className={`type-dot type-${entity.type}`} aria-hidden />
        <h2 className="card-title" data-testid="entity-name">
          {entity.name}
        </h2>
        <span className="card-kind" data-testid="entity-type">
          {TYPE_LABEL[entity.type]}
        </span>
        <button className="icon-button" aria-label="Close" onClick={p.onClose}>
          ×
        </button>
      </div>
      {aliases.length > 0 && (
        <p className="card-line" data-testid="entity-aliases">
          Also written: {aliases.join(', ')}
        </p>
      )}
      <div className="card-nav">
        <button
          className="icon-button"
          aria-label="Previous mention"
          onClick={() => step(-1)}
          disabled={mentions.length < 2}
        >
          ‹
        </button>
        <span data-testid="mention-position">
          {index >= 0 ? `${index + 1} of ${mentions.length}` : `${mentions.length}`}{' '}
          {mentions.length === 1 ? 'mention' : 'mentions'}
        </span>
        <button
          className="icon-button"
          aria-label="Next mention"
          onClick={() => step(1)}
          disabled={mentions.length < 2}
        >
          ›
        </button>
        {p.quoteHere && (
          <button className="text-button push-right" onClick={p.onOpenQuote}>
            {p.quoteHere} ›
          </button>
        )}
      </div>
      <details className="card-corrections">
        <summary>Correct this</summary>
        <div className="correction-row">
          <button className="text-button" onClick={p.onRejectMention}>
            Not a {TYPE_LABEL[entity.type].toLowerCase()} here
          </button>
          <button className="text-button danger" onClick={p.onRejectEntity}>
            Not a name at all
          </button>
        </div>
        <label className="correction-row">
          <span>Type</span>
          <select
            aria-label="Change type"
            value={entity.type}
            onChange={(e) => p.onRetype(e.target.value as EntityType)}
          >
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        {merging ? (
          <label className="correction-row">
            <span>Same as</span>
            <select
              aria-label="Merge into"
              defaultValue=""
              onChange={(e) => e.target.value && p.onMerge(e.target.value)}
            >
              <option value="" disabled>
                Pick an entity…
              </option>
              {others.map((o) => (
                <option key={o.id} value={o.name}>
                  {o.name} ({TYPE_LABEL[o.type].toLowerCase()})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <button className="text-button" onClick={() => setMerging(true)} disabled={others.length === 0}>
            Merge into…
          </button>
        )}
      </details>
    </FloatingCard>
  );
}
