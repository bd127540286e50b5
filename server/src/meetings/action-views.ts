import { Injectable } from '@nestjs/common';
import type { LinkedAction, MeetingAction } from '@leernetwerk/shared';
import { BottlenecksRepository } from '../bottlenecks/bottlenecks.repository';
import { UsersService } from '../users/users.service';
import type { StoredAction } from './actions.repository';
import { MeetingsRepository } from './meetings.repository';

const ERASED_NAME = 'Verwijderd account';

/** Actions as served, with the names of their owner, meeting and bottleneck. */
@Injectable()
export class ActionViews {
  constructor(
    private readonly users: UsersService,
    private readonly meetings: MeetingsRepository,
    private readonly bottlenecks: BottlenecksRepository,
  ) {}

  async many(actions: readonly StoredAction[]): Promise<MeetingAction[]> {
    // Many actions share an owner, a meeting or a bottleneck: each is looked up once.
    const lookups = new Map<string, Promise<string | null>>();
    const once = (key: string, load: () => Promise<string | null>): Promise<string | null> => {
      let found = lookups.get(key);
      if (!found) lookups.set(key, (found = load()));
      return found;
    };
    const ownerName = (id: string) => once(`user:${id}`, async () => (await this.users.findById(id))?.name ?? null);
    const meetingTitle = (id: string) =>
      once(`meeting:${id}`, async () => (await this.meetings.findById(id))?.title ?? null);
    const bottleneckTitle = (id: string | null) =>
      id ? once(`bottleneck:${id}`, async () => (await this.bottlenecks.findById(id))?.title ?? null) : null;
    return Promise.all(
      actions.map(async (action) => {
        const [owner, meeting, bottleneck] = await Promise.all([
          ownerName(action.ownerId),
          meetingTitle(action.meetingId),
          bottleneckTitle(action.bottleneckId),
        ]);
        return {
          id: action.id,
          meetingId: action.meetingId,
          meetingTitle: meeting ?? '',
          text: action.text,
          ownerId: action.ownerId,
          ownerName: owner ?? ERASED_NAME,
          dueDate: action.dueDate,
          status: action.status,
          bottleneckId: action.bottleneckId,
          bottleneckTitle: bottleneck,
          createdAt: action.createdAt,
        };
      }),
    );
  }

  async linked(actions: readonly StoredAction[]): Promise<LinkedAction[]> {
    return (await this.many(actions)).map(({ id, meetingId, text, ownerName, dueDate, status }) => ({
      id,
      meetingId,
      text,
      ownerName,
      dueDate,
      status,
    }));
  }
}
