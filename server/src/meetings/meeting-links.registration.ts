import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BottleneckLinks } from '../bottlenecks/bottleneck-links';
import { ActionViews } from './action-views';
import { ActionsRepository } from './actions.repository';
import { MeetingsRepository } from './meetings.repository';

/** Lets the bottleneck register name a report's meeting and show the actions linked to it. */
@Injectable()
export class MeetingLinksRegistration implements OnModuleInit {
  constructor(
    private readonly links: BottleneckLinks,
    private readonly meetings: MeetingsRepository,
    private readonly actions: ActionsRepository,
    private readonly actionViews: ActionViews,
  ) {}

  onModuleInit(): void {
    this.links.useMeetings({
      titleOf: async (meetingId) => (await this.meetings.findById(meetingId))?.title ?? null,
      actionsLinkedTo: async (bottleneckId) => this.actionViews.linked(await this.actions.listFor({ bottleneckId })),
    });
  }
}
