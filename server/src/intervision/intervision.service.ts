import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  Role,
  type Post,
  type PostStatus,
  type Thread,
  type ThreadSearchQuery,
  type ThreadSummary,
  type User,
  type ValidCreatePostRequest,
  type ValidCreateThreadRequest,
} from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { ApiError } from '../common/api-error';
import { TechnologiesService } from '../technologies/technologies.service';
import { AuthorDirectory } from './author-directory';
import { FollowsRepository } from './follows.repository';
import { IntervisionLive } from './intervision.live';
import { IntervisionNotifications } from './intervision-notifications';
import { PostsRepository, type StoredPost } from './posts.repository';
import { ThreadSearch } from './thread-search';
import { peopleIn, postView, threadSummary, threadView } from './thread-views';
import { ThreadsRepository, type StoredThread } from './threads.repository';

const SEARCH_LIMIT = 50;

const isModerator = (user: User): boolean => hasAnyRole(user, [Role.Facilitator]);

const visibleTo = (viewer: User, item: { status: PostStatus }): boolean =>
  item.status === 'published' || isModerator(viewer);

function invalid(path: string, message: string): ApiError {
  return new ApiError(ErrorCode.ValidationFailed, message, [{ path, message }]);
}

/** Threads per technology, their replies, helpful marks, reports and moderation, and search. */
@Injectable()
export class IntervisionService {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly technologies: TechnologiesService,
    private readonly authors: AuthorDirectory,
    private readonly search: ThreadSearch,
    private readonly live: IntervisionLive,
    private readonly follows: FollowsRepository,
    private readonly notifications: IntervisionNotifications,
  ) {}

  async listThreads(viewer: User, technologyId: string): Promise<ThreadSummary[]> {
    await this.technologies.get(technologyId);
    const threads = (await this.threads.listByTechnology(technologyId)).filter((t) => visibleTo(viewer, t));
    return this.summaries(threads);
  }

  async createThread(actor: User, technologyId: string, input: ValidCreateThreadRequest): Promise<Thread> {
    await this.technologies.get(technologyId);
    if (input.askAmbassadors && input.kind !== 'question') {
      throw invalid('askAmbassadors', 'Only a question can be put to the ambassadors');
    }
    const thread = await this.threads.create({ ...input, technologyId, authorId: actor.id });
    await this.search.refresh(thread);
    // The author hears of replies to their own thread.
    await this.follows.set(actor.id, 'thread', thread.id, true);
    await this.notifications.threadCreated(actor, thread);
    this.live.listChanged(technologyId);
    return this.getThread(actor, thread.id);
  }

  async getThread(viewer: User, id: string): Promise<Thread> {
    const thread = await this.requireVisibleThread(viewer, id);
    const posts = (await this.posts.listByThread(id)).filter((p) => visibleTo(viewer, p));
    const authorOf = await this.authors.resolve(peopleIn(thread, posts));
    return threadView(thread, posts, authorOf, viewer, await this.follows.isFollowing(viewer.id, 'thread', id));
  }

  async reply(actor: User, threadId: string, input: ValidCreatePostRequest): Promise<Post> {
    const thread = await this.requireVisibleThread(actor, threadId);
    if (thread.status !== 'published') throw ApiError.notFound('Thread');
    if (thread.kind === 'case' && input.step === null) throw invalid('step', 'Choose the step of the case');
    if (thread.kind !== 'case' && input.step !== null) throw invalid('step', 'Only a case has steps');
    const post = await this.posts.create({
      threadId,
      technologyId: thread.technologyId,
      body: input.body,
      step: input.step,
      authorId: actor.id,
    });
    const byAmbassador = actor.ambassadorOf.includes(thread.technologyId);
    await this.threads.replied(threadId, byAmbassador);
    const authorOf = await this.authors.resolve([actor.id]);
    const view = postView(post, authorOf, actor);
    this.live.postNew(view);
    await this.threadChanged(threadId);
    await this.notifications.replied(actor, thread);
    await this.follows.set(actor.id, 'thread', threadId, true);
    return view;
  }

  async follow(actor: User, threadId: string, following: boolean): Promise<void> {
    await this.requireVisibleThread(actor, threadId);
    await this.follows.set(actor.id, 'thread', threadId, following);
  }

  /** Open questions put to the ambassadors of the technologies this user is ambassador of. */
  async ambassadorQuestions(user: User): Promise<ThreadSummary[]> {
    const mine = new Set(user.ambassadorOf);
    const open = (await this.threads.listAll()).filter(
      (t) => t.askAmbassadors && !t.answeredByAmbassador && t.status === 'published' && mine.has(t.technologyId),
    );
    return this.summaries(open.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)));
  }

  async markThreadHelpful(actor: User, id: string, helpful: boolean): Promise<ThreadSummary> {
    await this.requireVisibleThread(actor, id);
    const updated = await this.threads.setHelpful(id, actor.id, helpful);
    if (!updated) throw ApiError.notFound('Thread');
    return this.threadChanged(id);
  }

  async markPostHelpful(actor: User, id: string, helpful: boolean): Promise<Post> {
    await this.requireVisiblePost(actor, id);
    const updated = await this.posts.setHelpful(id, actor.id, helpful);
    if (!updated) throw ApiError.notFound('Post');
    return postView(updated, await this.authors.resolve([updated.authorId]), actor);
  }

  async reportThread(actor: User, id: string): Promise<void> {
    await this.requireVisibleThread(actor, id);
    await this.threads.report(id, actor.id);
  }

  async reportPost(actor: User, id: string): Promise<void> {
    await this.requireVisiblePost(actor, id);
    await this.posts.report(id, actor.id);
  }

  async moderateThread(id: string, status: PostStatus): Promise<ThreadSummary> {
    const updated = await this.threads.setStatus(id, status);
    if (!updated) throw ApiError.notFound('Thread');
    await this.search.refresh(updated);
    return this.threadChanged(id);
  }

  async moderatePost(actor: User, id: string, status: PostStatus): Promise<Post> {
    const updated = await this.posts.setStatus(id, status);
    if (!updated) throw ApiError.notFound('Post');
    const thread = await this.threads.findById(updated.threadId);
    if (thread) await this.search.refresh(thread);
    return postView(updated, await this.authors.resolve([updated.authorId]), actor);
  }

  threadCounts(): Promise<Record<string, number>> {
    return this.search.counts();
  }

  /** The best matches first, at most SEARCH_LIMIT: a search answers a question, it does not list the archive. */
  async searchThreads(viewer: User, query: ThreadSearchQuery & { q: string }): Promise<ThreadSummary[]> {
    const hits = (await this.search.search(query)).sort((a, b) => b.score - a.score).slice(0, SEARCH_LIMIT);
    const threads = (await this.threads.findByIds(hits.map((hit) => hit.id))).filter((t) => visibleTo(viewer, t));
    return this.summaries(threads);
  }

  private async summaries(threads: readonly StoredThread[]): Promise<ThreadSummary[]> {
    const authorOf = await this.authors.resolve(threads.map((t) => t.authorId));
    return threads.map((thread) => threadSummary(thread, authorOf));
  }

  private async threadChanged(id: string): Promise<ThreadSummary> {
    const thread = await this.threads.findById(id);
    if (!thread) throw ApiError.notFound('Thread');
    const [summary] = await this.summaries([thread]);
    if (!summary) throw ApiError.notFound('Thread');
    this.live.threadUpdated(summary);
    await this.search.refresh(thread);
    return summary;
  }

  private async requireVisibleThread(viewer: User, id: string): Promise<StoredThread> {
    const thread = await this.threads.findById(id);
    if (!thread || !visibleTo(viewer, thread)) throw ApiError.notFound('Thread');
    return thread;
  }

  private async requireVisiblePost(viewer: User, id: string): Promise<StoredPost> {
    const post = await this.posts.findById(id);
    if (!post || !visibleTo(viewer, post)) throw ApiError.notFound('Post');
    return post;
  }
}
