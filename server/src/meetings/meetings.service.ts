import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  NETWORK_ROOM,
  type Meeting,
  type MeetingPerson,
  type MeetingState,
  type MeetingSummary,
  type User,
  type ValidCreateMeetingRequest,
  type ValidUpdateMeetingRequest,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { downloadName } from '../common/download-name';
import { KeyedSerial } from '../common/keyed-serial';
import { AccessEvents } from '../access-events/access-events';
import { writeWithRevision } from '../common/revision-write';
import { OrganisationsService } from '../organisations/organisations.service';
import { LiveRooms } from '../realtime/live-rooms';
import { UsersService } from '../users/users.service';
import { certificatePdf } from './certificate-pdf';
import { attended, canManage } from './meeting-access';
import { MeetingViews } from './meeting-views';
import { meetingAccessChange } from './meeting-minutes.access';
import { MeetingsRepository, type MeetingChange, type StoredMeeting } from './meetings.repository';

const STATE_ORDER: Record<MeetingState, number> = { open: 0, planned: 1, closed: 2 };

/** Open meetings first, then the coming ones (soonest first), then past ones (latest first). */
function byRelevance(a: StoredMeeting, b: StoredMeeting): number {
  const byState = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (byState !== 0) return byState;
  const byStart = a.startsAt.localeCompare(b.startsAt);
  return a.state === 'closed' ? -byStart : byStart;
}

/** Learning-network meetings: agenda, state, attendance and certificates. */
@Injectable()
export class MeetingsService {
  /** Attendance and state change one request at a time per meeting (read, apply, write). */
  private readonly writes = new KeyedSerial();

  constructor(
    private readonly repository: MeetingsRepository,
    private readonly views: MeetingViews,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly rooms: LiveRooms,
    private readonly accessEvents: AccessEvents,
  ) {}

  async list(viewer: User): Promise<MeetingSummary[]> {
    const meetings = (await this.repository.list()).sort(byRelevance);
    return Promise.all(meetings.map((m) => this.views.summary(m, viewer)));
  }

  async create(actor: User, input: ValidCreateMeetingRequest): Promise<Meeting> {
    const facilitatorId = input.facilitatorId ?? actor.id;
    await this.users.get(facilitatorId);
    const created = await this.repository.create({
      title: input.title,
      description: input.description,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      facilitatorId,
      agenda: input.agenda,
      state: 'planned',
      attendees: [],
      accreditation: null,
      createdBy: actor.id,
    });
    return this.views.asSeenBy(await this.broadcast(created), created, actor);
  }

  async get(viewer: User, id: string): Promise<Meeting> {
    return this.views.full(await this.require(id), viewer);
  }

  async update(actor: User, id: string, input: ValidUpdateMeetingRequest): Promise<Meeting> {
    if (input.facilitatorId) await this.users.get(input.facilitatorId);
    const { startsAt, ...rest } = input;
    const change: MeetingChange = { ...rest, ...(startsAt ? { startsAt: new Date(startsAt) } : {}) };
    return this.change(actor, id, () => change, { manage: true });
  }

  setState(actor: User, id: string, state: MeetingState): Promise<Meeting> {
    return this.change(actor, id, () => ({ state }), { manage: true });
  }

  /** Self check-in, only while the meeting is open; checking in twice changes nothing. */
  checkIn(actor: User, id: string): Promise<Meeting> {
    return this.change(
      actor,
      id,
      (meeting) => {
        if (meeting.state !== 'open') {
          throw new ApiError(ErrorCode.MeetingWrongState, 'You can check in only while the meeting is open');
        }
        if (attended(meeting, actor.id)) return null;
        const attendee = { userId: actor.id, checkedInAt: new Date().toISOString(), by: 'self' as const };
        return { attendees: [...meeting.attendees, attendee] };
      },
      { manage: false },
    );
  }

