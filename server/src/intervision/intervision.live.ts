import { Injectable } from '@nestjs/common';
import { NETWORK_ROOM, threadRoom, type Post, type ThreadSummary } from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';

/** Replies reach everyone reading the thread; lists of threads hear that theirs changed. */
@Injectable()
export class IntervisionLive {
  constructor(private readonly rooms: LiveRooms) {}

  postNew(post: Omit<Post, 'helpfulByMe'>): void {
    this.rooms.toRoom(threadRoom(post.threadId)).emit('thread:post', { post });
  }

  threadUpdated(thread: ThreadSummary): void {
    this.rooms.toRoom(threadRoom(thread.id)).emit('thread:updated', { thread });
    this.listChanged(thread.technologyId);
  }

  /** Lists of a technology's threads fetch again, each with its reader's rights (no content is sent). */
  listChanged(technologyId: string): void {
    this.rooms.toRoom(NETWORK_ROOM).emit('threads:changed', { technologyId });
  }
}
