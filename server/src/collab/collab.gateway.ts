import { Logger } from '@nestjs/common';
import {
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  COLLAB_NAMESPACE,
  ErrorCode,
  userRoom,
  type AccessChangeReason,
  type CollabClientToServerEvents,
  type CollabError,
  type CollabServerToClientEvents,
  type DocAccess,
  type FrameResult,
  type JoinResult,
} from '@leernetwerk/shared';
import type { Namespace, Socket } from 'socket.io';
import { AccessEvents, type AccessChange } from '../access-events/access-events';
import { ApiError } from '../common/api-error';
import { SocketAuthenticator } from '../realtime/socket-authenticator';
import { authenticateSockets, type SocketData } from '../realtime/socket-middleware';
import { closeSockets, followAccount, localSocketsOfSession, SESSION_ENDED } from '../realtime/user-connections';
import { CollabAccessRegistry } from './collab-access.registry';
import { DocumentManager } from './document-manager';
import { OpenDocuments } from './open-documents';
import { fromWire, toWire } from './wire-bytes';

type CollabSocketData = SocketData & { docs?: OpenDocuments };
type CollabNamespace = Namespace<
  CollabClientToServerEvents,
  CollabServerToClientEvents,
  Record<string, never>,
  CollabSocketData
>;
type CollabSocket = Socket<
  CollabClientToServerEvents,
  CollabServerToClientEvents,
  Record<string, never>,
  CollabSocketData
>;

const MAX_OPEN_DOCUMENTS = 50;
const DOC_ROOM_PREFIX = 'doc:';
const roomOf = (docId: string): string => `${DOC_ROOM_PREFIX}${docId}`;

function toCollabError(error: unknown): CollabError {
  return error instanceof ApiError
    ? { code: error.code, message: error.message }
    : { code: ErrorCode.Internal, message: 'Something went wrong on our side' };
}

/** Replies through the Socket.IO acknowledgement when the client asked for one. */
function replier<T>(ack: unknown): (result: T) => void {
  return typeof ack === 'function' ? (ack as (result: T) => void) : () => undefined;
}

