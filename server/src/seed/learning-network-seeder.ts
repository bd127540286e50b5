import { Injectable } from '@nestjs/common';
import { meetingDocuments, type User, type ValidCreateMeetingRequest } from '@leernetwerk/shared';
import { BottlenecksRepository } from '../bottlenecks/bottlenecks.repository';
import { BottlenecksService } from '../bottlenecks/bottlenecks.service';
import { DocumentManager } from '../collab/document-manager';
import { EDITOR_FRAGMENT, sectionBlocks } from '../collab/editor-content';
import { ActionsRepository } from '../meetings/actions.repository';
import { ActionsService } from '../meetings/actions.service';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { MeetingsService } from '../meetings/meetings.service';
import { Notifier } from '../notifications/notifier';
import {
  DEMO_ACTIONS,
  DEMO_BOTTLENECKS,
  DEMO_NEXT_MEETING,
  DEMO_PAST_MEETING,
  type DemoMeeting,
} from './demo-learning-network';
import { backdatedHistory } from './demo-history';

const DAY_MS = 24 * 60 * 60 * 1000;

/** 13:00 in the Netherlands (UTC in winter is an hour behind), `days` from now. */
function afternoonIn(days: number): string {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(12, 0, 0, 0);
  return date.toISOString();
}

const dateIn = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export interface DemoContext {
  user(email: string): User;
  technologyId(key: string): string;
  conversationId: string;
}

/** Meetings, actions and bottlenecks of the demo network, made through the services users use. */
@Injectable()
export class LearningNetworkSeeder {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly actions: ActionsService,
    private readonly bottlenecks: BottlenecksService,
    private readonly documents: DocumentManager,
    private readonly notifier: Notifier,
    private readonly bottleneckRecords: BottlenecksRepository,
    private readonly meetingRecords: MeetingsRepository,
    private readonly actionRecords: ActionsRepository,
  ) {}

  async seed(context: DemoContext, allUsers: readonly User[]): Promise<void> {
    const past = await this.createMeeting(context, DEMO_PAST_MEETING);
    const facilitator = context.user(DEMO_PAST_MEETING.facilitatorEmail);
    await this.meetings.setState(facilitator, past, 'open');
    for (const email of DEMO_PAST_MEETING.attendeeEmails) await this.meetings.checkIn(context.user(email), past);
    await this.writeMinutes(past, DEMO_PAST_MEETING);
    const bottleneckIds = await this.seedBottlenecks(context, past, facilitator);
    const actionIds: string[] = [];
    for (const action of DEMO_ACTIONS) {
      const owner = context.user(action.ownerEmail);
      const created = await this.actions.create(facilitator, past, {
        text: action.text,
        ownerId: owner.id,
        dueDate: action.dueInDays === null ? null : dateIn(action.dueInDays),
        bottleneckId: action.bottleneckKey ? (bottleneckIds.get(action.bottleneckKey) ?? null) : null,
      });
      if (action.status !== 'open') await this.actions.update(owner, created.id, { status: action.status });
      actionIds.push(created.id);
    }
    await this.meetings.setState(facilitator, past, 'closed');
    await this.backdate(past, bottleneckIds, actionIds);
    await this.createMeeting(context, DEMO_NEXT_MEETING);
    // The demo's history is in everyone's list, but nobody starts with a row of unread notifications.
    for (const user of allUsers) await this.notifier.markRead(user);
  }

  /**
   * The services stamp everything "now"; the demo's past meeting took place weeks ago, so its
   * check-ins, actions and bottlenecks get the dates they would have had.
   */
  private async backdate(meetingId: string, bottleneckIds: Map<string, string>, actionIds: string[]): Promise<void> {
    const start = new Date(afternoonIn(DEMO_PAST_MEETING.inDays)).getTime();
    const minutes = (n: number) => new Date(start + n * 60_000);
    const meeting = await this.meetings.require(meetingId);
    await this.meetingRecords.rewriteAttendance(
      meetingId,
      meeting.attendees.map((attendee, index) => ({ ...attendee, checkedInAt: minutes(index * 3).toISOString() })),
    );
    for (const id of actionIds) await this.actionRecords.rewriteCreatedAt(id, minutes(120).toISOString());
    const now = new Date();
    for (const [index, demo] of DEMO_BOTTLENECKS.entries()) {
      const id = bottleneckIds.get(demo.key);
      const stored = id ? await this.bottleneckRecords.findById(id) : null;
      if (!id || !stored) continue;
      const reportedAt = demo.fromMeeting ? minutes(90 + index * 10) : minutes((2 + index * 2) * 24 * 60);
      await this.bottleneckRecords.rewriteHistory(id, backdatedHistory(stored, reportedAt, now));
    }
  }

  private async createMeeting(context: DemoContext, meeting: DemoMeeting): Promise<string> {
    const agenda: ValidCreateMeetingRequest['agenda'] = meeting.agenda.map(({ link, ...block }) => ({
      ...block,
      linkId: link === 'conversation' ? context.conversationId : link === 'vr' ? context.technologyId('vr-bril') : null,
    }));
    const created = await this.meetings.create(context.user(meeting.facilitatorEmail), {
      title: meeting.title,
      description: meeting.description,
      startsAt: afternoonIn(meeting.inDays),
      durationMinutes: meeting.durationMinutes,
      agenda,
    });
    return created.id;
  }

  private async writeMinutes(meetingId: string, meeting: DemoMeeting): Promise<void> {
    await this.documents.edit(meetingDocuments.minutes(meetingId), (doc) => {
      doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, sectionBlocks(meeting.minutes));
    });
  }

  private async seedBottlenecks(
    context: DemoContext,
    meetingId: string,
    facilitator: User,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const demo of DEMO_BOTTLENECKS) {
      const created = await this.bottlenecks.report(context.user(demo.reporterEmail), {
        title: demo.title,
        description: demo.description,
        technologyId: demo.technologyKey ? context.technologyId(demo.technologyKey) : null,
        pillar: demo.pillar,
        scope: demo.scope,
        source: demo.fromMeeting ? { kind: 'meeting', meetingId } : { kind: 'standalone' },
      });
      for (const supporter of demo.supporters) {
        await this.bottlenecks.support(context.user(supporter.email), created.id, supporter.note);
      }
      for (const move of demo.moves) {
        await this.bottlenecks.moveStatus(facilitator, created.id, move.to, move.explanation);
      }
      ids.set(demo.key, created.id);
    }
    return ids;
  }
}
