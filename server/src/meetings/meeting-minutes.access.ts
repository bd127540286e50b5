import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AccessChangeReason, DocAccess, User } from '@leernetwerk/shared';
import { CollabAccessRegistry } from '../collab/collab-access.registry';
import { ApiError } from '../common/api-error';
import { attended, canManage } from './meeting-access';
import { MeetingsRepository, type MeetingChange } from './meetings.repository';

/** Why a change to a meeting may change who writes its minutes, or null when it cannot. */
export function meetingAccessChange(change: MeetingChange): AccessChangeReason | null {
  if (change.state !== undefined) return 'state';
  if (change.attendees !== undefined) return 'attendance';
  if (change.facilitatorId !== undefined) return 'role';
  return null;
}

/**
 * `meeting:<id>:minutes` — the live minutes. The network reads them; the people present write
 * while the meeting is open, its facilitators always (to tidy up afterwards).
 */
@Injectable()
export class MeetingMinutesAccess implements OnModuleInit {
  constructor(
    private readonly registry: CollabAccessRegistry,
    private readonly meetings: MeetingsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register('meeting', (user, parts) => this.resolve(user, parts));
  }

  private async resolve(user: User, [meetingId, kind, ...rest]: string[]): Promise<DocAccess> {
    if (kind !== 'minutes' || rest.length > 0 || !meetingId || !/^[0-9a-f]{24}$/.test(meetingId)) {
      throw ApiError.notFound('Document');
    }
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw ApiError.notFound('Document');
    if (canManage(user, meeting)) return 'write';
    return meeting.state === 'open' && attended(meeting, user.id) ? 'write' : 'read';
  }
}
