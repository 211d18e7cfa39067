import { useRef } from 'react';
import { useTakeFocus } from '../views/use-take-focus';

/** A card pinned beneath a point in the text, kept inside the window; it takes focus while open. */
export function FloatingCard({
  at,
  label,
  children,
}: {
  at: { x: number; y: number };
  label: string;
  children: React.ReactNode;
}) {
  const el = useRef<HTMLDivElement>(null);
  useTakeFocus(el);
  const top = Math.max(8, Math.min(at.y + 14, window.innerHeight - 320));
  const left = Math.min(Math.max(8, at.x - 150), window.innerWidth - 316);
  return (
    <div
      ref={el}
      className="popover machine-card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={{ top, left }}
    >
      {children}
    </div>
  );
}
