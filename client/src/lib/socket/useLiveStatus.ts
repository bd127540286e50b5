import { useSyncExternalStore } from 'react';
import { live, type LiveStatus } from './liveSocket';

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(live.subscribe, live.getStatus);
}
