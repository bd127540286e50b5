import { Injectable } from '@nestjs/common';
import type { AccountExport } from '@leernetwerk/shared';
import { writeWithRevision } from '../common/revision-write';
import { ActionsRepository } from './actions.repository';
import { MeetingsRepository } from './meetings.repository';

/** A user's rights over meetings: see where they were and what they own; erase their attendance. */
@Injectable()
export class MeetingsPersonalData {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly actions: ActionsRepository,
  ) {}

  async exportFor(userId: string): Promise<AccountExport['meetings']> {
    const [meetings, actions] = await Promise.all([this.meetings.list(), this.actions.listFor({ ownerId: userId })]);
    return {
      attended: meetings.flatMap((m) =>
        m.attendees
          .filter((a) => a.userId === userId)
          .map((a) => ({ id: m.id, title: m.title, checkedInAt: a.checkedInAt })),
      ),
      actions: actions.map(({ id, meetingId, text, status }) => ({ id, meetingId, text, status })),
    };
  }

  /** Their attendance goes; their open actions pass to the meeting's facilitator, who reassigns them. */
  async eraseFor(userId: string): Promise<void> {
    for (const meeting of await this.meetings.list()) {
      if (!meeting.attendees.some((a) => a.userId === userId)) continue;
      await writeWithRevision(
        'Meeting',
        () => this.meetings.findById(meeting.id),
        (current) =>
          this.meetings.updateIfUnchanged(current, {
            attendees: current.attendees.filter((a) => a.userId !== userId),
          }),
      );
    }
    for (const action of await this.actions.listFor({ ownerId: userId })) {
      const meeting = await this.meetings.findById(action.meetingId);
      if (meeting && meeting.facilitatorId !== userId)
        await this.actions.update(action.id, { ownerId: meeting.facilitatorId });
    }
  }
}
