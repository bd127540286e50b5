import type { Cafe } from '@leernetwerk/shared';
import type { QueryClient } from '@tanstack/react-query';
import { cafeKeys } from './cafesApi';

/**
 * Puts a café the server just pushed or answered into the cache. A detail fetch still on its way
 * was asked before this answer was made, so its café is older: it is cancelled first, or it would
 * land afterwards and put back the state before, e.g. a seat taken by joining.
 */
export async function putCafe(queryClient: QueryClient, cafeId: string, cafe: Cafe): Promise<void> {
  const queryKey = cafeKeys.detail(cafeId);
  await queryClient.cancelQueries({ queryKey, exact: true });
  queryClient.setQueryData(queryKey, cafe);
}
