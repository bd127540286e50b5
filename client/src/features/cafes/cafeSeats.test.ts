import { describe, expect, it } from '@jest/globals';
import type { Cafe } from '@leernetwerk/shared';
import { membersOf, seatOf, tableNumber } from './cafeSeats';

function cafeWith(members: string[][], hostIds: (string | null)[]): Cafe {
  const person = (id: string) => ({ id, name: id.toUpperCase(), organisationId: 'o', organisationName: 'Org' });
  return {
    id: 'c',
    title: 'Café',
    centralQuestion: '',
    conversationId: null,
    state: 'running',
    rounds: 2,
    minutesPerRound: 20,
    tableSize: 4,
    autoAdvance: false,
    tables: members.map((_, table) => ({
      table,
      prompt: { kind: 'question', text: 'Vraag?' },
      promptText: 'Vraag?',
      hostId: hostIds[table] ?? null,
    })),
    round: 1,
    timer: { status: 'idle' },
    seatings: [
      { round: 1, tables: members.map((ids, table) => ({ table, hostId: hostIds[table] ?? null, members: ids })) },
    ],
    participants: members.flat().map(person),
    present: [],
    lastBroadcast: null,
    inPlenary: false,
    harvest: { status: 'draft', feedback: [] },
    createdBy: 'f',
    createdAt: '2026-01-01T00:00:00.000Z',
    startedAt: null,
  };
}

describe('cafe seats', () => {
  it('finds the table a person sits at this round', () => {
    const cafe = cafeWith([['a', 'b'], ['c']], ['b', null]);
    expect(seatOf(cafe, 'c')?.table).toBe(1);
    expect(seatOf(cafe, 'x')).toBeNull();
  });

  it('lists the host first, then the others by name', () => {
    const cafe = cafeWith([['c', 'a', 'b']], ['b']);
    const seated = seatOf(cafe, 'a');
    expect(seated && membersOf(cafe, seated).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });

  it('numbers tables from 1 on screen', () => {
    expect(tableNumber(0)).toBe(1);
  });
});
