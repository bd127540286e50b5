import { useMutation } from '@tanstack/react-query';
import { callsApi } from './callsApi';

/** The facilitator gives someone in the plenary the word, or takes it back (the media server changes their rights). */
export function useGiveWord(cafeId: string) {
  return useMutation({
    mutationFn: ({ userId, canSpeak }: { userId: string; canSpeak: boolean }) =>
      callsApi.setSpeaker(cafeId, userId, canSpeak),
  });
}
