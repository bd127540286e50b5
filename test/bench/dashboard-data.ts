/**
 * Synthetic bottlenecks for the dashboard benchmark, shaped exactly like the documents the server
 * writes (server/src/bottlenecks/bottleneck.schema.ts, BottleneckRecord plus Mongo timestamps).
 * Drawn from a seeded generator, so every run with the same seed has the same register.
 */
import { ObjectId } from 'mongodb';
import { prng } from './bench-common';
import {
  compassPillarSchema,
  type BottleneckScope,
  type BottleneckStatus,
  type CompassPillar,
} from '@leernetwerk/shared';
import type {
  BottleneckRecord,
  StoredAffected,
  StoredTimelineEntry,
} from '@leernetwerk/server/bottlenecks/bottleneck.schema';

export type BottleneckDocument = BottleneckRecord & { _id: ObjectId; createdAt: Date; updatedAt: Date };

export interface RegisterShape {
  count: number;
  organisationIds: readonly string[];
  technologyIds: readonly string[];
  userIds: readonly string[];
  /** Reports are spread over this many days before now. */
  spanDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_AFFECTED = 12;

/** The status changes a bottleneck went through to reach its status (the status flow's main path). */
const STATUS_PATH: Record<BottleneckStatus, BottleneckStatus[]> = {
  new: [],
  recognised: ['recognised'],
  raised: ['recognised', 'raised'],
  'in-progress': ['recognised', 'raised', 'in-progress'],
  solved: ['recognised', 'raised', 'in-progress', 'solved'],
  declined: ['recognised', 'declined'],
};
/** Most of a register is new or recognised; a few are done. */
const STATUS_WEIGHTS: [BottleneckStatus, number][] = [
  ['new', 40],
  ['recognised', 25],
  ['raised', 15],
  ['in-progress', 10],
  ['solved', 6],
  ['declined', 4],
];
const PILLARS: readonly (CompassPillar | null)[] = [...compassPillarSchema.options, null];
const SCOPES: readonly BottleneckScope[] = ['organisational', 'structural'];
const SUBJECTS = ['Inlogproblemen', 'Wifi', 'Privacyregels', 'Scholing', 'Budget', 'Onderhoud', 'Roosters', 'Opladen'];
const PLACES = ['op de groep', 'in de nachtdienst', 'bij de wijkteams', 'op locatie', 'bij de overdracht', 'thuis'];
const DETAILS = [
  'Collega’s haken af omdat het te veel tijd kost.',
  'De leverancier reageert pas na weken.',
  'Het beleid van de financier staat het niet toe.',
  'Niemand weet wie het beheer doet.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function pickWeighted<T>(weighted: readonly [T, number][], random: () => number): T {
  let r = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of weighted) if ((r -= weight) < 0) return item;
  return weighted[0]![0];
}

/** `count` distinct items (a partial Fisher-Yates shuffle of a copy). */
function pickDistinct<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** Few organisations for most bottlenecks, up to twelve for some: 1 + 11·r², so about a third have one. */
const affectedCount = (random: () => number, organisations: number): number =>
  Math.min(organisations, MAX_AFFECTED, 1 + Math.floor(random() ** 2 * MAX_AFFECTED));

function bottleneck(shape: RegisterShape, random: () => number, now: number): BottleneckDocument {
  const createdAt = now - random() * shape.spanDays * DAY_MS;
  let at = createdAt;
  const later = (): string => {
    at += random() * Math.min(20 * DAY_MS, (now - at) / 2);
    return new Date(at).toISOString();
  };
  const reporterId = pick(shape.userIds, random);
  const organisations = pickDistinct(
    shape.organisationIds,
    affectedCount(random, shape.organisationIds.length),
    random,
  );
  const status = pickWeighted(STATUS_WEIGHTS, random);

  const reportedAt = new Date(createdAt).toISOString();
  const affected: StoredAffected[] = [];
  const timeline: StoredTimelineEntry[] = [{ kind: 'reported', at: reportedAt, actorId: reporterId, mergedFrom: null }];
  organisations.forEach((organisationId, index) => {
    const reported = index === 0;
    const supportedAt = reported ? reportedAt : later();
    affected.push({
      organisationId,
      userId: reported ? reporterId : pick(shape.userIds, random),
      note: '',
      reported,
      at: supportedAt,
    });
    if (!reported) timeline.push({ kind: 'supported', at: supportedAt, organisationId, mergedFrom: null });
  });
  let from: BottleneckStatus = 'new';
  for (const to of STATUS_PATH[status]) {
    const actorId = pick(shape.userIds, random);
    timeline.push({
      kind: 'status',
      at: later(),
      actorId,
      from,
      to,
      explanation: 'Besproken in het overleg.',
      mergedFrom: null,
    });
    from = to;
  }

  return {
    _id: new ObjectId(),
    revision: 0,
    ownership: null,
    title: `${pick(SUBJECTS, random)} ${pick(PLACES, random)}`,
    description: `${pick(DETAILS, random)} ${pick(DETAILS, random)}`,
    technologyId: random() < 0.85 ? pick(shape.technologyIds, random) : null,
    pillar: pick(PILLARS, random),
    scope: pick(SCOPES, random),
    status,
    source: { kind: 'standalone' },
    reporterId,
    affected,
    followerIds: [...new Set([reporterId, ...affected.map((a) => a.userId)])],
    timeline,
    mergedInto: null,
    createdAt: new Date(createdAt),
    updatedAt: new Date(at),
  };
}

/** The whole synthetic register, oldest report anywhere in the last `spanDays` days. */
export function synthesizeRegister(shape: RegisterShape, seed: number): BottleneckDocument[] {
  const random = prng(seed);
  const now = Date.now();
  return Array.from({ length: shape.count }, () => bottleneck(shape, random, now));
}
