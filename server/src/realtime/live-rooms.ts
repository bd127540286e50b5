import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, ServerToClientEvents, User } from '@leernetwerk/shared';
import type { BroadcastOperator, Namespace } from 'socket.io';
import type { SocketData } from './socket-middleware';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Whether a person (as they are now) may stay in a room they joined; features guard their own rooms. */
export type RoomGuard = (user: User, room: string) => boolean;

/** The one typed way for services to broadcast on the live namespace. */
@Injectable()
export class LiveRooms {
  private namespace?: LiveNamespace;
  private readonly guards: RoomGuard[] = [];

  /** Registers a rule checked again whenever a connected person's roles change. */
  guardRooms(guard: RoomGuard): void {
    this.guards.push(guard);
  }

  mayStay(user: User, room: string): boolean {
    return this.guards.every((guard) => guard(user, room));
  }

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /** Ids of the users connected to a room, on every server process, each once. */
  async usersIn(room: string): Promise<string[]> {
    if (!this.namespace) return [];
    const sockets = await this.namespace.in(room).fetchSockets();
    return [...new Set(sockets.map((socket) => socket.data.user.id))];
  }

  /** Emits nothing before the gateway is up: nobody can have joined a room then. */
  toRoom(room: string): Pick<BroadcastOperator<ServerToClientEvents, SocketData>, 'emit'> {
    const namespace = this.namespace;
    return {
      emit: (event, ...args) => (namespace ? namespace.to(room).emit(event, ...args) : false),
    };
  }
}
