import { Injectable } from '@nestjs/common';
import { cafeRoom, NETWORK_ROOM, type Cafe } from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';

/** Tells a café's live room what changed; every screen follows the café from these. */
@Injectable()
export class CafesLive {
  constructor(private readonly rooms: LiveRooms) {}

  updated(cafe: Cafe): void {
    this.rooms.toRoom(cafeRoom(cafe.id)).emit('cafe:updated', { cafe });
  }

  /** Lists of cafés are on screens all over the network; they only hear that one changed, and fetch. */
  listChanged(cafeId: string): void {
    this.rooms.toRoom(NETWORK_ROOM).emit('cafes:changed', { cafeId });
  }

  presence(cafeId: string, present: string[]): void {
    this.rooms.toRoom(cafeRoom(cafeId)).emit('cafe:presence', { cafeId, present });
  }

  broadcast(cafeId: string, text: string, at: number): void {
    this.rooms.toRoom(cafeRoom(cafeId)).emit('cafe:broadcast', { cafeId, text, at });
  }

  /** Who is connected to the café now, on any server process. */
  present(cafeId: string): Promise<string[]> {
    return this.rooms.usersIn(cafeRoom(cafeId));
  }
}
