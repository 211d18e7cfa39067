import { useRef } from 'react';
import { SHORTCUTS } from '../state/keys';
import { useTakeFocus } from './use-take-focus';

/** Every shortcut, from the same list the keys are read with. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const el = useRef<HTMLDivElement>(null);
  useTakeFocus(el);
  return (
    <div className="sheet-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={el}
        className="sheet"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
      >
        <div className="card-head">
          <h2 className="card-title">Keyboard shortcuts</h2>
          <button className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="sheet-groups">
          {SHORTCUTS.map((g) => (
            <section key={g.group}>
              <h3 className="section-label">{g.group}</h3>
              <dl className="shortcut-list">
                {g.keys.map((k) => (
                  <div key={k.what} className="shortcut">
                    <dt>
                      {k.keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </dt>
                    <dd>{k.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="hint">On a Mac, ⌘ works wherever Ctrl is shown.</p>
      </div>
    </div>
  );
}
