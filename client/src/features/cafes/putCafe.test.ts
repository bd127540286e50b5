import { describe, expect, it } from '@jest/globals';
import type { Cafe } from '@leernetwerk/shared';
import { QueryClient } from '@tanstack/react-query';
import { cafeKeys } from './cafesApi';
import { putCafe } from './putCafe';

function cafeInRound(round: number): Cafe {
  return {
    id: 'c1',
    title: 'Café',
    centralQuestion: '',
    conversationId: null,
    state: 'running',
    rounds: 3,
    minutesPerRound: 20,
    tableSize: 4,
    tables: [],
    round,
    timer: { status: 'idle' },
    seatings: [],
    participants: [],
    present: [],
    lastBroadcast: null,
    inPlenary: false,
    autoAdvance: false,
    harvest: { status: 'draft', feedback: [] },
    createdBy: 'u1',
    createdAt: '2026-12-07T10:00:00.000Z',
    startedAt: null,
  };
}

describe(putCafe.name, () => {
  it('keeps the pushed café when a fetch asked before it answers afterwards', async () => {
    const queryClient = new QueryClient();
    let answerFetch: (cafe: Cafe) => void = () => undefined;
    const fetched = queryClient
      .fetchQuery({
        queryKey: cafeKeys.detail('c1'),
        queryFn: () => new Promise<Cafe>((resolve) => (answerFetch = resolve)),
      })
      .catch(() => undefined);

    await putCafe(queryClient, 'c1', cafeInRound(2));
    answerFetch(cafeInRound(1));
    await fetched;

    expect(queryClient.getQueryData<Cafe>(cafeKeys.detail('c1'))?.round).toBe(2);
  });

  it('lets a later fetch replace the café as usual', async () => {
    const queryClient = new QueryClient();
    await putCafe(queryClient, 'c1', cafeInRound(2));
    await queryClient.fetchQuery({ queryKey: cafeKeys.detail('c1'), queryFn: () => Promise.resolve(cafeInRound(3)) });

    expect(queryClient.getQueryData<Cafe>(cafeKeys.detail('c1'))?.round).toBe(3);
  });
});
