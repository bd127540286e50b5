import type { Post, Thread } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TextChange } from '../ownership/EditTextForm';
import { ownershipApi } from '../ownership/ownershipApi';
import { intervisionKeys } from './intervisionApi';
import { withPost } from './threadCache';

/** The writer edits or deletes their own reply; the thread shows the result at once, live or not. */
export function useOwnPost(post: Post) {
  const queryClient = useQueryClient();
  const key = intervisionKeys.thread(post.threadId);
  const store = (next: Post) => queryClient.setQueryData<Thread>(key, (thread) => thread && withPost(thread, next));
  const edit = useMutation({
    mutationFn: (change: TextChange) => ownershipApi.editPost(post.id, change, post.revision),
    onSuccess: store,
  });
  const remove = useMutation({
    mutationFn: () => ownershipApi.delete({ kind: 'post', id: post.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return { edit, remove };
}

export interface ThreadEdit {
  title?: string;
  body?: string;
  confirmPersonalData?: boolean;
}

/** The writer edits (title and text) or deletes their thread's opening post. */
export function useOwnThread(thread: Thread) {
  const queryClient = useQueryClient();
  const key = intervisionKeys.thread(thread.id);
  const edit = useMutation({
    mutationFn: (change: ThreadEdit) => ownershipApi.editThread(thread.id, change, thread.revision),
    onSuccess: (next) => queryClient.setQueryData<Thread>(key, next),
  });
  const remove = useMutation({
    mutationFn: () => ownershipApi.delete({ kind: 'thread', id: thread.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return { edit, remove };
}
