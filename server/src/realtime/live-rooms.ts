import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, ServerToClientEvents } from '@leernetwerk/shared';
import type { BroadcastOperator, Namespace } from 'socket.io';
import type { SocketData } from './socket-middleware';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The one typed way for services to broadcast on the live namespace. */
@Injectable()
export class LiveRooms {
  private namespace?: LiveNamespace;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /** Emits nothing before the gateway is up: nobody can have joined a room then. */
  toRoom(room: string): Pick<BroadcastOperator<ServerToClientEvents, SocketData>, 'emit'> {
    const namespace = this.namespace;
    return {
      emit: (event, ...args) => (namespace ? namespace.to(room).emit(event, ...args) : false),
    };
  }
}
