import { z } from 'zod';

/**
 * Which call a person is in: a café table this round, the café's plenary, or an online meeting.
 * The server decides it from their seat and role; clients only ask "where may I be now?".
 */
export const mediaRoomKindSchema = z.enum(['table', 'plenary', 'meeting']);
export type MediaRoomKind = z.infer<typeof mediaRoomKindSchema>;

/** A ticket into exactly one call, for a short while (the media server checks it when joining). */
export const mediaJoinSchema = z.object({
  /** The media server (LiveKit) WebSocket URL the browser connects to. */
  url: z.string(),
  /** Short-lived LiveKit access token for `room`, with grants from the person's seat and role. */
  token: z.string(),
  room: z.string(),
  kind: mediaRoomKindSchema,
  /** Zero-based table index when `kind` is `table`. */
  table: z.number().int().nullable(),
  /** May send audio and video now (the plenary: the facilitator, and whoever they let speak). */
  canSpeak: z.boolean(),
  /** A facilitator visiting a table: listens first, shown to the table as a visitor. */
  visitor: z.boolean(),
  expiresAt: z.iso.datetime(),
});
export type MediaJoin = z.infer<typeof mediaJoinSchema>;

/** A facilitator visiting a table asks for that table's call; everyone else asks for their own place. */
export const cafeMediaQuerySchema = z.object({
  visit: z.coerce.number().int().min(0).max(99).optional(),
});
export type CafeMediaQuery = z.infer<typeof cafeMediaQuerySchema>;

/** The facilitator lets someone speak in the plenary, or takes the word back. */
export const plenarySpeakerRequestSchema = z.object({
  userId: z.string().regex(/^[0-9a-f]{24}$/),
  canSpeak: z.boolean(),
});
export type PlenarySpeakerRequest = z.infer<typeof plenarySpeakerRequestSchema>;

/** LiveKit room names, derived from what the call belongs to (never from user input). */
export const mediaRoomName = {
  table: (cafeId: string, table: number): string => `cafe-${cafeId}-table-${table}`,
  plenary: (cafeId: string): string => `cafe-${cafeId}-plenary`,
  meeting: (meetingId: string): string => `meeting-${meetingId}`,
} as const;
