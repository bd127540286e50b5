import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, type MediaJoin, type User } from '@leernetwerk/shared';
import { AccessEvents, type AccessChange } from '../access-events/access-events';
import { CafesRepository, type StoredCafe } from '../cafes/cafes.repository';
import { ApiError } from '../common/api-error';
import { MeetingsRepository, type StoredMeeting } from '../meetings/meetings.repository';
import { UsersService } from '../users/users.service';
import {
  mayBeInCafeRoom,
  mayBeInMeetingRoom,
  placeInCafe,
  placeInMeeting,
  type MediaPlace,
  type NoPlace,
} from './media-places';
import { cafeRooms, ownerOfRoom } from './media-rooms';
import { MEDIA_TOKEN_TTL_SECONDS, MediaServer } from './media-server';

function refusal(reason: NoPlace): ApiError {
  switch (reason) {
    case 'not-in-cafe':
      return ApiError.forbidden('Enter the café first');
    case 'cafe-not-open':
      return new ApiError(ErrorCode.CafeWrongState, 'The café has no calls now');
    case 'meeting-not-open':
      return new ApiError(ErrorCode.MeetingWrongState, 'The meeting is not open');
    case 'no-such-table':
      return new ApiError(ErrorCode.ValidationFailed, 'There is no such table to visit now');
  }
}

/**
 * Calls follow the seating: each person gets a ticket for exactly the room their seat and role
 * allow, and whenever a café or meeting changes, the media server is brought in line (people in a
 * room they no longer belong to are taken out). Every join is checked again through the media
 * server's webhook, so a ticket from before a move gets nobody anywhere.
 */
@Injectable()
export class MediaService implements OnModuleInit {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly server: MediaServer,
    private readonly cafes: CafesRepository,
    private readonly meetings: MeetingsRepository,
    private readonly users: UsersService,
    private readonly accessEvents: AccessEvents,
  ) {}

  onModuleInit(): void {
    // Only the process that made the change acts: the media server is shared by all of them.
    this.accessEvents.onChange((change, origin) => (origin === 'here' ? this.follow(change) : undefined));
  }

  async joinCafe(user: User, cafeId: string, visit?: number): Promise<MediaJoin> {
    // Said first: without a media server the answer is the same for everyone, calls are off.
    this.server.requireAvailable();
    const place = placeInCafe(user, await this.requireCafe(cafeId), { visit });
    return this.ticketFor(user, place);
  }

  async joinMeeting(user: User, meetingId: string): Promise<MediaJoin> {
    this.server.requireAvailable();
    return this.ticketFor(user, placeInMeeting(user, await this.requireMeeting(meetingId)));
  }

  /** The facilitator lets someone in the plenary speak, or takes the word back. */
  async setPlenarySpeaker(actor: User, cafeId: string, userId: string, canSpeak: boolean): Promise<void> {
    const cafe = await this.requireCafe(cafeId);
    const actorPlace = placeInCafe(actor, cafe);
    if (typeof actorPlace === 'string' || !actorPlace.canSpeak || actorPlace.kind !== 'plenary') {
      throw ApiError.forbidden('Only the facilitator gives the word in the plenary');
    }
    if (!(await this.server.identitiesIn(actorPlace.room)).includes(userId))
      throw ApiError.notFound('Person in the plenary');
    await this.server.setCanSpeak(actorPlace.room, userId, canSpeak);
  }

  /** The media server tells us someone joined: take them out again if their seat does not allow it. */
  async webhook(body: string, authorization: string | undefined): Promise<void> {
    const event = await this.server.verifyWebhook(body, authorization);
    if (!event) throw new ApiError(ErrorCode.Unauthenticated, 'Not a webhook of our media server');
    const room = event.room?.name;
    const identity = event.participant?.identity;
    if (event.event !== 'participant_joined' || !room || !identity) return;
    await this.enforce(room, [identity]);
  }

  private async ticketFor(user: User, place: MediaPlace | NoPlace): Promise<MediaJoin> {
    if (typeof place === 'string') throw refusal(place);
    this.server.requireAvailable();
    const token = await this.server.ticket({
      identity: user.id,
      name: user.name,
      room: place.room,
      canSpeak: place.canSpeak,
      visitor: place.visitor,
    });
    return {
      url: this.server.publicUrl,
      token,
      room: place.room,
      kind: place.kind,
      table: place.table,
      canSpeak: place.canSpeak,
      visitor: place.visitor,
      expiresAt: new Date(Date.now() + MEDIA_TOKEN_TTL_SECONDS * 1000).toISOString(),
    };
  }

  /**
   * After a café or meeting changed: everyone in its rooms who no longer belongs there is taken out.
   * After a person's roles or account changed: they are taken out of every room they may no longer be in.
   */
  private async follow(change: AccessChange): Promise<void> {
    if (!this.server.available || change.kind === 'session') return;
    if (change.kind === 'user') {
      const rooms = await this.server.roomsWith(change.userId);
      await Promise.all(rooms.map((room) => this.enforce(room, [change.userId])));
      return;
    }
    const [kind, id = ''] = change.owner.split(':');
    if (kind === 'cafe') {
      const cafe = await this.cafes.findById(id);
      if (!cafe) return;
      await Promise.all(
        cafeRooms(cafe.id, cafe.tables.length).map(async (room) =>
          this.enforce(room, await this.server.identitiesIn(room)),
        ),
      );
    } else if (kind === 'meeting') {
      const room = `meeting-${id}`;
      await this.enforce(room, await this.server.identitiesIn(room));
    }
  }

  private async enforce(room: string, identities: string[]): Promise<void> {
    const owner = ownerOfRoom(room);
    if (!owner || identities.length === 0) return;
    const people = new Map((await this.users.findByIds(identities)).map((user) => [user.id, user]));
    const allowed =
      owner.kind === 'cafe'
        ? await this.allowedInCafeRoom(owner.cafeId, room)
        : await this.allowedInMeetingRoom(owner.meetingId);
    for (const identity of identities) {
      const user = people.get(identity);
      if (user && !user.disabled && allowed(user)) continue;
      this.logger.log(`Taking ${identity} out of ${room}: their seat or role does not allow it now`);
      await this.server.remove(room, identity);
    }
  }

  private async allowedInCafeRoom(cafeId: string, room: string): Promise<(user: User) => boolean> {
    const cafe = await this.cafes.findById(cafeId);
    return (user) => cafe !== null && mayBeInCafeRoom(user, cafe, room);
  }

  private async allowedInMeetingRoom(meetingId: string): Promise<(user: User) => boolean> {
    const meeting = await this.meetings.findById(meetingId);
    return (user) => meeting !== null && mayBeInMeetingRoom(user, meeting);
  }

  private async requireCafe(id: string): Promise<StoredCafe> {
    const cafe = await this.cafes.findById(id);
    if (!cafe) throw ApiError.notFound('Café');
    return cafe;
  }

  private async requireMeeting(id: string): Promise<StoredMeeting> {
    const meeting = await this.meetings.findById(id);
    if (!meeting) throw ApiError.notFound('Meeting');
    return meeting;
  }
}
