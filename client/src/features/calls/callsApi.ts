import { mediaJoinSchema } from '@leernetwerk/shared';
import { api } from '../../lib/api/apiClient';

/**
 * Tickets are keyed by where the person should be, so a new seat (round, table, visit) is a new
 * ticket and a new call; the same place keeps the call it has.
 */
export const callKeys = {
  all: ['calls'] as const,
  cafe: (cafeId: string, place: string) => ['calls', 'cafe', cafeId, place] as const,
  meeting: (meetingId: string, canSpeak: boolean) => ['calls', 'meeting', meetingId, canSpeak] as const,
};

/** The requests of calls; the server decides the room from the person's seat and role. */
export const callsApi = {
  cafe: (cafeId: string, visit?: number) =>
    api.get(`/cafes/${cafeId}/media${visit === undefined ? '' : `?visit=${visit}`}`, mediaJoinSchema),
  meeting: (meetingId: string) => api.get(`/meetings/${meetingId}/media`, mediaJoinSchema),
  setSpeaker: (cafeId: string, userId: string, canSpeak: boolean) =>
    api.sendWithoutAnswer('PUT', `/cafes/${cafeId}/plenary/speakers`, { userId, canSpeak }),
};
