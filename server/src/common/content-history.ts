import { ErrorCode, type ContentVersion, type ContentVersionKind, type OwnershipFields } from '@leernetwerk/shared';
import { ApiError } from './api-error';

/** One version of an item's text as stored inside the item (so a change and its history are one write). */
export interface StoredVersion {
  revision: number;
  kind: ContentVersionKind;
  title: string | null;
  text: string | null;
  purged: boolean;
  actorId: string;
  at: string;
  reason: string | null;
}

/** What every item that its writer owns keeps about its text's life. */
export interface StoredOwnership {
  revision: number;
  history: StoredVersion[];
  editedAt: string | null;
  deletedAt: string | null;
  personalDataRemoved: { actorId: string; at: string } | null;
}

export const NO_OWNERSHIP: StoredOwnership = {
  revision: 0,
  history: [],
  editedAt: null,
  deletedAt: null,
  personalDataRemoved: null,
};

/** An item's text: a title (threads, bottlenecks) or null, and its body or description. */
export interface CurrentText {
  title: string | null;
  text: string;
}

/** An item its writer owns, as the services hold it. */
export interface Owned {
  authorId: string;
  createdAt: string;
  ownership: StoredOwnership;
}

/** The versions so far; an item written before history was kept starts with its text as it is now. */
export function versionsOf(item: Owned, current: CurrentText): StoredVersion[] {
  if (item.ownership.history.length > 0) return item.ownership.history;
  return [
    {
      revision: 0,
      kind: 'created',
      title: current.title,
      text: current.text,
      purged: false,
      actorId: item.authorId,
      at: item.createdAt,
      reason: null,
    },
  ];
}

interface Change {
  actorId: string;
  at: string;
}

function next(item: Owned, earlier: StoredVersion[], version: Omit<StoredVersion, 'revision' | 'purged'>) {
  const revision = item.ownership.revision + 1;
  return { revision, history: [...earlier, { ...version, revision, purged: false }] };
}

/** The writer changed the text. */
export function edited(item: Owned, current: CurrentText, text: CurrentText, change: Change): StoredOwnership {
  const version = { kind: 'edited' as const, ...text, ...change, reason: null };
  return { ...item.ownership, ...next(item, versionsOf(item, current), version), editedAt: change.at };
}

/** The writer deleted it: the text leaves the item; coordinators still read it in the history. */
export function deleted(item: Owned, current: CurrentText, change: Change): StoredOwnership {
  const version = { kind: 'deleted' as const, title: null, text: null, ...change, reason: null };
  return { ...item.ownership, ...next(item, versionsOf(item, current), version), deletedAt: change.at };
}

/**
 * Personal data was removed: every earlier text is dropped from the history too (AVG/GDPR asks to
 * keep no more than needed), leaving only the fact of each version, by whom and when.
 */
export function cleaned(
  item: Owned,
  current: CurrentText,
  text: CurrentText,
  change: Change & { reason: string },
): StoredOwnership {
  const purged = versionsOf(item, current).map((version) =>
    version.title === null && version.text === null ? version : { ...version, title: null, text: null, purged: true },
  );
  const version = { kind: 'personal-data-removed' as const, ...text, ...change };
  return {
    ...item.ownership,
    ...next(item, purged, version),
    personalDataRemoved: { actorId: change.actorId, at: change.at },
  };
}

/** Only the writer edits or deletes their own text. */
export function requireAuthor(item: Pick<Owned, 'authorId'>, actorId: string): void {
  if (item.authorId !== actorId) throw ApiError.forbidden('Only the writer can change or delete this');
}

/** A deleted text is not edited again (its place stays, empty). */
export function requireNotDeleted(item: Owned): void {
  if (item.ownership.deletedAt !== null) throw new ApiError(ErrorCode.Conflict, 'The writer deleted this');
}

/** Refuses an edit made on an older text than the one stored now. */
export function requireRevision(item: Owned, seen: number): void {
  if (item.ownership.revision !== seen) throw staleRevision(item.ownership.revision);
}

export function staleRevision(current: number): ApiError {
  return new ApiError(ErrorCode.StaleRevision, 'The text changed since you opened it; nothing was saved', {
    revision: current,
  });
}

/** What everyone sees of an item's history (names resolved by the caller). */
export function ownershipView(item: StoredOwnership, nameOf: (userId: string) => string): OwnershipFields {
  return {
    revision: item.revision,
    editedAt: item.editedAt,
    deletedAt: item.deletedAt,
    personalDataRemoved: item.personalDataRemoved
      ? { byName: nameOf(item.personalDataRemoved.actorId), at: item.personalDataRemoved.at }
      : null,
  };
}

export function historyView(versions: readonly StoredVersion[], nameOf: (userId: string) => string): ContentVersion[] {
  return versions.map(({ actorId, ...version }) => ({ ...version, actorName: nameOf(actorId) }));
}

/** Reads the stored fields of an item that may predate ownership (missing fields are the defaults). */
export function storedOwnership(doc: Partial<Record<keyof StoredOwnership, unknown>>): StoredOwnership {
  const removed = doc.personalDataRemoved as StoredOwnership['personalDataRemoved'] | undefined;
  return {
    revision: typeof doc.revision === 'number' ? doc.revision : 0,
    history: Array.isArray(doc.history) ? (doc.history as StoredVersion[]) : [],
    editedAt: typeof doc.editedAt === 'string' ? doc.editedAt : null,
    deletedAt: typeof doc.deletedAt === 'string' ? doc.deletedAt : null,
    personalDataRemoved: removed ?? null,
  };
}

/**
 * The filter of a compare-and-set on the text's revision (kept in the item's `ownership` field):
 * items stored before ownership existed have none, which counts as revision 0.
 */
export function revisionFilter(seen: number): Record<string, unknown> {
  return seen === 0
    ? { $or: [{ 'ownership.revision': 0 }, { 'ownership.revision': { $exists: false } }] }
    : { 'ownership.revision': seen };
}
