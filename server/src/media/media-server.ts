import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessToken, RoomServiceClient, WebhookReceiver, type WebhookEvent } from 'livekit-server-sdk';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.token';
import type { MediaServerConfig } from '../config/config';
import type { ResolvedConfig } from '../config/resolved-config';

/** How long a ticket into a call may be used to join; joined people stay until moved or done. */
export const MEDIA_TOKEN_TTL_SECONDS = 120;

export interface TicketRequest {
  identity: string;
  name: string;
  room: string;
  canSpeak: boolean;
  visitor: boolean;
}

/**
 * The app's only way to the media server (LiveKit): tickets (access tokens) for one room, the room
 * service for moving people out and changing who may speak, and checking its webhooks. Without a
 * configured media server every call answers MEDIA_UNAVAILABLE.
 */
@Injectable()
export class MediaServer {
  private readonly logger = new Logger(MediaServer.name);
  private readonly config: MediaServerConfig | null;
  private readonly rooms: RoomServiceClient | null;
  private readonly webhooks: WebhookReceiver | null;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.config = config.media;
    this.rooms = config.media
      ? new RoomServiceClient(config.media.url.replace(/^ws/, 'http'), config.media.apiKey, config.media.apiSecret)
      : null;
    this.webhooks = config.media ? new WebhookReceiver(config.media.apiKey, config.media.apiSecret) : null;
  }

  get available(): boolean {
    return this.config !== null;
  }

  requireAvailable(): void {
    this.require();
  }

  get publicUrl(): string {
    return this.require().publicUrl;
  }

  /** A short-lived ticket into exactly one room, with grants from the person's place. */
  async ticket(request: TicketRequest): Promise<string> {
    const { apiKey, apiSecret } = this.require();
    const token = new AccessToken(apiKey, apiSecret, {
      identity: request.identity,
      name: request.name,
      ttl: MEDIA_TOKEN_TTL_SECONDS,
      attributes: { visitor: String(request.visitor) },
    });
    token.addGrant({
      room: request.room,
      roomJoin: true,
      canSubscribe: true,
      canPublish: request.canSpeak,
      // Raising a hand travels as a participant attribute.
      canUpdateOwnMetadata: true,
      canPublishData: true,
    });
    return token.toJwt();
  }

  /** Who is in a room now (identities); empty when the room does not exist or the server is away. */
  async identitiesIn(room: string): Promise<string[]> {
    if (!this.rooms) return [];
    try {
      return (await this.rooms.listParticipants(room)).map((p) => p.identity);
    } catch (error) {
      this.logger.debug(`listParticipants ${room}: ${String(error)}`);
      return [];
    }
  }

  /** The rooms someone is in now, on the whole media server. */
  async roomsWith(identity: string): Promise<string[]> {
    if (!this.rooms) return [];
    try {
      const rooms = await this.rooms.listRooms();
      const holding = await Promise.all(
        rooms.map(async ({ name }) => ((await this.identitiesIn(name)).includes(identity) ? name : null)),
      );
      return holding.filter((name): name is string => name !== null);
    } catch (error) {
      this.logger.debug(`listRooms: ${String(error)}`);
      return [];
    }
  }

  /** Takes someone out of a room on the media server, so an old ticket gets them nowhere. */
  async remove(room: string, identity: string): Promise<void> {
    try {
      await this.rooms?.removeParticipant(room, identity);
    } catch (error) {
      // Already gone (left, or the room closed): nothing to do.
      this.logger.debug(`removeParticipant ${room}/${identity}: ${String(error)}`);
    }
  }

  /** Lets someone speak in a room they are in, or takes the word back. */
  async setCanSpeak(room: string, identity: string, canSpeak: boolean): Promise<void> {
    if (!this.rooms) throw this.unavailable();
    await this.rooms.updateParticipant(room, identity, {
      permission: { canSubscribe: true, canPublish: canSpeak, canPublishData: true, canUpdateMetadata: true },
    });
  }

  /** A webhook from the media server, checked against our keys; null when it is not genuine. */
  async verifyWebhook(body: string, authorization: string | undefined): Promise<WebhookEvent | null> {
    if (!this.webhooks) return null;
    try {
      return await this.webhooks.receive(body, authorization);
    } catch {
      return null;
    }
  }

  private require(): MediaServerConfig {
    if (!this.config) throw this.unavailable();
    return this.config;
  }

  private unavailable(): ApiError {
    return new ApiError(ErrorCode.MediaUnavailable, 'Voice and video are not available; the café goes on in text');
  }
}