/** Yjs sync and awareness over Socket.IO; every document is authorised when it is opened. */
@WebSocketGateway({ namespace: COLLAB_NAMESPACE })
export class CollabGateway
  implements OnGatewayInit<CollabNamespace>, OnGatewayConnection<CollabSocket>, OnGatewayDisconnect<CollabSocket>
{
  private readonly logger = new Logger(CollabGateway.name);

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly access: CollabAccessRegistry,
    private readonly manager: DocumentManager,
    private readonly accessEvents: AccessEvents,
  ) {}

  afterInit(namespace: CollabNamespace): void {
    namespace.use(authenticateSockets(this.authenticator));
    this.accessEvents.onChange((change) => this.followAccess(namespace, change));
    // `local`: other processes receive documents through the collab fan-out, not the adapter.
    const target = (docId: string, except?: string) =>
      except ? namespace.local.to(roomOf(docId)).except(except) : namespace.local.to(roomOf(docId));
    this.manager.useBroadcaster({
      sync: (docId, frame, except) => target(docId, except).emit('doc:sync', docId, toWire(frame)),
      awareness: (docId, frame, except) => target(docId, except).emit('doc:awareness', docId, toWire(frame)),
    });
  }

  async handleConnection(socket: CollabSocket): Promise<void> {
    socket.data.docs = new OpenDocuments();
    socket.on('doc:join', (docId: unknown, ack: unknown) => void this.join(socket, docId, replier<JoinResult>(ack)));
    socket.on('doc:leave', (docId: unknown) => this.leave(socket, docId));
    socket.on(
      'doc:sync',
      (docId: unknown, frame: unknown, ack: unknown) => void this.sync(socket, docId, frame, replier<FrameResult>(ack)),
    );
    socket.on('doc:awareness', (docId: unknown, frame: unknown) => void this.awareness(socket, docId, frame));
    // Their own room finds all their connections when their roles or account change.
    await socket.join(userRoom(socket.data.user.id));
  }

  handleDisconnect(socket: CollabSocket): void {
    this.manager.leaveAll(socket.id);
  }

  private async join(socket: CollabSocket, docId: unknown, reply: (result: JoinResult) => void): Promise<void> {
    try {
      const docs = socket.data.docs ?? new OpenDocuments();
      if (docs.size >= MAX_OPEN_DOCUMENTS && typeof docId === 'string' && !docs.has(docId)) {
        throw ApiError.forbidden(`At most ${MAX_OPEN_DOCUMENTS} documents can be open at once`);
      }
      const access = await this.access.resolve(socket.data.user, docId);
      const id = docId as string;
      const joined = await this.manager.join(id, socket.id);
      if (!socket.connected) return this.manager.leave(id, socket.id);
      docs.open(id, access);
      await socket.join(roomOf(id));
      reply({ ok: true, access });
      socket.emit('doc:sync', id, toWire(joined.syncStep1));
      if (joined.awareness) socket.emit('doc:awareness', id, toWire(joined.awareness));
    } catch (error) {
      reply({ ok: false, error: toCollabError(error) });
    }
  }

  private leave(socket: CollabSocket, docId: unknown): void {
    if (typeof docId !== 'string' || !socket.data.docs?.close(docId)) return;
    this.manager.leave(docId, socket.id);
    void socket.leave(roomOf(docId));
  }

  private async sync(
    socket: CollabSocket,
    docId: unknown,
    frame: unknown,
    reply: (result: FrameResult) => void,
  ): Promise<void> {
    try {
      const access = await this.openAccess(socket, docId);
      const bytes = fromWire(frame);
      if (!bytes) throw new ApiError(ErrorCode.MalformedFrame, 'A frame must be binary');
      const answer = await this.manager.handleSync(docId as string, socket.id, bytes, access === 'write');
      if (answer) socket.emit('doc:sync', docId as string, toWire(answer));
      reply({ ok: true });
    } catch (error) {
      if (!(error instanceof ApiError)) this.logger.error(error instanceof Error ? error.stack : String(error));
      reply({ ok: false, error: toCollabError(error) });
    }
  }

  private async awareness(socket: CollabSocket, docId: unknown, frame: unknown): Promise<void> {
    try {
      await this.openAccess(socket, docId);
      const bytes = fromWire(frame);
      if (!bytes) throw new ApiError(ErrorCode.MalformedFrame, 'A frame must be binary');
      this.manager.handleAwareness(docId as string, socket.id, bytes);
    } catch {
      // Presence is best effort: a bad presence frame is dropped without affecting the document.
    }
  }

  private async openAccess(socket: CollabSocket, docId: unknown): Promise<DocAccess> {
    const access = typeof docId === 'string' ? await socket.data.docs?.accessTo(docId) : undefined;
    if (!access) throw new ApiError(ErrorCode.NotJoined, 'Open the document first');
    return access;
  }

  /** Decides access again for the connections of this process that a change concerns. */
  private async followAccess(namespace: CollabNamespace, change: AccessChange): Promise<void> {
    if (change.kind === 'owner') {
      const prefix = `${DOC_ROOM_PREFIX}${change.owner}:`;
      for (const [room, socketIds] of namespace.adapter.rooms) {
        if (!room.startsWith(prefix)) continue;
        for (const id of socketIds) {
          const socket = namespace.sockets.get(id);
          if (socket) void this.decideAgain(socket, room.slice(DOC_ROOM_PREFIX.length), change.reason);
        }
      }
      return;
    }
    const farewell = (socket: CollabSocket, reason: CollabError) => {
      for (const docId of socket.data.docs?.ids() ?? []) socket.emit('doc:closed', docId, reason);
    };
    if (change.kind === 'session') {
      return closeSockets(localSocketsOfSession<CollabSocket>(namespace, change.sessionId), SESSION_ENDED, farewell);
    }
    const user = await this.authenticator.reload(change.userId);
    const staying = followAccount<CollabSocket>(namespace, change.userId, user, farewell);
    for (const socket of staying) {
      for (const docId of socket.data.docs?.ids() ?? []) void this.decideAgain(socket, docId, change.reason);
    }
  }

  /**
   * Asks the document's owner again what this person may do now. A change is told to the client
   * (its editor turns read-only or writable); losing access closes the document for them.
   */
  private decideAgain(socket: CollabSocket, docId: string, reason: AccessChangeReason): Promise<void> {
    return (
      socket.data.docs?.decideAgain(docId, async (current) => {
        let access: DocAccess;
        try {
          access = await this.access.resolve(socket.data.user, docId);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          this.manager.leave(docId, socket.id);
          void socket.leave(roomOf(docId));
          socket.emit('doc:closed', docId, toCollabError(error));
          return null;
        }
        if (access !== current) socket.emit('doc:access', docId, { access, reason });
        return access;
      }) ?? Promise.resolve()
    );
  }
}
