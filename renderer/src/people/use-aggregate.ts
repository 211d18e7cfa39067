import { useEffect, useState } from 'react';
import { useStore } from '../state/use-store';
import { createAggregate } from './aggregate-state';

/** Makes the view's list module once, loads it, and stops its polling when the view goes. */
export function useAggregate<R extends { key: string }, D, P extends object>(
  ...args: Parameters<typeof createAggregate<R, D, P>>
) {
  const [module] = useState(() => createAggregate<R, D, P>(...args));
  const state = useStore(module);
  useEffect(() => {
    void module.load();
    return () => module.stop();
  }, [module]);
  return [module, state] as const;
}