  /** A facilitator's correction: someone was there without checking in, or checked in by mistake. */
  async setAttendance(actor: User, id: string, userId: string, present: boolean): Promise<Meeting> {
    if (present) await this.users.get(userId);
    return this.change(
      actor,
      id,
      (meeting) => {
        if (present === attended(meeting, userId)) return null;
        const attendees = present
          ? [...meeting.attendees, { userId, checkedInAt: new Date().toISOString(), by: 'facilitator' as const }]
          : meeting.attendees.filter((a) => a.userId !== userId);
        return { attendees };
      },
      { manage: true },
    );
  }

  /** Everyone in the network not on the list yet, for a facilitator adding who was there. */
  async people(actor: User, id: string): Promise<MeetingPerson[]> {
    const meeting = await this.require(id);
    this.requireManager(actor, meeting);
    const [users, organisations] = await Promise.all([this.users.list({}), this.organisations.list()]);
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    return users
      .filter((user) => !attended(meeting, user.id))
      .map((user) => ({
        id: user.id,
        name: user.name,
        organisationName: organisationName.get(user.organisationId) ?? '',
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /**
   * The certificate of attendance; a manager may fetch anyone's, others only their own. Issued
   * once the meeting is closed: until then attendance may still change.
   */
  async certificate(viewer: User, id: string, userId: string | undefined): Promise<{ pdf: Buffer; fileName: string }> {
    const meeting = await this.require(id);
    const forId = userId ?? viewer.id;
    if (forId !== viewer.id && !canManage(viewer, meeting)) throw ApiError.forbidden();
    const attendee = meeting.attendees.find((a) => a.userId === forId);
    if (!attendee) throw new ApiError(ErrorCode.NotAttended, 'Only attendees get a certificate of this meeting');
    if (meeting.state !== 'closed') {
      throw new ApiError(ErrorCode.CertificateNotYet, 'Certificates are issued once the meeting is closed');
    }
    const view = await this.views.shared(meeting);
    const person = view.attendees.find((a) => a.userId === forId);
    const pdf = await certificatePdf({
      meeting: view,
      attendeeName: person?.name ?? '',
      organisationName: person?.organisationName ?? '',
    });
    return {
      pdf,
      fileName: downloadName(['Bewijs van deelname', meeting.title, person?.name ?? ''], meeting.startsAt, 'pdf'),
    };
  }

  async require(id: string): Promise<StoredMeeting> {
    const meeting = await this.repository.findById(id);
    if (!meeting) throw ApiError.notFound('Meeting');
    return meeting;
  }

  requireManager(actor: User, meeting: StoredMeeting): void {
    if (!canManage(actor, meeting)) throw ApiError.forbidden('Only the meeting’s facilitator can do this');
  }

  /** Tells the network; the meeting page updates live for everyone. Returns what was sent. */
  async broadcast(meeting: StoredMeeting): Promise<Meeting> {
    const view = await this.views.shared(meeting);
    this.rooms.toRoom(NETWORK_ROOM).emit('meeting:updated', { meeting: view });
    return view;
  }

  /** `apply` returns null when nothing changes (then nothing is written or sent). */
  private async change(
    actor: User,
    id: string,
    apply: (meeting: StoredMeeting) => MeetingChange | null,
    { manage }: { manage: boolean },
  ): Promise<Meeting> {
    let changed: MeetingChange | null = null;
    const meeting = await this.writes.run(id, () =>
      writeWithRevision(
        'Meeting',
        () => this.repository.findById(id),
        async (current) => {
          if (manage) this.requireManager(actor, current);
          changed = apply(current);
          return changed ? this.repository.updateIfUnchanged(current, changed) : current;
        },
      ),
    );
    const accessReason = changed ? meetingAccessChange(changed) : null;
    if (accessReason) this.accessEvents.changed({ kind: 'owner', owner: `meeting:${id}`, reason: accessReason });
    const view = changed ? await this.broadcast(meeting) : await this.views.shared(meeting);
    return this.views.asSeenBy(view, meeting, actor);
  }
}
