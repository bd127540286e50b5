import { bottleneckFilterSchema, type BottleneckFilter } from '@leernetwerk/shared';

/** "?key=value&…" for the filters that are set, in a fixed order so equal filters give equal URLs. */
export function filterQuery(filter: BottleneckFilter): string {
  const params = new URLSearchParams();
  const keys: (keyof BottleneckFilter)[] = [
    'technologyId',
    'pillar',
    'status',
    'scope',
    'meetingId',
    'minAgeDays',
    'maxAgeDays',
  ];
  for (const key of keys) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const AGE_RANGES = ['all', 'under30', '30to90', 'over90'] as const;
export type AgeRange = (typeof AGE_RANGES)[number];

export function isAgeRange(value: unknown): value is AgeRange {
  return AGE_RANGES.some((range) => range === value);
}

/** The age choice of the dashboard as the API's day bounds. */
export function ageRangeFilter(range: AgeRange): Pick<BottleneckFilter, 'minAgeDays' | 'maxAgeDays'> {
  switch (range) {
    case 'all':
      return {};
    case 'under30':
      return { maxAgeDays: 30 };
    case '30to90':
      return { minAgeDays: 30, maxAgeDays: 90 };
    case 'over90':
      return { minAgeDays: 90 };
    default: {
      const unhandled: never = range;
      return unhandled;
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since a moment; never negative, so a clock slightly behind the server shows 0. */
export function ageInDays(since: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / DAY_MS));
}

/** The filter choices as they sit in the page address; an empty string means "all". */
export interface FilterChoice {
  technologyId: string;
  pillar: string;
  status: string;
  scope: string;
  age: AgeRange;
}

export const FILTER_KEYS = ['technologyId', 'pillar', 'status', 'scope'] as const;

export function choiceFromParams(params: URLSearchParams): FilterChoice {
  const age = params.get('age');
  return {
    technologyId: params.get('technologyId') ?? '',
    pillar: params.get('pillar') ?? '',
    status: params.get('status') ?? '',
    scope: params.get('scope') ?? '',
    age: isAgeRange(age) ? age : 'all',
  };
}

export function choiceToParams(choice: FilterChoice): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (choice[key]) params[key] = choice[key];
  if (choice.age !== 'all') params.age = choice.age;
  return params;
}

/** The API filter for a choice; values the contract does not know (an edited address) are left out. */
export function choiceToFilter(choice: FilterChoice): BottleneckFilter {
  const parsed = bottleneckFilterSchema.safeParse({
    technologyId: choice.technologyId || undefined,
    pillar: choice.pillar || undefined,
    status: choice.status || undefined,
    scope: choice.scope || undefined,
    ...ageRangeFilter(choice.age),
  });
  if (parsed.success) return parsed.data;
  const wrong = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  return choiceToFilter({
    technologyId: wrong.has('technologyId') ? '' : choice.technologyId,
    pillar: wrong.has('pillar') ? '' : choice.pillar,
    status: wrong.has('status') ? '' : choice.status,
    scope: wrong.has('scope') ? '' : choice.scope,
    age: choice.age,
  });
}
