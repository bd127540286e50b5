import { Injectable } from '@nestjs/common';
import {
  conversationRoom,
  moderatorsRoom,
  type Conversation,
  type ConversationResults,
  type LiveReply,
  type LiveStatement,
  type VoteTally,
} from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';
import type { StoredReply } from './replies.repository';
import type { StoredStatement } from './statements.repository';

function toLiveStatement(statement: StoredStatement, tally: VoteTally): LiveStatement {
  return {
    id: statement.id,
    conversationId: statement.conversationId,
    text: statement.text,
    status: statement.status,
    tally,
  };
}

function toLiveReply(reply: StoredReply): LiveReply {
  return {
    id: reply.id,
    conversationId: reply.conversationId,
    statementId: reply.statementId,
    kind: reply.kind,
    text: reply.text,
    status: reply.status,
    createdAt: reply.createdAt,
  };
}

/** Tells a conversation's live room what changed; the HTTP answers are the source of truth. */
@Injectable()
export class StatementsLive {
  constructor(private readonly rooms: LiveRooms) {}

  tallies(conversationId: string, tallies: { statementId: string; tally: VoteTally }[]): void {
    this.room(conversationId).emit('statement:tallies', { conversationId, tallies });
  }

  statementNew(statement: StoredStatement, tally: VoteTally): void {
    this.room(statement.conversationId).emit('statement:new', { statement: toLiveStatement(statement, tally) });
  }

  statementUpdated(statement: StoredStatement, tally: VoteTally): void {
    this.room(statement.conversationId).emit('statement:updated', { statement: toLiveStatement(statement, tally) });
  }

  replyNew(reply: StoredReply): void {
    this.room(reply.conversationId).emit('reply:new', { reply: toLiveReply(reply) });
  }

  replyUpdated(reply: StoredReply): void {
    this.room(reply.conversationId).emit('reply:updated', { reply: toLiveReply(reply) });
  }

  conversationUpdated(conversation: Conversation): void {
    this.room(conversation.id).emit('conversation:updated', { conversation });
  }

  results(results: ConversationResults): void {
    this.room(results.conversationId).emit('conversation:results', { results });
  }

  moderationWaiting(conversationId: string): void {
    this.rooms.toRoom(moderatorsRoom(conversationId)).emit('moderation:waiting', { conversationId });
  }

  private room(conversationId: string) {
    return this.rooms.toRoom(conversationRoom(conversationId));
  }
}
