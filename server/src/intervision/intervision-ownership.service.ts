import { Injectable } from '@nestjs/common';
import {
  Role,
  type ContentHistory,
  type EditPostRequest,
  type EditThreadRequest,
  type Post,
  type RemovePostPersonalDataRequest,
  type RemoveThreadPersonalDataRequest,
  type Thread,
  type User,
} from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { ApiError } from '../common/api-error';
import {
  cleaned,
  deleted,
  edited,
  historyView,
  requireAuthor,
  requireNotDeleted,
  requireRevision,
  staleRevision,
  versionsOf,
  type CurrentText,
} from '../common/content-history';
import { writeWithRevision } from '../common/revision-write';
import { AuthorDirectory } from './author-directory';
import { IntervisionLive } from './intervision.live';
import { IntervisionService } from './intervision.service';
import { PostsRepository, type StoredPost } from './posts.repository';
import { ThreadSearch } from './thread-search';
import { postView, threadSummary } from './thread-views';
import { ThreadsRepository, type StoredThread } from './threads.repository';

const visibleTo = (viewer: User, item: { status: string }): boolean =>
  item.status === 'published' || hasAnyRole(viewer, [Role.Facilitator]);

const threadText = (thread: StoredThread): CurrentText => ({ title: thread.title, text: thread.body });
const postText = (post: StoredPost): CurrentText => ({ title: null, text: post.body });

/**
 * People own what they wrote: the writer edits or deletes their thread's opening post or reply;
 * coordinators and facilitators remove personal data from any; coordinators read the history.
 * Each change and its history are one compare-and-set write on the item.
 */
@Injectable()
export class IntervisionOwnershipService {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly authors: AuthorDirectory,
    private readonly search: ThreadSearch,
    private readonly live: IntervisionLive,
    private readonly intervision: IntervisionService,
  ) {}

  async editThread(actor: User, id: string, input: EditThreadRequest): Promise<Thread> {
    const thread = await this.requireThread(actor, id);
    requireAuthor(thread, actor.id);
    requireNotDeleted(thread);
    requireRevision(thread, input.revision);
    const text = { title: input.title ?? thread.title, text: input.body ?? thread.body };
    const ownership = edited(thread, threadText(thread), text, { actorId: actor.id, at: now() });
    const saved = await this.threads.rewriteText(id, input.revision, { title: text.title, body: text.text, ownership });
    if (!saved) throw staleRevision((await this.threads.findById(id))?.ownership.revision ?? input.revision);
    return this.threadChanged(actor, saved);
  }

  async deleteThread(actor: User, id: string): Promise<void> {
    requireAuthor(await this.requireThread(actor, id), actor.id);
    const saved = await writeWithRevision(
      'Thread',
      () => this.threads.findById(id),
      async (current) => {
        if (current.ownership.deletedAt) return current;
        const ownership = deleted(current, threadText(current), { actorId: actor.id, at: now() });
        return this.threads.rewriteText(id, current.ownership.revision, { title: '', body: '', ownership });
      },
    );
    await this.threadChanged(actor, saved);
  }

  async removeThreadPersonalData(actor: User, id: string, input: RemoveThreadPersonalDataRequest): Promise<Thread> {
    await this.requireThread(actor, id);
    const saved = await writeWithRevision(
      'Thread',
      () => this.threads.findById(id),
      (current) => {
        const text = { title: input.title ?? current.title, text: input.body };
        const change = { actorId: actor.id, at: now(), reason: input.reason };
        const ownership = cleaned(current, threadText(current), text, change);
        return this.threads.rewriteText(id, current.ownership.revision, {
          title: text.title,
          body: text.text,
          ownership,
        });
      },
    );
    return this.threadChanged(actor, saved);
  }

  async threadHistory(id: string): Promise<ContentHistory> {
    const thread = await this.threads.findById(id);
    if (!thread) throw ApiError.notFound('Thread');
    return this.history(versionsOf(thread, threadText(thread)), thread.technologyId);
  }

  async editPost(actor: User, id: string, input: EditPostRequest): Promise<Post> {
    const post = await this.requirePost(actor, id);
    requireAuthor(post, actor.id);
    requireNotDeleted(post);
    requireRevision(post, input.revision);
    const ownership = edited(post, postText(post), { title: null, text: input.body }, { actorId: actor.id, at: now() });
    const saved = await this.posts.rewriteText(id, input.revision, { body: input.body, ownership });
    if (!saved) throw staleRevision((await this.posts.findById(id))?.ownership.revision ?? input.revision);
    return this.postChanged(actor, saved);
  }

  async deletePost(actor: User, id: string): Promise<void> {
    requireAuthor(await this.requirePost(actor, id), actor.id);
    const saved = await writeWithRevision(
      'Post',
      () => this.posts.findById(id),
      async (current) => {
        if (current.ownership.deletedAt) return current;
        const ownership = deleted(current, postText(current), { actorId: actor.id, at: now() });
        return this.posts.rewriteText(id, current.ownership.revision, { body: '', ownership });
      },
    );
    await this.postChanged(actor, saved);
  }

  async removePostPersonalData(actor: User, id: string, input: RemovePostPersonalDataRequest): Promise<Post> {
    await this.requirePost(actor, id);
    const saved = await writeWithRevision(
      'Post',
      () => this.posts.findById(id),
      (current) => {
        const change = { actorId: actor.id, at: now(), reason: input.reason };
        const ownership = cleaned(current, postText(current), { title: null, text: input.body }, change);
        return this.posts.rewriteText(id, current.ownership.revision, { body: input.body, ownership });
      },
    );
    return this.postChanged(actor, saved);
  }

  async postHistory(id: string): Promise<ContentHistory> {
    const post = await this.posts.findById(id);
    if (!post) throw ApiError.notFound('Post');
    return this.history(versionsOf(post, postText(post)), post.technologyId);
  }

  private async history(versions: Parameters<typeof historyView>[0], technologyId: string): Promise<ContentHistory> {
    const authorOf = await this.authors.resolve(versions.map((v) => v.actorId));
    return { versions: historyView(versions, (userId) => authorOf(userId, technologyId).name) };
  }

  /** Everyone reading the thread sees the change live (the summary carries the new revision). */
  private async threadChanged(actor: User, thread: StoredThread): Promise<Thread> {
    await this.search.refresh(thread);
    const remover = thread.ownership.personalDataRemoved?.actorId;
    const authorOf = await this.authors.resolve([thread.authorId, ...(remover ? [remover] : [])]);
    this.live.threadUpdated(threadSummary(thread, authorOf));
    return this.intervision.getThread(actor, thread.id);
  }

  /** The changed reply replaces the old one on every reader's screen. */
  private async postChanged(actor: User, post: StoredPost): Promise<Post> {
    const remover = post.ownership.personalDataRemoved?.actorId;
    const authorOf = await this.authors.resolve([post.authorId, ...(remover ? [remover] : [])]);
    const view = postView(post, authorOf, actor);
    // The actor's own helpful mark is theirs alone: readers keep their own.
    const { helpfulByMe, ...shared } = view;
    this.live.postNew(shared);
    return { ...shared, helpfulByMe };
  }

  private async requireThread(viewer: User, id: string): Promise<StoredThread> {
    const thread = await this.threads.findById(id);
    if (!thread || !visibleTo(viewer, thread)) throw ApiError.notFound('Thread');
    return thread;
  }

  private async requirePost(viewer: User, id: string): Promise<StoredPost> {
    const post = await this.posts.findById(id);
    if (!post || !visibleTo(viewer, post)) throw ApiError.notFound('Post');
    return post;
  }
}

function now(): string {
  return new Date().toISOString();
}
