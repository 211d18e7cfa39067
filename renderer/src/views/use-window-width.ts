import { useSyncExternalStore } from 'react';

const subscribe = (l: () => void) => {
  window.addEventListener('resize', l);
  return () => window.removeEventListener('resize', l);
};
const width = () => window.innerWidth;

export const useWindowWidth = (): number => useSyncExternalStore(subscribe, width);
