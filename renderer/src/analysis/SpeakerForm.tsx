import { useId, useState } from 'react';
import type { Analysis } from '../../../common/model/analysis';

/** Speakers to offer: people first, then organizations, most mentioned first. */
export function speakerChoices(analysis: Analysis | null) {
  return (analysis?.entities ?? [])
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .sort(
      (a, b) => Number(b.type === 'person') - Number(a.type === 'person') || b.mentionCount - a.mentionCount,
    );
}

/** Pick a known speaker or type any name; `optional` lets the user submit none. */
export function SpeakerForm({
  analysis,
  placeholder,
  submitLabel,
  optional,
  onSubmit,
}: {
  analysis: Analysis | null;
  placeholder: string;
  submitLabel: string;
  optional: boolean;
  onSubmit: (name: string | null) => void;
}) {
  const [name, setName] = useState('');
  const listId = useId();
  const trimmed = name.trim();
  return (
    <form
      className="correction-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed || optional) onSubmit(trimmed || null);
      }}
    >
      <input
        className="text-input"
        aria-label="Speaker"
        list={listId}
        placeholder={placeholder}
        value={name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id={listId}>
        {speakerChoices(analysis).map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      <button className="primary" type="submit" disabled={!optional && !trimmed}>
        {submitLabel}
      </button>
    </form>
  );
}
