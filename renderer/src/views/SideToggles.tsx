import { accel } from '../state/keys';
import type { Placement, Side } from '../state/layout';

const TOGGLES = [
  { side: 'library', label: 'Library sidebar', command: 'toggle-library', glyph: '◧' },
  { side: 'panel', label: 'Side panel', command: 'toggle-side-panel', glyph: '◨' },
] as const;

/** The toolbar's buttons for the two sides and the shortcut sheet, with the keys that do the same. */
export function SideToggles({
  layout,
  onToggle,
  onShortcuts,
  onFocusMode,
}: {
  layout: Record<Side, Placement>;
  onToggle: (side: Side) => void;
  onShortcuts: () => void;
  onFocusMode: () => void;
}) {
  return (
    <>
      {TOGGLES.map(({ side, label, command, glyph }) => (
        <button
          key={side}
          className="icon-button side-toggle"
          aria-label={label}
          aria-pressed={layout[side] !== 'hidden'}
          title={`${label} (${accel(command)})`}
          onClick={() => onToggle(side)}
        >
          {glyph}
        </button>
      ))}
      <button
        className="icon-button"
        aria-label="Focused reading"
        title={`Focused reading: only the text (${accel('focus-mode')}; Esc leaves)`}
        onClick={onFocusMode}
      >
        ⤢
      </button>
      <button
        className="icon-button"
        aria-label="Keyboard shortcuts"
        title={`Keyboard shortcuts (? or ${accel('shortcuts')})`}
        onClick={onShortcuts}
      >
        ?
      </button>
    </>
  );
}
