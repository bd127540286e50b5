import type { Cafe, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../../lib/api/ApiError';
import { live } from '../../lib/socket/liveSocket';
import { cafeKeys } from './cafesApi';
import { putCafe } from './putCafe';

const JOIN_TIMEOUT_MS = 10_000;

export interface CafeLive {
  /** The code of a refused join, if any. */
  joinError: ClientErrorCode | null;
  /** Server time minus this device's time, so every screen shows the same countdown. */
  clockOffsetMs: number;
}

/**
 * Enters the café's live room: being connected is being present (the lobby shows it, the next round
 * seats only who is present). Every (re)connect joins again; the answer is the café as it is now,
 * with this person's seat, and the server's clock. Live events keep the cached café up to date.
 * Not `enabled`: nothing is joined (see CafePage: a co-facilitator watches without taking a seat).
 */
export function useCafeLive(cafeId: string, enabled: boolean): CafeLive {
  const queryClient = useQueryClient();
  const [joinError, setJoinError] = useState<ClientErrorCode | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const { socket } = live;
    let active = true;
    const setCafe = (update: (cafe: Cafe) => Cafe) =>
      queryClient.setQueryData<Cafe>(cafeKeys.detail(cafeId), (cafe) => (cafe ? update(cafe) : cafe));

    function join(): void {
      const sentAt = Date.now();
      socket.timeout(JOIN_TIMEOUT_MS).emit('cafe:join', cafeId, (timeout, result) => {
        if (!active) return;
        if (timeout) return setJoinError('NETWORK');
        if (!result.ok) return setJoinError(result.error.code);
        setJoinError(null);
        // The server answered halfway through the round trip, as near as we can tell.
        setClockOffsetMs(result.serverTime - (sentAt + Date.now()) / 2);
        void putCafe(queryClient, cafeId, result.cafe);
      });
    }

    const handlers: Partial<ServerToClientEvents> = {
      'cafe:updated': ({ cafe }) => {
        if (cafe.id === cafeId) void putCafe(queryClient, cafeId, cafe);
      },
      'cafe:presence': ({ cafeId: id, present }) => {
        if (id === cafeId) setCafe((cafe) => ({ ...cafe, present }));
      },
      'cafe:broadcast': ({ cafeId: id, text, at }) => {
        if (id === cafeId) setCafe((cafe) => ({ ...cafe, lastBroadcast: { text, at } }));
      },
    };

    for (const [event, handler] of Object.entries(handlers)) socket.on(event as keyof ServerToClientEvents, handler);
    socket.on('connect', join);
    if (socket.connected) join();

    return () => {
      active = false;
      if (socket.connected) socket.emit('cafe:leave', cafeId);
      socket.off('connect', join);
      for (const [event, handler] of Object.entries(handlers)) socket.off(event as keyof ServerToClientEvents, handler);
    };
  }, [cafeId, enabled, queryClient]);

  return { joinError, clockOffsetMs };
}
