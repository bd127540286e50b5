import { Injectable } from '@nestjs/common';
import { meetingDocuments, type AgendaBlock, type Meeting, type MeetingSummary, type User } from '@leernetwerk/shared';
import { CafesRepository } from '../cafes/cafes.repository';
import { OrganisationsService } from '../organisations/organisations.service';
import { ConversationLookup } from '../statements/conversation-lookup';
import { TechnologiesService } from '../technologies/technologies.service';
import { UsersService } from '../users/users.service';
import { ActionViews } from './action-views';
import { ActionsRepository } from './actions.repository';
import { attended, canManage } from './meeting-access';
import type { StoredAgendaBlock } from './meeting.schema';
import type { StoredMeeting } from './meetings.repository';

const ERASED_NAME = 'Verwijderd account';
const orNull = <T>(promise: Promise<T>): Promise<T | null> => promise.catch(() => null);

/** Meetings as served: names, agenda links and actions resolved; per-viewer marks (none for a broadcast). */
@Injectable()
export class MeetingViews {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly cafes: CafesRepository,
    private readonly conversations: ConversationLookup,
    private readonly technologies: TechnologiesService,
    private readonly actions: ActionsRepository,
    private readonly actionViews: ActionViews,
  ) {}

  async summary(meeting: StoredMeeting, viewer: User | null): Promise<MeetingSummary> {
    const facilitator = await this.users.findById(meeting.facilitatorId);
    return {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      state: meeting.state,
      facilitator: { id: meeting.facilitatorId, name: facilitator?.name ?? ERASED_NAME },
      attendeeCount: meeting.attendees.length,
      checkedIn: viewer !== null && attended(meeting, viewer.id),
    };
  }

  async full(meeting: StoredMeeting, viewer: User): Promise<Meeting> {
    return this.asSeenBy(await this.shared(meeting), meeting, viewer);
  }

  /** The same for everyone (what is broadcast): the per-viewer fields are false. */
  async shared(meeting: StoredMeeting): Promise<Meeting> {
    const [summary, agenda, attendees, actions] = await Promise.all([
      this.summary(meeting, null),
      Promise.all(meeting.agenda.map((block) => this.agendaBlock(block))),
      this.attendees(meeting),
      this.actions.listFor({ meetingId: meeting.id }).then((list) => this.actionViews.many(list)),
    ]);
    return {
      ...summary,
      description: meeting.description,
      agenda,
      attendees,
      actions,
      minutesDocument: meetingDocuments.minutes(meeting.id),
      accreditation: meeting.accreditation,
      canManage: false,
    };
  }

  /** A shared view with the viewer's own fields filled in. */
  asSeenBy(view: Meeting, meeting: StoredMeeting, viewer: User): Meeting {
    return { ...view, checkedIn: attended(meeting, viewer.id), canManage: canManage(viewer, meeting) };
  }

  private async agendaBlock(block: StoredAgendaBlock): Promise<AgendaBlock> {
    return { ...block, linkTitle: block.linkId ? await this.linkTitle(block.kind, block.linkId) : null };
  }

  private async linkTitle(kind: StoredAgendaBlock['kind'], id: string): Promise<string | null> {
    switch (kind) {
      case 'cafe':
        return (await this.cafes.findById(id))?.title ?? null;
      case 'statements':
        return (await orNull(this.conversations.require(id)))?.title ?? null;
      case 'intervision':
        return (await orNull(this.technologies.get(id)))?.name ?? null;
      case 'plenary':
      case 'free':
        return null;
    }
  }

  private async attendees(meeting: StoredMeeting): Promise<Meeting['attendees']> {
    const organisationNames = new Map((await this.organisations.list()).map((o) => [o.id, o.name]));
    return Promise.all(
      meeting.attendees.map(async (attendee) => {
        const user = await this.users.findById(attendee.userId);
        return {
          userId: attendee.userId,
          name: user?.name ?? ERASED_NAME,
          organisationName: user ? (organisationNames.get(user.organisationId) ?? '') : '',
          checkedInAt: attendee.checkedInAt,
          by: attendee.by,
        };
      }),
    );
  }
}
