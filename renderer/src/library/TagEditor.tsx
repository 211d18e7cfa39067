import { useEffect, useId, useRef, useState } from 'react';
import { TagChips } from '../views/TagChips';
import { suggestTags } from './library-view';

interface Props {
  tags: string[];
  /** Every tag in the library, most used first: what is suggested. */
  allTags: string[];
  onChange: (tags: string[]) => void;
}

/** An article's tags as chips, each removable, and a field to add one with suggestions. */
export function TagEditor({ tags, allTags, onChange }: Props) {
  const [adding, setAdding] = useState(false);
  const [typed, setTyped] = useState('');
  const listId = useId();
  // Escape closes the field: the focus goes back to "+ tag", not to the page, so the keyboard
  // carries on where it was
  const addButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!adding && refocus.current) addButton.current?.focus();
    refocus.current = false;
  }, [adding]);
  const add = (tag: string) => {
    const t = tag.trim();
    if (t && !tags.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) onChange([...tags, t]);
    setTyped('');
  };
  const suggestions = adding ? suggestTags(allTags, tags, typed) : [];
  return (
    <div className="tags">
      <TagChips tags={tags} chipClass="tag" onChange={onChange} />
      {adding ? (
        <>
          <input
            className="tag-input"
            aria-label="New tag"
            placeholder="tag, then Enter"
            list={listId}
            autoFocus
            value={typed}
            maxLength={60}
            onChange={(e) => setTyped(e.target.value.replace(/[,\n]/g, ''))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add(typed);
              } else if (e.key === 'Escape') {
                e.stopPropagation();
                refocus.current = true;
                setAdding(false);
                setTyped('');
              }
            }}
            onBlur={() => {
              if (typed.trim()) add(typed);
              setAdding(false);
            }}
          />
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      ) : (
        <button ref={addButton} className="tag-add" onClick={() => setAdding(true)}>
          + tag
        </button>
      )}
    </div>
  );
}
