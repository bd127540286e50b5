import { ErrorCode, type BottleneckStatus, type User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import type { StoredAffected, StoredTimelineEntry } from './bottleneck.schema';
import type { BottleneckChange, StoredBottleneck } from './bottlenecks.repository';
import { checkTransition } from './status-flow';

/*
 * What each action does to a bottleneck, as pure functions of its stored state: the service reads,
 * applies one of these and writes the result, one change per bottleneck at a time.
 */

type Actor = Pick<User, 'id' | 'organisationId'>;

/** A merged duplicate only points to the one kept; changes go there. */
function requireActive(bottleneck: StoredBottleneck): void {
  if (bottleneck.mergedInto !== null) {
    throw new ApiError(ErrorCode.Conflict, 'This bottleneck was merged into another one; change that one');
  }
}

const addOnce = (ids: readonly string[], id: string): string[] => (ids.includes(id) ? [...ids] : [...ids, id]);

/** "Bij ons ook": once per organisation; the organisation that reported it already counts. */
export function support(bottleneck: StoredBottleneck, actor: Actor, note: string, now: string): BottleneckChange {
  requireActive(bottleneck);
  if (bottleneck.affected.some((a) => a.organisationId === actor.organisationId)) {
    throw new ApiError(ErrorCode.AlreadySupported, 'Your organisation is already listed for this bottleneck');
  }
  const entry: StoredAffected = {
    organisationId: actor.organisationId,
    userId: actor.id,
    note,
    reported: false,
    at: now,
  };
  return {
    affected: [...bottleneck.affected, entry],
    followerIds: addOnce(bottleneck.followerIds, actor.id),
    timeline: [
      ...bottleneck.timeline,
      { kind: 'supported', at: now, organisationId: actor.organisationId, mergedFrom: null },
    ],
  };
}

/** Takes back the organisation's "bij ons ook"; a report cannot be taken back this way. */
export function withdrawSupport(bottleneck: StoredBottleneck, actor: Actor): BottleneckChange {
  requireActive(bottleneck);
  const entry = bottleneck.affected.find((a) => a.organisationId === actor.organisationId);
  if (!entry || entry.reported) throw ApiError.notFound('Support of your organisation');
  const stillReporter = bottleneck.reporterId === actor.id;
  return {
    affected: bottleneck.affected.filter((a) => a !== entry),
    followerIds: stillReporter ? bottleneck.followerIds : bottleneck.followerIds.filter((id) => id !== actor.id),
    timeline: bottleneck.timeline.filter(
      (e) => !(e.kind === 'supported' && e.organisationId === actor.organisationId && e.mergedFrom === null),
    ),
  };
}

/** A status move with its public explanation; the flow rules decide which moves are allowed. */
export function moveStatus(
  bottleneck: StoredBottleneck,
  actor: Actor,
  to: BottleneckStatus,
  explanation: string,
  now: string,
): BottleneckChange {
  requireActive(bottleneck);
  const check = checkTransition(bottleneck.status, to, explanation);
  if (!check.ok) {
    throw new ApiError(ErrorCode.InvalidTransition, `Cannot move from ${bottleneck.status} to ${to}`, {
      refusal: check.refusal,
    });
  }
  const entry: StoredTimelineEntry = {
    kind: 'status',
    at: now,
    actorId: actor.id,
    from: bottleneck.status,
    to,
    explanation,
    mergedFrom: null,
  };
  return { status: to, timeline: [...bottleneck.timeline, entry] };
}

/**
 * Merges a duplicate into the one that stays: every organisation once (a report wins over a
 * "bij ons ook"), every follower once, and both histories, the duplicate's entries marked with
 * its title, in time order.
 */
export function merge(
  duplicate: StoredBottleneck,
  kept: StoredBottleneck,
  actor: Actor,
  explanation: string,
  now: string,
): { duplicate: BottleneckChange; kept: BottleneckChange } {
  if (duplicate.mergedInto !== null || kept.mergedInto !== null) {
    throw new ApiError(ErrorCode.Conflict, 'One of these bottlenecks was already merged');
  }
  const affected = kept.affected.map((entry) => {
    const same = duplicate.affected.find((d) => d.organisationId === entry.organisationId);
    return same?.reported && !entry.reported ? { ...entry, reported: true } : entry;
  });
  for (const entry of duplicate.affected) {
    if (!affected.some((a) => a.organisationId === entry.organisationId)) affected.push(entry);
  }
  const movedHistory = duplicate.timeline.map((e) => ({ ...e, mergedFrom: e.mergedFrom ?? duplicate.title }));
  const mergedEntry: StoredTimelineEntry = {
    kind: 'merged',
    at: now,
    actorId: actor.id,
    duplicateTitle: duplicate.title,
    explanation,
    mergedFrom: null,
  };
  const timeline = [...kept.timeline, ...movedHistory].sort((a, b) => a.at.localeCompare(b.at));
  return {
    duplicate: { mergedInto: kept.id, timeline: [...duplicate.timeline, mergedEntry] },
    kept: {
      affected,
      followerIds: [...new Set([...kept.followerIds, ...duplicate.followerIds])],
      timeline: [...timeline, mergedEntry],
    },
  };
}
