/**
 * Messages to the user, shown in a corner outside the text. At most three at once; information
 * fades on its own, errors stay until dismissed; the same message twice is shown once, refreshed.
 */
import { createStore } from './store';

export type ToastLevel = 'info' | 'warning' | 'error';

export interface Toast {
  id: number;
  level: ToastLevel;
  message: string;
  action?: { label: string; run: () => void } | undefined;
  /** A toast with the same key replaces this one (a count that goes up). */
  key?: string | undefined;
}

export const MAX_TOASTS = 3;
/** How long each level stays; 0 is until dismissed. */
export const TOAST_MS: Record<ToastLevel, number> = { info: 5000, warning: 10000, error: 0 };

export function createToasts(ms: Record<ToastLevel, number> = TOAST_MS) {
  const store = createStore<{ toasts: Toast[] }>({ toasts: [] });
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;

  const dismiss = (id: number) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
    store.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  };

  /** Shows a toast; `stay` overrides how long it stays (an Undo offered for a while). */
  const push = (toast: Omit<Toast, 'id'>, stay = ms[toast.level]): number => {
    const same = store
      .getState()
      .toasts.find(
        (t) =>
          (toast.key !== undefined && t.key === toast.key) ||
          (t.level === toast.level && t.message === toast.message && !t.action && !toast.action),
      );
    if (same) dismiss(same.id);
    const id = nextId++;
    let next = [...store.getState().toasts, { ...toast, id }];
    while (next.length > MAX_TOASTS) {
      // Errors are what must not slip away unread: the oldest of anything else gives way first.
      const drop = next.find((t) => t.level !== 'error') ?? next[0]!;
      clearTimeout(timers.get(drop.id));
      timers.delete(drop.id);
      next = next.filter((t) => t !== drop);
    }
    store.setState({ toasts: next });
    if (stay > 0)
      timers.set(
        id,
        setTimeout(() => dismiss(id), stay),
      );
    return id;
  };

  const dismissKey = (key: string) => {
    for (const t of store.getState().toasts) if (t.key === key) dismiss(t.id);
  };

  return { ...store, push, dismiss, dismissKey };
}

export type Toasts = ReturnType<typeof createToasts>;

/** "name: message", unless the message already names the file. */
export const aboutFile = (fileName: string, message: string): string =>
  message.includes(fileName) ? message : `${fileName}: ${message}`;
