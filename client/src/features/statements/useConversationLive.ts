import type { ClientErrorCode } from '../../lib/api/ApiError';
import type { ConversationDetail, ConversationResults, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { live } from '../../lib/socket/liveSocket';
import { conversationKeys } from './conversationsApi';
import { withConversation, withLiveReply, withLiveStatement, withTallies } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

const JOIN_TIMEOUT_MS = 10_000;

export type LiveNotice = { kind: 'statement-new' } | { kind: 'closed' } | { kind: 'opened' } | { kind: 'phase-after' };

interface Options {
  moderator: boolean;
  /** Called for the few changes worth telling a screen-reader user about. */
  onNotice: (notice: LiveNotice) => void;
}

/**
 * Joins the conversation's live room and keeps the cached detail and results up to date. After a
 * reconnect it joins again and refetches, to catch up on what happened while the connection was lost.
 * Returns the code of a refused join, if any.
 */
export function useConversationLive(conversationId: string, { moderator, onNotice }: Options): ClientErrorCode | null {
  const queryClient = useQueryClient();
  const updateDetail = useUpdateDetail(conversationId);
  const [joinError, setJoinError] = useState<ClientErrorCode | null>(null);

  useEffect(() => {
    const { socket } = live;
    let joinedBefore = false;
    let active = true;

    const cached = () => queryClient.getQueryData<ConversationDetail>(conversationKeys.detail(conversationId));

    function join(): void {
      socket.timeout(JOIN_TIMEOUT_MS).emit('conversation:join', conversationId, (timeout, result) => {
        if (!active) return;
        if (timeout) return setJoinError('NETWORK');
        setJoinError(result.ok ? null : result.error.code);
      });
    }

    function onConnect(): void {
      join();
      if (joinedBefore) {
        void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
        void queryClient.invalidateQueries({ queryKey: conversationKeys.results(conversationId) });
      }
      joinedBefore = true;
    }

    const handlers: Partial<ServerToClientEvents> = {
      'statement:tallies': ({ conversationId: id, tallies }) => {
        if (id === conversationId) updateDetail((detail) => withTallies(detail, tallies));
      },
      'statement:new': ({ statement }) => {
        if (statement.conversationId !== conversationId) return;
        updateDetail((detail) => withLiveStatement(detail, statement, moderator));
        if (statement.status === 'published') onNotice({ kind: 'statement-new' });
      },
      'statement:updated': ({ statement }) => {
        if (statement.conversationId !== conversationId) return;
        updateDetail((detail) => withLiveStatement(detail, statement, moderator));
        // The broadcast leaves out what differs per viewer (own items, report counts): fetch our view.
        void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
      },
      'reply:new': ({ reply }) => {
        if (reply.conversationId === conversationId) updateDetail((detail) => withLiveReply(detail, reply, moderator));
      },
      'reply:updated': ({ reply }) => {
        if (reply.conversationId !== conversationId) return;
        updateDetail((detail) => withLiveReply(detail, reply, moderator));
        void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
      },
      'conversation:updated': ({ conversation }) => {
        if (conversation.id !== conversationId) return;
        const before = cached();
        updateDetail((detail) => withConversation(detail, conversation));
        void queryClient.invalidateQueries({ queryKey: conversationKeys.list });
        if (before && before.status !== conversation.status) {
          onNotice({ kind: conversation.status === 'closed' ? 'closed' : 'opened' });
        } else if (before && before.votingPhase !== conversation.votingPhase && conversation.votingPhase === 'after') {
          onNotice({ kind: 'phase-after' });
        }
      },
      'moderation:waiting': ({ conversationId: id }) => {
        // Only facilitators get this; it carries no content, so fetch what waits for them.
        if (id === conversationId)
          void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
      },
      'conversation:results': ({ results }) => {
        if (results.conversationId !== conversationId) return;
        queryClient.setQueryData<ConversationResults>(conversationKeys.results(conversationId), results);
      },
    };

    for (const [event, handler] of Object.entries(handlers)) socket.on(event as keyof ServerToClientEvents, handler);
    socket.on('connect', onConnect);
    if (socket.connected) onConnect();

    return () => {
      active = false;
      if (socket.connected) socket.emit('conversation:leave', conversationId);
      socket.off('connect', onConnect);
      for (const [event, handler] of Object.entries(handlers)) socket.off(event as keyof ServerToClientEvents, handler);
    };
  }, [conversationId, moderator, onNotice, queryClient, updateDetail]);

  return joinError;
}
