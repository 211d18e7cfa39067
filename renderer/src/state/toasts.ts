import { useCallback, useState } from 'react';

export interface Toast {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

let nextId = 1;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, 'id'>, ms = toast.level === 'info' ? 6000 : 0) => {
      const id = nextId++;
      setToasts((t) => [...t.slice(-4), { ...toast, id }]);
      if (ms) setTimeout(() => dismiss(id), ms);
      return id;
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}
