import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTakeFocus } from './use-take-focus';

interface Props {
  title: ReactNode;
  className?: string;
  onClose: () => void;
  /** False while something runs that a stray click outside should not cut short. */
  closeOnBackdrop?: boolean;
  /** False while nothing may close it: the close button is disabled and the backdrop ignored. */
  closable?: boolean;
  /** What takes the focus when it opens (the sheet itself if none). */
  first?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/** A modal sheet over the window: a titled dialog with a close button, focus taken and given back. */
export function Sheet({
  title,
  className,
  onClose,
  closeOnBackdrop = true,
  closable = true,
  first,
  children,
}: Props) {
  const el = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useTakeFocus(el, first);
  return (
    <div
      className="sheet-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && closeOnBackdrop && closable && onClose()}
    >
      <div
        ref={el}
        className={className ? `sheet ${className}` : 'sheet'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <div className="card-head">
          <h2 className="card-title" id={titleId}>
            {title}
          </h2>
          <button className="icon-button" aria-label="Close" onClick={onClose} disabled={!closable}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
