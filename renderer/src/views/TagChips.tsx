/** Tags as chips, each with a button that takes it off: the article's and the highlight's alike. */
export function TagChips({
  tags,
  chipClass,
  onChange,
}: {
  tags: readonly string[];
  /** The chip's class where it stands (the library row's or the Notes panel's look). */
  chipClass: string;
  onChange: (tags: string[]) => void;
}) {
  return (
    <>
      {tags.map((t) => (
        <span key={t} className={chipClass}>
          {t}
          <button
            className="tag-remove"
            aria-label={`Remove tag ${t}`}
            onClick={() => onChange(tags.filter((x) => x !== t))}
          >
            ×
          </button>
        </span>
      ))}
    </>
  );
}
