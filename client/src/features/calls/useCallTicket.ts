import type { MediaJoin } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { isApiError } from '../../lib/api/ApiError';

/**
 * A ticket into a call, fetched once per place. A ticket is only good for joining (two minutes), so
 * it is never served from an old cache: each screen that shows a call has its own (the key ends in
 * its id), it is dropped as soon as that screen goes, and fetched anew when the call has to join
 * again (see useCall's `onRejoin`).
 */
export function useCallTicket(
  key: readonly unknown[],
  fetchTicket: () => Promise<MediaJoin>,
  enabled = true,
): UseQueryResult<MediaJoin> {
  const screen = useId();
  return useQuery({
    queryKey: [...key, screen],
    queryFn: fetchTicket,
    enabled,
    staleTime: Infinity,
    // Every fetched ticket is a new join, even when it reads the same as the last one.
    structuralSharing: false,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Without a media server, or without a place in the call, asking again will not help.
    retry: (failures, error) =>
      failures < 2 && !(isApiError(error) && (error.code === 'MEDIA_UNAVAILABLE' || error.status < 500)),
  });
}
