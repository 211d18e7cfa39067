import type { SettingsPatch } from '../../common/ipc/contract';
import { THEMES, type Settings } from '../../common/model/settings';

const THEME_LABEL = { light: 'Light', sepia: 'Sepia', dark: 'Dark' } as const;
const FONT_LABEL = { serif: 'Serif', sans: 'Sans' } as const;
const FONTS = ['serif', 'sans'] as const;

export function ReaderToolbar({
  settings,
  onChange,
  children,
}: {
  settings: Settings;
  onChange: (p: SettingsPatch) => void;
  children?: React.ReactNode;
}) {
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reading settings">
      <div className="segmented" role="group" aria-label="Theme">
        {THEMES.map((t) => (
          <button
            key={t}
            aria-pressed={settings.theme === t}
            className={settings.theme === t ? 'selected' : ''}
            onClick={() => onChange({ theme: t })}
          >
            {THEME_LABEL[t]}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Font">
        {FONTS.map((f) => (
          <button
            key={f}
            aria-pressed={settings.fontFamily === f}
            className={settings.fontFamily === f ? `selected ${f}` : f}
            onClick={() => onChange({ fontFamily: f })}
          >
            {FONT_LABEL[f]}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Font size">
        <button
          aria-label="Smaller text"
          disabled={settings.fontSize <= 12}
          onClick={() => onChange({ fontSize: settings.fontSize - 1 })}
        >
          A−
        </button>
        <span className="font-size" data-testid="font-size">
          {settings.fontSize}
        </span>
        <button
          aria-label="Larger text"
          disabled={settings.fontSize >= 40}
          onClick={() => onChange({ fontSize: settings.fontSize + 1 })}
        >
          A+
        </button>
      </div>
      <div className="toolbar-spacer" />
      {children}
    </div>
  );
}
