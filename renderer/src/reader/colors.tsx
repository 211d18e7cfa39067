import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/annotation';

export const COLOR_LABEL: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
};

/** Keys 1–6 pick a color while text is selected. */
export const colorForKey = (key: string): HighlightColor | null => HIGHLIGHT_COLORS[Number(key) - 1] ?? null;

export function ColorSwatches({
  current,
  onPick,
}: {
  current?: HighlightColor | undefined;
  onPick: (c: HighlightColor) => void;
}) {
  return (
    <div className="swatches" role="group" aria-label="Highlight color">
      {HIGHLIGHT_COLORS.map((c, i) => (
        <button
          key={c}
          className={`swatch swatch-${c}${c === current ? ' selected' : ''}`}
          aria-label={`${COLOR_LABEL[c]} (${i + 1})`}
          aria-pressed={c === current}
          title={`${COLOR_LABEL[c]} · key ${i + 1}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(c)}
        />
      ))}
    </div>
  );
}
