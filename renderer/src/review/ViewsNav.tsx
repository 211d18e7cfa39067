import { LIBRARY_VIEWS, type MainView } from './main-view';

/** The library's entries into its views of everything at once: highlights, people, entities. */
export function ViewsNav({ current, onShow }: { current: MainView; onShow: (v: MainView) => void }) {
  return (
    <div className="segmented lv-nav" role="group" aria-label="Across the library">
      {LIBRARY_VIEWS.map(([view, label]) => (
        <button
          key={view}
          className={current === view ? 'selected' : ''}
          aria-pressed={current === view}
          onClick={() => onShow(current === view ? 'reader' : view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
