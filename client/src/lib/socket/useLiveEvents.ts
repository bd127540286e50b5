import type { ServerToClientEvents } from '@leernetwerk/shared';
import { useEffect, useEffectEvent } from 'react';
import { live } from './liveSocket';

export type LiveHandlers = { [E in keyof ServerToClientEvents]?: ServerToClientEvents[E] };

/**
 * Listens to live events for as long as the component is mounted, always with the latest
 * handlers. `onReconnect` runs after a lost connection came back (not on the first connect): what
 * was broadcast meanwhile is gone, so callers fetch again to catch up.
 */
export function useLiveEvents(handlers: LiveHandlers, onReconnect: () => void): void {
  const handle = useEffectEvent((event: keyof ServerToClientEvents, payload: unknown) => {
    (handlers[event] as ((payload: unknown) => void) | undefined)?.(payload);
  });
  const reconnected = useEffectEvent(onReconnect);
  const events = Object.keys(handlers).sort().join(',');
  useEffect(() => {
    const { socket } = live;
    let connectedBefore = socket.connected;
    const listeners = events
      .split(',')
      .filter(Boolean)
      .map((event) => [event, (payload: unknown) => handle(event as keyof ServerToClientEvents, payload)] as const);
    const onConnect = () => {
      if (connectedBefore) reconnected();
      connectedBefore = true;
    };
    for (const [event, listener] of listeners) socket.on(event as keyof ServerToClientEvents, listener);
    socket.on('connect', onConnect);
    return () => {
      for (const [event, listener] of listeners) socket.off(event as keyof ServerToClientEvents, listener);
      socket.off('connect', onConnect);
    };
  }, [events]);
}
