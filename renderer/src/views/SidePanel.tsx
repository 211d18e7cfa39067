import { useRef } from 'react';

export const PANEL_TABS = [
  ['notes', 'Notes'],
  ['entities', 'Entities'],
  ['quotes', 'People & quotes'],
] as const;
export type PanelTab = (typeof PANEL_TABS)[number][0];

/** The tab that a key moves to from `current` (WAI-ARIA tabs: arrows wrap, Home and End), or null. */
export function tabAfterKey(current: PanelTab, key: string): PanelTab | null {
  const i = PANEL_TABS.findIndex(([id]) => id === current);
  const n = PANEL_TABS.length;
  const to =
    key === 'ArrowRight'
      ? (i + 1) % n
      : key === 'ArrowLeft'
        ? (i - 1 + n) % n
        : key === 'Home'
          ? 0
          : key === 'End'
            ? n - 1
            : -1;
  return to < 0 ? null : PANEL_TABS[to]![0];
}

/** Notes, entities, people & quotes: tabs after the WAI-ARIA pattern (one Tab stop, arrows between). */
export function SidePanel({
  tab,
  onTab,
  overlay,
  onHide,
  children,
}: {
  /** Puts away a panel laid over the text (it covers the toolbar's toggle). */
  onHide: () => void;
  tab: PanelTab;
  onTab: (t: PanelTab) => void;
  /** Laid over the text because the window has no room for it beside the reading column. */
  overlay: boolean;
  children: React.ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  return (
    <aside className={`side-panel${overlay ? ' overlay' : ''}`} aria-label="Notes, entities and quotes">
      <div
        ref={list}
        className="panel-tabs"
        role="tablist"
        aria-label="Side panel"
        onKeyDown={(e) => {
          const next = tabAfterKey(tab, e.key);
          if (!next) return;
          e.preventDefault();
          onTab(next);
          list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
        }}
      >
        {PANEL_TABS.map(([id, label]) => (
          <button
            key={id}
            id={`tab-${id}`}
            role="tab"
            aria-selected={tab === id}
            aria-controls="side-panel-body"
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'selected' : ''}
            onClick={() => onTab(id)}
          >
            {label}
          </button>
        ))}
        {overlay && (
          <button className="icon-button push-right" aria-label="Hide side panel" onClick={onHide}>
            ×
          </button>
        )}
      </div>
      <div
        id="side-panel-body"
        className="panel-body"
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        tabIndex={0}
      >
        {children}
      </div>
    </aside>
  );
}
