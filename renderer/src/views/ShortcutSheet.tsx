import { SHORTCUTS } from '../state/keys';
import { Sheet } from './Sheet';

/** Every shortcut, from the same list the keys are read with. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Sheet title="Keyboard shortcuts" onClose={onClose}>
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
    </Sheet>
  );
}
