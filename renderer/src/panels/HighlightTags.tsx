import { useId, useState } from 'react';
import { TagChips } from '../views/TagChips';

/**
 * A highlight's tags, typed inline: Enter or a comma adds the tag typed, suggestions come from the
 * tags already in use, Backspace in the empty field takes the last one off.
 */
export function HighlightTags({
  tags,
  suggestions,
  onChange,
}: {
  tags: readonly string[];
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const list = useId();
  const add = (value: string) => {
    const tag = value.trim();
    setTyped('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="highlight-tags" data-testid="highlight-tags">
      <TagChips tags={tags} chipClass="tag-chip" onChange={onChange} />
      <input
        className="tag-input"
        aria-label="Add a tag"
        placeholder="+ tag"
        list={list}
        maxLength={60}
        value={typed}
        onChange={(e) => {
          const v = e.target.value;
          // A comma ends a tag, as in the library's tag field; tags never hold one.
          if (v.includes(',')) add(v.replace(/,/g, ''));
          else setTyped(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(typed);
          } else if (e.key === 'Backspace' && typed === '' && tags.length > 0) onChange(tags.slice(0, -1));
        }}
        onBlur={() => add(typed)}
      />
      <datalist id={list}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
