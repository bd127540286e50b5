import { BOTTLENECK_LIMITS, bottleneckSourceSchema, type BottleneckSource } from '@leernetwerk/shared';

function wholeNumber(value: string | null): number {
  return value && /^\d+$/.test(value) ? Number(value) : NaN;
}

/**
 * The source a report link carries: `?meetingId=` for a meeting, `?cafeId=&table=&round=&excerpt=`
 * for a café tablecloth. Anything incomplete or malformed makes it a report on its own.
 */
export function sourceFromParams(params: URLSearchParams): BottleneckSource {
  const meetingId = params.get('meetingId');
  const cafeId = params.get('cafeId');
  const candidate = cafeId
    ? {
        kind: 'cafe',
        cafeId,
        table: wholeNumber(params.get('table')),
        round: wholeNumber(params.get('round')),
        excerpt: (params.get('excerpt') ?? '').slice(0, BOTTLENECK_LIMITS.excerptMax),
      }
    : meetingId
      ? { kind: 'meeting', meetingId }
      : { kind: 'standalone' };
  const parsed = bottleneckSourceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : { kind: 'standalone' };
}

/** The link that opens the report form with a café tablecloth as its source. */
export function cafeReportLink(cafeId: string, table: number, round: number, excerpt: string): string {
  const params = new URLSearchParams({
    cafeId,
    table: String(table),
    round: String(round),
    excerpt: excerpt.trim().slice(0, BOTTLENECK_LIMITS.excerptMax),
  });
  return `/knelpunten/nieuw?${params.toString()}`;
}
