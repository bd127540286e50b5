import { Injectable } from '@nestjs/common';
import {
  NETWORK_ROOM,
  type Bottleneck,
  type ContentHistory,
  type EditBottleneckRequest,
  type RemoveBottleneckPersonalDataRequest,
  type User,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import {
  cleaned,
  deleted,
  edited,
  historyView,
  requireAuthor,
  requireNotDeleted,
  requireRevision,
  versionsOf,
  type CurrentText,
  type Owned,
} from '../common/content-history';
import { LiveRooms } from '../realtime/live-rooms';
import { UsersService } from '../users/users.service';
import { BottleneckViews } from './bottleneck-views';
import { BottleneckWrites } from './bottleneck-writes';
import { BottlenecksRepository, type StoredBottleneck } from './bottlenecks.repository';

const ERASED_NAME = 'Verwijderd account';

/** The reporter is the writer of a bottleneck report. */
const owned = (b: StoredBottleneck): Owned => ({
  authorId: b.reporterId,
  createdAt: b.createdAt,
  ownership: b.ownership,
});
const reportText = (b: StoredBottleneck): CurrentText => ({ title: b.title, text: b.description });

/**
 * The reporter edits or deletes their bottleneck report; coordinators and facilitators remove
 * personal data from a report and its "bij ons ook" notes; coordinators read the history. Each goes
 * through BottleneckWrites: one compare-and-set write of the report and its history.
 */
@Injectable()
export class BottleneckOwnershipService {
  constructor(
    private readonly repository: BottlenecksRepository,
    private readonly writes: BottleneckWrites,
    private readonly views: BottleneckViews,
    private readonly users: UsersService,
    private readonly rooms: LiveRooms,
  ) {}

  async edit(actor: User, id: string, input: EditBottleneckRequest): Promise<Bottleneck> {
    const updated = await this.writes.change(id, (b) => {
      requireAuthor(owned(b), actor.id);
      requireNotDeleted(owned(b));
      requireRevision(owned(b), input.revision);
      const text = { title: input.title ?? b.title, text: input.description ?? b.description };
      const ownership = edited(owned(b), reportText(b), text, { actorId: actor.id, at: now() });
      return { title: text.title, description: text.text, ownership };
    });
    return this.views.asSeenBy(await this.broadcast(updated), updated, actor);
  }

  /** The report leaves the register and its dashboard; its page says the reporter deleted it. */
  async delete(actor: User, id: string): Promise<void> {
    const updated = await this.writes.change(id, (b) => {
      requireAuthor(owned(b), actor.id);
      if (b.ownership.deletedAt) return {};
      const ownership = deleted(owned(b), reportText(b), { actorId: actor.id, at: now() });
      return { title: '', description: '', ownership };
    });
    await this.broadcast(updated);
  }

  async removePersonalData(actor: User, id: string, input: RemoveBottleneckPersonalDataRequest): Promise<Bottleneck> {
    const updated = await this.writes.change(id, (b) => {
      const known = new Set(b.affected.map((a) => a.organisationId));
      const unknown = (input.notes ?? []).find((n) => !known.has(n.organisationId));
      if (unknown) throw ApiError.notFound('Organisation on this bottleneck');
      const noteOf = new Map((input.notes ?? []).map((n) => [n.organisationId, n.note]));
      const text = { title: input.title ?? b.title, text: input.description ?? b.description };
      const change = { actorId: actor.id, at: now(), reason: input.reason };
      return {
        title: text.title,
        description: text.text,
        affected: b.affected.map((a) => ({ ...a, note: noteOf.get(a.organisationId) ?? a.note })),
        ownership: cleaned(owned(b), reportText(b), text, change),
      };
    });
    return this.views.asSeenBy(await this.broadcast(updated), updated, actor);
  }

  async history(id: string): Promise<ContentHistory> {
    const bottleneck = await this.repository.findById(id);
    if (!bottleneck) throw ApiError.notFound('Bottleneck');
    const versions = versionsOf(owned(bottleneck), reportText(bottleneck));
    const names = new Map<string, string>();
    for (const actorId of new Set(versions.map((v) => v.actorId))) {
      const user = await this.users.findById(actorId);
      if (user) names.set(actorId, user.name);
    }
    return { versions: historyView(versions, (userId) => names.get(userId) ?? ERASED_NAME) };
  }

  /** The register is public to the network: everyone connected sees the change. */
  private async broadcast(bottleneck: StoredBottleneck): Promise<Bottleneck> {
    const view = await this.views.shared(bottleneck);
    this.rooms.toRoom(NETWORK_ROOM).emit('bottleneck:updated', { bottleneck: view });
    return view;
  }
}

function now(): string {
  return new Date().toISOString();
}
