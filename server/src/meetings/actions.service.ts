import { Injectable } from '@nestjs/common';
import {
  type MeetingAction,
  type User,
  type ValidCreateActionRequest,
  type ValidUpdateActionRequest,
} from '@leernetwerk/shared';
import { BottlenecksService } from '../bottlenecks/bottlenecks.service';
import { ApiError } from '../common/api-error';
import { Notifier } from '../notifications/notifier';
import { UsersService } from '../users/users.service';
import { ActionViews } from './action-views';
import { ActionsRepository, type StoredAction } from './actions.repository';
import { canManage } from './meeting-access';
import { MeetingsService } from './meetings.service';

const STATUS_ORDER = { open: 0, done: 1, dropped: 2 } as const;

/** Actions named during a meeting: the facilitator records them, owners hear of them and tick them off. */
@Injectable()
export class ActionsService {
  constructor(
    private readonly actions: ActionsRepository,
    private readonly views: ActionViews,
    private readonly meetings: MeetingsService,
    private readonly bottlenecks: BottlenecksService,
    private readonly users: UsersService,
    private readonly notifier: Notifier,
  ) {}

  async create(actor: User, meetingId: string, input: ValidCreateActionRequest): Promise<MeetingAction> {
    const meeting = await this.meetings.require(meetingId);
    this.meetings.requireManager(actor, meeting);
    await this.users.get(input.ownerId);
    if (input.bottleneckId) await this.bottlenecks.titleOf(input.bottleneckId);
    const created = await this.actions.create({ ...input, meetingId, status: 'open', createdBy: actor.id });
    await this.tellOwner(actor, created);
    await this.announce(created, null);
    return this.view(created);
  }

  /** Managers change anything; the owner only its status. */
  async update(actor: User, id: string, input: ValidUpdateActionRequest): Promise<MeetingAction> {
    const action = await this.actions.findById(id);
    if (!action) throw ApiError.notFound('Action');
    const meeting = await this.meetings.require(action.meetingId);
    const onlyStatus = Object.keys(input).every((key) => key === 'status');
    if (!canManage(actor, meeting) && !(action.ownerId === actor.id && onlyStatus)) throw ApiError.forbidden();
    if (input.ownerId) await this.users.get(input.ownerId);
    if (input.bottleneckId) await this.bottlenecks.titleOf(input.bottleneckId);
    const updated = await this.actions.update(id, input);
    if (input.ownerId && input.ownerId !== action.ownerId) await this.tellOwner(actor, updated);
    await this.announce(updated, action.bottleneckId);
    return this.view(updated);
  }

  /**
   * The meeting's managers (its facilitator, the network's facilitators and coordinators) delete an
   * action; its owner is told, and it leaves their list, the meeting and any linked bottleneck.
   */
  async delete(actor: User, id: string): Promise<void> {
    const action = await this.actions.findById(id);
    if (!action) throw ApiError.notFound('Action');
    this.meetings.requireManager(actor, await this.meetings.require(action.meetingId));
    const removed = await this.actions.deleteById(id);
    if (!removed) throw ApiError.notFound('Action');
    await this.notifier.notify([removed.ownerId], actor, {
      kind: 'action-deleted',
      title: removed.text,
      link: { type: 'meeting', meetingId: removed.meetingId },
    });
    await this.announce(removed, null);
  }

  /** The viewer's own actions: open ones first, soonest due first. */
  async mine(viewer: User): Promise<MeetingAction[]> {
    const own = await this.actions.listFor({ ownerId: viewer.id });
    own.sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt),
    );
    return this.views.many(own);
  }

  private async view(action: StoredAction): Promise<MeetingAction> {
    const [view] = await this.views.many([action]);
    if (!view) throw new Error('An action view went missing');
    return view;
  }

  private async tellOwner(actor: User, action: StoredAction): Promise<void> {
    await this.notifier.notify([action.ownerId], actor, {
      kind: 'action-assigned',
      title: action.text,
      link: { type: 'meeting', meetingId: action.meetingId },
    });
  }

  /** The meeting page and any linked bottleneck (old and new) show the action. */
  private async announce(action: StoredAction, previousBottleneckId: string | null): Promise<void> {
    await this.meetings.broadcast(await this.meetings.require(action.meetingId));
    for (const id of new Set([action.bottleneckId, previousBottleneckId])) {
      if (id) await this.bottlenecks.announce(id);
    }
  }
}
