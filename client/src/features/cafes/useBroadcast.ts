import type { BroadcastRequest } from '@leernetwerk/shared';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { cafesApi } from './cafesApi';

/**
 * The facilitator's message to every table; it comes back to all screens as `cafe:broadcast`.
 * Sent once per click: a double click would otherwise pop the same message up twice at every table.
 */
export function useBroadcast(cafeId: string) {
  return useSubmitOnce<BroadcastRequest, void>((body, key) => cafesApi.broadcast(cafeId, body, key));
}
