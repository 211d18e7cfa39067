import { EntitiesView } from '../people/EntitiesView';
import { PeopleView } from '../people/PeopleView';
import type { MainView } from './main-view';
import { ReviewView } from './ReviewView';
import type { ViewProps } from './view-props';
import './views.css';

/** The view of the whole library that takes the reader's place, with the way back to reading. */
export function LibraryViews({ view, onBack, ...props }: ViewProps & { view: MainView; onBack: () => void }) {
  return (
    <main className="reader lv-main">
      <div className="reader-toolbar">
        <button className="text-button" onClick={onBack}>
          ← Back to the article
        </button>
      </div>
      {view === 'review' && <ReviewView {...props} />}
      {view === 'people' && <PeopleView {...props} />}
      {view === 'entities' && <EntitiesView {...props} />}
    </main>
  );
}
