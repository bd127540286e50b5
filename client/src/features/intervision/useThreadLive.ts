import type { ServerToClientEvents, Thread } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../../lib/api/ApiError';
import { live } from '../../lib/socket/liveSocket';
import { intervisionKeys } from './intervisionApi';
import { withPost, withSummary } from './threadCache';

const JOIN_TIMEOUT_MS = 10_000;

/**
 * Joins the thread's live room: replies and changed counts land in the cached thread. After a
 * reconnect it joins again and refetches, to catch up on what was missed. Returns a refused join's code.
 */
export function useThreadLive(threadId: string, onReply: () => void): ClientErrorCode | null {
  const queryClient = useQueryClient();
  const [joinError, setJoinError] = useState<ClientErrorCode | null>(null);

  useEffect(() => {
    const { socket } = live;
    let joinedBefore = false;
    let active = true;
    const update = (change: (thread: Thread) => Thread) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? change(thread) : thread,
      );

    function onConnect(): void {
      socket.timeout(JOIN_TIMEOUT_MS).emit('thread:join', threadId, (timeout, result) => {
        if (!active) return;
        if (timeout) return setJoinError('NETWORK');
        setJoinError(result.ok ? null : result.error.code);
      });
      if (joinedBefore) void queryClient.invalidateQueries({ queryKey: intervisionKeys.thread(threadId) });
      joinedBefore = true;
    }

    const onPost: ServerToClientEvents['thread:post'] = ({ post }) => {
      if (post.threadId !== threadId) return;
      const known = queryClient
        .getQueryData<Thread>(intervisionKeys.thread(threadId))
        ?.posts.some((item) => item.id === post.id);
      update((thread) => withPost(thread, post));
      if (!known && post.status === 'published') onReply();
    };
    const onUpdated: ServerToClientEvents['thread:updated'] = ({ thread }) => {
      if (thread.id !== threadId) return;
      const cached = queryClient.getQueryData<Thread>(intervisionKeys.thread(threadId));
      update((known) => withSummary(known, thread));
      // The opening post's text is not in the summary: a new revision means it changed, so fetch it.
      if (cached && cached.revision !== thread.revision) {
        void queryClient.invalidateQueries({ queryKey: intervisionKeys.thread(threadId) });
      }
    };

    socket.on('thread:post', onPost);
    socket.on('thread:updated', onUpdated);
    socket.on('connect', onConnect);
    if (socket.connected) onConnect();
    return () => {
      active = false;
      if (socket.connected) socket.emit('thread:leave', threadId);
      socket.off('connect', onConnect);
      socket.off('thread:post', onPost);
      socket.off('thread:updated', onUpdated);
    };
  }, [threadId, onReply, queryClient]);

  return joinError;
}
