import { useEffect, useRef } from 'react';

/** A card pinned beneath a point in the text, kept inside the window; Escape closes it. */
export function FloatingCard({
  at,
  label,
  onClose,
  children,
}: {
  at: { x: number; y: number };
  label: string;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const top = Math.max(8, Math.min(at.y + 14, window.innerHeight - 320));
  const left = Math.min(Math.max(8, at.x - 150), window.innerWidth - 316);
  return (
    <div ref={el} className="popover machine-card" role="dialog" aria-label={label} style={{ top, left }}>
      {children}
    </div>
  );
}
