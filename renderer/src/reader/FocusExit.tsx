import { accel } from '../state/keys';
import './focus-mode.css';

/** The one control left in focused reading: faint until pointed at or focused. */
export function FocusExit({ onLeave }: { onLeave: () => void }) {
  return (
    <button
      className="focus-exit"
      title={`Leave focused reading (Esc or ${accel('focus-mode')})`}
      onClick={onLeave}
    >
      Leave focused reading
    </button>
  );
}
