import { describe, expect, it } from '@jest/globals';
import type { Cafe } from '@leernetwerk/shared';
import { cafeCallPlace, placeKey } from './cafeCallPlace';

function cafe(state: Cafe['state'], tables: string[][] = [['a', 'b'], ['c']], inPlenary = false): Cafe {
  return {
    id: 'c',
    title: 'Café',
    centralQuestion: '',
    conversationId: null,
    state,
    rounds: 2,
    minutesPerRound: 20,
    tableSize: 4,
    autoAdvance: false,
    tables: tables.map((_, table) => ({
      table,
      prompt: { kind: 'question', text: 'Vraag?' },
      promptText: 'Vraag?',
      hostId: null,
    })),
    round: 1,
    timer: { status: 'idle' },
    seatings: [{ round: 1, tables: tables.map((members, table) => ({ table, hostId: null, members })) }],
    participants: [...tables.flat(), 'late'].map((id) => ({
      id,
      name: id,
      organisationId: 'o',
      organisationName: 'Org',
    })),
    present: [],
    lastBroadcast: null,
    inPlenary,
    harvest: { status: 'draft', feedback: [] },
    createdBy: 'f',
    createdAt: '2026-01-01T00:00:00.000Z',
    startedAt: null,
  };
}

describe('cafeCallPlace', () => {
  it('puts a seated person at their table while a round runs', () => {
    expect(cafeCallPlace(cafe('running'), 'c', false, null)).toEqual({ kind: 'table', table: 1 });
  });

  it('puts people in the plenary in the lobby, at the harvest and without a seat', () => {
    expect(cafeCallPlace(cafe('lobby'), 'a', false, null)).toEqual({ kind: 'plenary' });
    expect(cafeCallPlace(cafe('harvest'), 'a', false, null)).toEqual({ kind: 'plenary' });
    expect(cafeCallPlace(cafe('running'), 'late', false, null)).toEqual({ kind: 'plenary' });
  });

  it('calls everyone back to the plenary during a round when the facilitator asks, visits too', () => {
    expect(cafeCallPlace(cafe('running', undefined, true), 'c', false, null)).toEqual({ kind: 'plenary' });
    expect(cafeCallPlace(cafe('running', undefined, true), 'f', true, 1)).toEqual({ kind: 'plenary' });
  });

  it('keeps a facilitator in the plenary unless they visit a table of a running café', () => {
    expect(cafeCallPlace(cafe('running'), 'f', true, null)).toEqual({ kind: 'plenary' });
    expect(cafeCallPlace(cafe('running'), 'f', true, 0)).toEqual({ kind: 'visit', table: 0 });
    expect(cafeCallPlace(cafe('harvest'), 'f', true, 0)).toEqual({ kind: 'plenary' });
  });

  it('has no call before the café has taken the person in', () => {
    expect(cafeCallPlace(cafe('lobby'), 'stranger', false, null)).toEqual({ kind: 'none' });
  });

  it('has no call in a draft or closed café', () => {
    expect(cafeCallPlace(cafe('draft'), 'a', false, null)).toEqual({ kind: 'none' });
    expect(cafeCallPlace(cafe('closed'), 'f', true, null)).toEqual({ kind: 'none' });
  });

  it('gives a new key for a new table and the same key for the same table', () => {
    const first = placeKey(cafeCallPlace(cafe('running', [['a'], ['b']]), 'a', false, null));
    const moved = placeKey(cafeCallPlace(cafe('running', [['b'], ['a']]), 'a', false, null));
    const stayed = placeKey(cafeCallPlace(cafe('running', [['a', 'b'], []]), 'a', false, null));
    expect(moved).not.toBe(first);
    expect(stayed).toBe(first);
  });
});
