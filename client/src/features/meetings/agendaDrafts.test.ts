import { describe, expect, it } from '@jest/globals';
import { agendaTotal, moveItem, newAgendaDraft, toAgendaInput, withKind } from './agendaDrafts';

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it is at the edges', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('agendaTotal', () => {
  it('adds up the minutes of every block', () => {
    expect(agendaTotal([{ minutes: 30 }, { minutes: 45 }, { minutes: 15 }])).toBe(90);
    expect(agendaTotal([])).toBe(0);
  });

  it('counts a block whose minutes are still being typed as nothing', () => {
    expect(agendaTotal([{ minutes: 30 }, { minutes: '' }, { minutes: '4-' }])).toBe(30);
  });
});

describe('agenda drafts', () => {
  const cafeId = '0123456789abcdef01234567';

  it('drops the link when the kind changes', () => {
    const draft = { ...newAgendaDraft(), kind: 'cafe' as const, linkId: cafeId };
    expect(withKind(draft, 'statements').linkId).toBeNull();
    expect(withKind(draft, 'cafe').linkId).toBe(cafeId);
  });

  it('sends no link for a plenary or free block', () => {
    const draft = { ...newAgendaDraft(), kind: 'plenary' as const, title: 'Welkom', linkId: cafeId };
    expect(toAgendaInput(draft)).toEqual({ kind: 'plenary', title: 'Welkom', minutes: 30, linkId: null });
  });

  it('sends minutes that are no number as NaN, so the schema refuses them with the range', () => {
    expect(toAgendaInput({ ...newAgendaDraft(), title: 'Pauze', minutes: '' }).minutes).toBeNaN();
  });

  it('gives every new block its own key', () => {
    expect(newAgendaDraft().key).not.toBe(newAgendaDraft().key);
  });
});
