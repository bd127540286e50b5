import { Injectable } from '@nestjs/common';
import type { LinkedAction } from '@leernetwerk/shared';

/** What the bottleneck register needs to know of meetings, without depending on them. */
export interface MeetingLookup {
  /** The meeting's title, or null when there is no such meeting. */
  titleOf(meetingId: string): Promise<string | null>;
  /** Actions linked to a bottleneck, oldest first. */
  actionsLinkedTo(bottleneckId: string): Promise<LinkedAction[]>;
}

const NO_MEETINGS: MeetingLookup = {
  titleOf: () => Promise.resolve(null),
  actionsLinkedTo: () => Promise.resolve([]),
};

/**
 * Meetings link to bottlenecks (actions, reports made during a meeting) and bottlenecks show
 * those links; the meetings feature registers itself here so the two modules do not import each other.
 */
@Injectable()
export class BottleneckLinks {
  private lookup: MeetingLookup = NO_MEETINGS;

  useMeetings(lookup: MeetingLookup): void {
    this.lookup = lookup;
  }

  get meetings(): MeetingLookup {
    return this.lookup;
  }
}
