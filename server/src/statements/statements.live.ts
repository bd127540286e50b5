import { Injectable } from '@nestjs/common';
import { conversationRoom, type LiveStatement, type VoteTally } from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';
import type { StoredStatement } from './statements.repository';
import { EMPTY_TALLY } from './statement-view';

function toLiveStatement(statement: StoredStatement, tally: VoteTally): LiveStatement {
  return {
    id: statement.id,
    conversationId: statement.conversationId,
    text: statement.text,
    status: statement.status,
    tally,
  };
}

/** Tells a conversation's live room what changed; the HTTP answer is the source of truth. */
@Injectable()
export class StatementsLive {
  constructor(private readonly rooms: LiveRooms) {}

  statementTally(conversationId: string, statementId: string, tally: VoteTally): void {
    this.rooms.toRoom(conversationRoom(conversationId)).emit('statement:tally', { statementId, tally });
  }

  statementNew(statement: StoredStatement): void {
    this.rooms
      .toRoom(conversationRoom(statement.conversationId))
      .emit('statement:new', { statement: toLiveStatement(statement, EMPTY_TALLY) });
  }

  statementUpdated(statement: StoredStatement, tally: VoteTally): void {
    this.rooms
      .toRoom(conversationRoom(statement.conversationId))
      .emit('statement:updated', { statement: toLiveStatement(statement, tally) });
  }
}
