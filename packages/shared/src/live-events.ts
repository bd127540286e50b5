import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { Cafe } from './cafes';
import type { Bottleneck } from './bottlenecks';
import type { Post, ThreadSummary } from './intervision';
import type { Meeting } from './meetings';
import type { Notification } from './notifications';
import type { ConversationResults } from './statement-results';
import type { Conversation, Reply, Statement, VoteTally } from './statements';
import type { User } from './users';

/** Bumped when live or sync messages change incompatibly; clients send it in the handshake. */
export const PROTOCOL_VERSION = 1;

/** Socket.IO namespace for live events (presence, timers, votes, new posts). */
export const LIVE_NAMESPACE = '/live';

/** What a client sends as Socket.IO `auth` in the handshake. */
export const socketHandshakeAuthSchema = z.object({
  token: z.string().min(1).max(4096),
  protocolVersion: z.number().int(),
});
export type SocketHandshakeAuth = z.infer<typeof socketHandshakeAuthSchema>;

/** `data` of a refused handshake's `connect_error`. */
export interface SocketErrorData {
  code: ErrorCode;
  message: string;
}

export interface ServerToClientEvents {
  /** Sent once after a successful handshake: who the server thinks you are. */
  session: (payload: { user: User; protocolVersion: number }) => void;
  /** Sent when a handler refuses a message. */
  error: (payload: SocketErrorData) => void;
  /** Colleagues of your organisation who are online now, on any server process. */
  'presence:organisation': (payload: OrganisationPresence) => void;
  /**
   * Tallies that changed since the last batch; sent to the conversation's room at most a few times a
   * second, so a busy room gets one message per batch instead of one per vote.
   */
  'statement:tallies': (payload: {
    conversationId: string;
    tallies: { statementId: string; tally: VoteTally }[];
  }) => void;
  /** A statement was published in the conversation. */
  'statement:new': (payload: { statement: LiveStatement }) => void;
  /** A statement was published, hidden or reported. */
  'statement:updated': (payload: { statement: LiveStatement }) => void;
  /** A reply was published under a statement. */
  'reply:new': (payload: { reply: LiveReply }) => void;
  /** A reply was published, hidden or reported. */
  'reply:updated': (payload: { reply: LiveReply }) => void;
  /** The conversation was opened, closed, or switched phase or moderation. */
  'conversation:updated': (payload: { conversation: Conversation }) => void;
  /**
   * Something waits for a facilitator's decision (a proposal, a reply, a report); sent only to the
   * conversation's facilitators, who reload the conversation to see it.
   */
  'moderation:waiting': (payload: { conversationId: string }) => void;
  /** A café changed: state, round, timer, seating, setup or participants. The whole café, as served. */
  'cafe:updated': (payload: { cafe: Cafe }) => void;
  /**
   * A café was set up, or its title, question, rounds or state changed; sent to the whole network so
   * lists of cafés (and home's "live now") fetch again. Not sent when only people or the clock moved.
   */
  'cafes:changed': (payload: { cafeId: string }) => void;
  /** Who is connected to the café now. */
  'cafe:presence': (payload: { cafeId: string; present: string[] }) => void;
  /** The facilitator's message to all tables. */
  'cafe:broadcast': (payload: { cafeId: string; text: string; at: number }) => void;
  /** A reply in a thread (to everyone reading it). */
  'thread:post': (payload: { post: Omit<Post, 'helpfulByMe'> }) => void;
  /** A thread's counts, status or answered mark changed. */
  'thread:updated': (payload: { thread: ThreadSummary }) => void;
  /**
   * A thread was started, answered, moderated or counted again in this technology; sent to the whole
   * network without content (a hidden thread stays hidden): lists fetch again with their own rights.
   */
  'threads:changed': (payload: { technologyId: string }) => void;
  /** A notification for you (sent to your own room). */
  'notification:new': (payload: { notification: Notification; unread: number }) => void;
  /**
   * A bottleneck was reported, supported, moved, merged, linked to an action, edited or deleted by
   * its reporter (`deletedAt` set); sent to the whole network (the register is public). Per-viewer
   * fields (`affectsMyOrganisation`, `following`, `mine`) are false: clients keep their own or refetch.
   */
  'bottleneck:updated': (payload: { bottleneck: Bottleneck }) => void;
  /** A meeting changed: state, agenda, attendance or actions. Per-viewer fields are false. */
  'meeting:updated': (payload: { meeting: Meeting }) => void;
  /** The analysis was recomputed (debounced after votes). */
  'conversation:results': (payload: { results: ConversationResults }) => void;
}

/** A statement as broadcast to a room: without what differs per receiver (own vote, authorship, reports). */
export type LiveStatement = Omit<Statement, 'mine' | 'myVote' | 'replies' | 'reports' | 'reportReasons'>;

/** A reply as broadcast to a room, with the conversation it belongs to. */
export type LiveReply = Omit<Reply, 'mine' | 'reports' | 'reportReasons'> & { conversationId: string };

/** Answer to `cafe:join`: the café as it is now, and the server's clock for the timer. */
export type CafeJoinAck = { ok: true; cafe: Cafe; serverTime: number } | { ok: false; error: SocketErrorData };

/** Answer to `conversation:join`. */
export type ConversationJoinAck = { ok: true } | { ok: false; error: SocketErrorData };

export interface OrganisationPresence {
  online: { id: string; name: string }[];
}

/** Client-to-server events; filled by later features. */
export interface ClientToServerEvents {
  /** Liveness probe; acknowledged with the server time so clients can correct clock offset. */
  ping: (ack: (payload: { serverTime: number }) => void) => void;
  /** Joins a conversation's room to receive its tallies and statements live. */
  'conversation:join': (conversationId: string, ack: (result: ConversationJoinAck) => void) => void;
  /** Leaves a conversation's room (the page closed); nothing is sent for it any more. */
  'conversation:leave': (conversationId: string) => void;
  /** Enters a café (lobby, or later as a late joiner) and its live room; present while connected. */
  'cafe:join': (cafeId: string, ack: (result: CafeJoinAck) => void) => void;
  /** Closes the café page: no longer present (not the same as leaving the café for good). */
  'cafe:leave': (cafeId: string) => void;
  /** Reads a thread live: its replies arrive as `thread:post`. */
  'thread:join': (threadId: string, ack: (result: ConversationJoinAck) => void) => void;
  'thread:leave': (threadId: string) => void;
}
