import { Injectable } from '@nestjs/common';
import { ErrorCode, knowledgePageDocument } from '@leernetwerk/shared';
import * as Y from 'yjs';
import { DocumentManager } from '../collab/document-manager';
import { EDITOR_FRAGMENT, textBlock } from '../collab/editor-content';
import { ApiError } from '../common/api-error';
import { AuthorDirectory } from './author-directory';
import { PostsRepository } from './posts.repository';
import { ThreadsRepository, type StoredThread } from './threads.repository';

/**
 * Copies a tip, lesson or answer into its technology's knowledge page, with its source kept:
 * "Overgenomen van <name> (<organisation>)" and where it came from, so credit and context travel
 * with it ("proudly adopted from").
 */
@Injectable()
export class KnowledgePagePromotion {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly authors: AuthorDirectory,
    private readonly documents: DocumentManager,
  ) {}

  async promoteThread(threadId: string): Promise<void> {
    const thread = await this.requirePublishedThread(threadId);
    if (thread.kind !== 'tip' && thread.kind !== 'lesson') {
      throw new ApiError(ErrorCode.ValidationFailed, 'Only a tip or a lesson can be promoted', [
        { path: 'kind', message: 'Only a tip or a lesson can be promoted' },
      ]);
    }
    await this.append(thread, thread.authorId, `${thread.title}: ${thread.body}`);
  }

  async promotePost(postId: string): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post || post.status !== 'published') throw ApiError.notFound('Post');
    const thread = await this.requirePublishedThread(post.threadId);
    await this.append(thread, post.authorId, post.body);
  }

  private async append(thread: StoredThread, authorId: string, text: string): Promise<void> {
    const authorOf = await this.authors.resolve([authorId]);
    const author = authorOf(authorId, thread.technologyId);
    const source = `Overgenomen van ${author.name}${author.organisationName ? ` (${author.organisationName})` : ''}, uit "${thread.title}" — /intervisie/draad/${thread.id}`;
    await this.documents.edit(knowledgePageDocument(thread.technologyId), (doc) => {
      const quote = new Y.XmlElement('blockquote');
      quote.insert(0, [textBlock('paragraph', text), textBlock('paragraph', source, { marks: { italic: true } })]);
      const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
      fragment.insert(fragment.length, [quote]);
    });
  }

  private async requirePublishedThread(id: string): Promise<StoredThread> {
    const thread = await this.threads.findById(id);
    if (!thread || thread.status !== 'published') throw ApiError.notFound('Thread');
    return thread;
  }
}
