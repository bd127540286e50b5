import { describe, expect, it } from '@jest/globals';
import type { Cafe } from '@leernetwerk/shared';
import { roundsDiscussed, tableUseOf } from './tableUse';

/** A café with `tables` tables of `tableSize`, the given rounds' seatings, and `present` people here. */
function cafeWith(options: {
  state: Cafe['state'];
  tables: number;
  tableSize: number;
  seatings?: string[][][];
  present?: number;
}): Cafe {
  const ids = Array.from({ length: options.present ?? 0 }, (_, i) => `p${i}`);
  return {
    id: 'c',
    title: 'Café',
    centralQuestion: '',
    conversationId: null,
    state: options.state,
    rounds: 3,
    minutesPerRound: 20,
    tableSize: options.tableSize,
    autoAdvance: false,
    tables: Array.from({ length: options.tables }, (_, table) => ({
      table,
      prompt: { kind: 'question', text: 'Vraag?' },
      promptText: 'Vraag?',
      hostId: null,
    })),
    round: options.seatings?.length ?? 0,
    timer: { status: 'idle' },
    seatings: (options.seatings ?? []).map((tables, i) => ({
      round: i + 1,
      tables: tables.map((members, table) => ({ table, hostId: members[0] ?? null, members })),
    })),
    participants: ids.map((id) => ({ id, name: id, organisationId: 'o', organisationName: 'Org' })),
    present: ids,
    lastBroadcast: null,
    inPlenary: false,
    harvest: { status: 'draft', feedback: [] },
    createdBy: 'f',
    createdAt: '2026-01-01T00:00:00.000Z',
    startedAt: null,
  };
}

describe(tableUseOf.name, () => {
  it('says one of two tables is in use for 3 people at tables of 2, and that the questions rotate', () => {
    const cafe = cafeWith({ state: 'running', tables: 2, tableSize: 2, seatings: [[['a', 'b', 'c'], []]] });
    expect(tableUseOf(cafe)).toEqual({ when: 'now', people: 3, used: 1, total: 2, crowded: false, rotates: true });
  });

  it('forecasts the tables in use from who is in the lobby', () => {
    const cafe = cafeWith({ state: 'lobby', tables: 3, tableSize: 3, present: 5 });
    expect(tableUseOf(cafe)).toMatchObject({ when: 'atStart', people: 5, used: 2, total: 3, rotates: true });
  });

  it('says when there are more people than seats', () => {
    const cafe = cafeWith({
      state: 'running',
      tables: 2,
      tableSize: 3,
      seatings: [
        [
          ['a', 'b', 'c', 'd'],
          ['e', 'f', 'g'],
        ],
      ],
    });
    expect(tableUseOf(cafe)).toMatchObject({ used: 2, total: 2, crowded: true, rotates: false });
  });

  it('says nothing once the rounds are over', () => {
    expect(tableUseOf(cafeWith({ state: 'harvest', tables: 2, tableSize: 2 }))).toBeNull();
  });
});

describe(roundsDiscussed.name, () => {
  it('lists the rounds in which a table had people', () => {
    const cafe = cafeWith({
      state: 'running',
      tables: 2,
      tableSize: 2,
      seatings: [
        [['a', 'b', 'c'], []],
        [[], ['a', 'b', 'c']],
        [['a', 'b', 'c'], []],
      ],
    });
    expect(roundsDiscussed(cafe, 0)).toEqual([1, 3]);
    expect(roundsDiscussed(cafe, 1)).toEqual([2]);
  });
});
