import { useMutation } from '@tanstack/react-query';
import { cafesApi } from './cafesApi';

/** The facilitator's message to every table; it comes back to all screens as `cafe:broadcast`. */
export function useBroadcast(cafeId: string) {
  return useMutation({ mutationFn: (text: string) => cafesApi.broadcast(cafeId, text) });
}
