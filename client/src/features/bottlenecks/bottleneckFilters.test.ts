import { describe, expect, it } from '@jest/globals';
import {
  ageInDays,
  ageRangeFilter,
  choiceFromParams,
  choiceToFilter,
  choiceToParams,
  filterQuery,
} from './bottleneckFilters';

describe('bottleneck filters', () => {
  it('leaves unset filters out of the query and keeps a fixed order', () => {
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ status: 'new', technologyId: 't1', minAgeDays: 0 })).toBe(
      '?technologyId=t1&status=new&minAgeDays=0',
    );
  });

  it('maps the age choices to day bounds', () => {
    expect(ageRangeFilter('all')).toEqual({});
    expect(ageRangeFilter('under30')).toEqual({ maxAgeDays: 30 });
    expect(ageRangeFilter('30to90')).toEqual({ minAgeDays: 30, maxAgeDays: 90 });
    expect(ageRangeFilter('over90')).toEqual({ minAgeDays: 90 });
  });

  it('counts whole days since a moment and never goes below zero', () => {
    const now = Date.parse('2026-03-11T12:00:00.000Z');
    expect(ageInDays('2026-03-01T13:00:00.000Z', now)).toBe(9);
    expect(ageInDays('2026-03-01T12:00:00.000Z', now)).toBe(10);
    expect(ageInDays('2026-03-12T00:00:00.000Z', now)).toBe(0);
  });
});

describe('filter choices in the page address', () => {
  it('reads and writes only what is chosen', () => {
    const choice = choiceFromParams(new URLSearchParams('status=raised&age=over90&other=x'));
    expect(choice).toEqual({ technologyId: '', pillar: '', status: 'raised', scope: '', age: 'over90' });
    expect(choiceToParams(choice)).toEqual({ status: 'raised', age: 'over90' });
    expect(choiceFromParams(new URLSearchParams('age=forever')).age).toBe('all');
  });

  it('turns a choice into an API filter and drops values the contract does not know', () => {
    const choice = {
      technologyId: '',
      pillar: 'vision',
      status: 'finished',
      scope: 'structural',
      age: '30to90' as const,
    };
    expect(choiceToFilter(choice)).toEqual({ pillar: 'vision', scope: 'structural', minAgeDays: 30, maxAgeDays: 90 });
  });
});
