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
    const lookups = new Map<string, Promise<string | null>>();
    const once = (key: string, load: () => Promise<string | null>) => {
      if (!lookups.has(key)) lookups.set(key, load());
      return lookups.get(key) as Promise<string | null>;
    };
    return Promise.all(
      actions.map(async (action) => {
        const [ownerName, meetingTitle, bottleneckTitle] = await Promise.all([
          once(`user:${action.ownerId}`, async () => (await this.users.findById(action.ownerId))?.name ?? null),
          once(
            `meeting:${action.meetingId}`,
            async () => (await this.meetings.findById(action.meetingId))?.title ?? null,
          ),
          action.bottleneckId
            ? once(`bottleneck:${action.bottleneckId}`, async () =>
                action.bottleneckId ? ((await this.bottlenecks.findById(action.bottleneckId))?.title ?? null) : null,
              )
            : Promise.resolve(null),
        ]);
        return {
          id: action.id,
          meetingId: action.meetingId,
          meetingTitle: meetingTitle ?? '',
          text: action.text,
          ownerId: action.ownerId,
          ownerName: ownerName ?? ERASED_NAME,
          dueDate: action.dueDate,
          status: action.status,
          bottleneckId: action.bottleneckId,
          bottleneckTitle,
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
