import { useMutation } from '@tanstack/react-query';
import { intervisionApi } from './intervisionApi';
import type { IntervisionTarget } from './target';

/** Copies a tip, lesson or reply into the technology's knowledge page, with its source. */
export function usePromote() {
  return useMutation({
    mutationFn: (target: IntervisionTarget) =>
      target.kind === 'thread' ? intervisionApi.promoteThread(target.id) : intervisionApi.promotePost(target.id),
  });
}
