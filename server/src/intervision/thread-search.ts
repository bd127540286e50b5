import { Injectable } from '@nestjs/common';
import MiniSearch from 'minisearch';
import type { ThreadKind } from '@leernetwerk/shared';
import { StoredChanges } from '../stored-changes/stored-changes';
import { TechnologiesService } from '../technologies/technologies.service';
import { PostsRepository, type StoredPost } from './posts.repository';
import { ThreadsRepository, type StoredThread } from './threads.repository';

interface IndexedThread {
  id: string;
  title: string;
  text: string;
  tags: string;
  technology: string;
  technologyId: string;
  kind: ThreadKind;
  tagList: string[];
  lastActivityAt: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

/**
 * Full-text search over published threads and their replies (title, text, tags, technology name),
 * in memory: the embedded database has no text index and scans on every non-id query. Built from
 * the database on first use, then kept current by every write: this process's directly, the other
 * processes' through their announcements (the changed thread is read again by id).
 */
@Injectable()
export class ThreadSearch {
  private index?: Promise<MiniSearch<IndexedThread>>;
  private readonly technologyNames = new Map<string, string>();
  private readonly documents = new Map<string, IndexedThread>();

  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly technologies: TechnologiesService,
    private readonly changes: StoredChanges,
  ) {
    changes.onChangeElsewhere('thread', (id) => this.readAgain(id));
  }

  async search(query: { q: string; technologyId?: string; tag?: string; kind?: ThreadKind }): Promise<SearchHit[]> {
    const index = await this.ready();
    const matches = (doc: IndexedThread): boolean =>
      (!query.technologyId || doc.technologyId === query.technologyId) &&
      (!query.tag || doc.tagList.includes(query.tag)) &&
      (!query.kind || doc.kind === query.kind);
    if (!query.q) {
      // Browsing without words: the most recently active first.
      return [...this.documents.values()]
        .filter(matches)
        .sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : -1))
        .map((doc, rank) => ({ id: doc.id, score: -rank }));
    }
    return index
      .search(query.q, {
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        boost: { title: 3, tags: 2, technology: 2 },
        combineWith: 'AND',
        filter: (result) => {
          const doc = this.documents.get(result.id as string);
          return doc !== undefined && matches(doc);
        },
      })
      .map((result) => ({ id: result.id as string, score: result.score }));
  }

  /** Published threads per technology. */
  async counts(): Promise<Record<string, number>> {
    await this.ready();
    const counts: Record<string, number> = {};
    for (const doc of this.documents.values()) counts[doc.technologyId] = (counts[doc.technologyId] ?? 0) + 1;
    return counts;
  }

  /** This process created, replied to, edited, hid or published a thread again: here and everywhere. */
  async refresh(thread: StoredThread): Promise<void> {
    await this.reindex(thread.id, thread);
    this.changes.announce({ kind: 'thread', id: thread.id });
  }

  private async readAgain(id: string): Promise<void> {
    if (!this.index) return; // Built later from the database, with this change in it.
    await this.reindex(id, await this.threads.findById(id));
  }

  /** `thread` as stored now; null when it is gone. */
  private async reindex(id: string, thread: StoredThread | null): Promise<void> {
    if (!this.index) return; // Built later from the database, with this change in it.
    const index = await this.index;
    const doc =
      thread?.status === 'published'
        ? await this.toDocument(
            thread,
            (await this.posts.listByThread(id)).filter((p) => p.status === 'published'),
          )
        : null;
    // Without an await from here on, so two changes of one thread cannot both add it.
    if (this.documents.has(id)) index.discard(id);
    this.documents.delete(id);
    if (doc) this.add(index, doc);
  }

  private ready(): Promise<MiniSearch<IndexedThread>> {
    this.index ??= this.build().catch((error: unknown) => {
      this.index = undefined;
      throw error;
    });
    return this.index;
  }

  private async build(): Promise<MiniSearch<IndexedThread>> {
    const index = new MiniSearch<IndexedThread>({
      fields: ['title', 'text', 'tags', 'technology'],
      storeFields: [],
      processTerm: (term) =>
        term
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
    });
    const [threads, posts] = await Promise.all([this.threads.listAll(), this.posts.listAll()]);
    const postsByThread = new Map<string, StoredPost[]>();
    for (const post of posts) {
      if (post.status !== 'published') continue;
      const list = postsByThread.get(post.threadId) ?? [];
      list.push(post);
      postsByThread.set(post.threadId, list);
    }
    for (const thread of threads) {
      if (thread.status === 'published')
        this.add(index, await this.toDocument(thread, postsByThread.get(thread.id) ?? []));
    }
    return index;
  }

  private add(index: MiniSearch<IndexedThread>, doc: IndexedThread): void {
    index.add(doc);
    this.documents.set(doc.id, doc);
  }

  private async toDocument(thread: StoredThread, posts: readonly StoredPost[]): Promise<IndexedThread> {
    return {
      id: thread.id,
      title: thread.title,
      text: [thread.body, ...posts.map((p) => p.body)].join('\n'),
      tags: thread.tags.join(' '),
      technology: await this.technologyName(thread.technologyId),
      technologyId: thread.technologyId,
      kind: thread.kind,
      tagList: thread.tags,
      lastActivityAt: thread.lastActivityAt,
    };
  }

  private async technologyName(id: string): Promise<string> {
    let name = this.technologyNames.get(id);
    if (name === undefined) {
      name = await this.technologies.get(id).then(
        (t) => t.name,
        () => '',
      );
      this.technologyNames.set(id, name);
    }
    return name;
  }
}
