import { Injectable } from '@nestjs/common';
import { threadRoom, type Post, type ThreadSummary } from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';

/** Replies reach everyone reading the thread. */
@Injectable()
export class IntervisionLive {
  constructor(private readonly rooms: LiveRooms) {}

  postNew(post: Omit<Post, 'helpfulByMe'>): void {
    this.rooms.toRoom(threadRoom(post.threadId)).emit('thread:post', { post });
  }

  threadUpdated(thread: ThreadSummary): void {
    this.rooms.toRoom(threadRoom(thread.id)).emit('thread:updated', { thread });
  }
}
