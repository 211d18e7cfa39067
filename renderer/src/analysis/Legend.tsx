import { ENTITY_TYPES } from '../../../common/model/analysis';
import type { SettingsPatch } from '../../../common/ipc/contract';
import type { Settings } from '../../../common/model/settings';
import { TYPE_LABEL } from './layers';

/** What the machine marked, and a switch for each kind; the choice is kept in the settings. */
export function Legend({
  layers,
  status,
  onChange,
}: {
  layers: Settings['layers'];
  status: 'loading' | 'ready' | 'none';
  onChange: (p: SettingsPatch) => void;
}) {
  return (
    <div className="legend" role="group" aria-label="Analysis layers">
      <button
        className="legend-master"
        aria-pressed={layers.entities}
        title="Show or hide every entity mark"
        onClick={() => onChange({ layers: { entities: !layers.entities } })}
      >
        Entities
      </button>
      {ENTITY_TYPES.map((t) => (
        <button
          key={t}
          className={`legend-chip legend-${t}`}
          aria-pressed={layers.entityTypes[t]}
          disabled={!layers.entities}
          onClick={() => onChange({ layers: { entityTypes: { [t]: !layers.entityTypes[t] } } })}
        >
          <span className="legend-sample" aria-hidden />
          {TYPE_LABEL[t]}
        </button>
      ))}
      <span className="divider" />
      <button
        className="legend-chip legend-quote"
        aria-pressed={layers.quotes}
        onClick={() => onChange({ layers: { quotes: !layers.quotes } })}
      >
        <span className="legend-sample" aria-hidden />
        Quotations
      </button>
      <button
        className="legend-chip legend-reported"
        aria-pressed={layers.reported}
        title="Reported speech: “X noted that …”"
        onClick={() => onChange({ layers: { reported: !layers.reported } })}
      >
        <span className="legend-sample" aria-hidden />
        Reported
      </button>
      {status === 'loading' && (
        <span className="analyzing" role="status">
          Analyzing…
        </span>
      )}
    </div>
  );
}
