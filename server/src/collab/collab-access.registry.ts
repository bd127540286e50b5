import { Injectable } from '@nestjs/common';
import { docIdSchema, ErrorCode, type DocAccess, type User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/** Decides what a user may do with a document, given the parts of its id after the owner kind. */
export type DocAccessResolver = (user: User, parts: string[]) => Promise<DocAccess | null> | DocAccess | null;

/**
 * Features register who may read or write their documents, by the owner kind that starts the
 * document id (`org`, `cafe`, `technology`, ...). Unknown kinds and unknown owners are refused.
 */
@Injectable()
export class CollabAccessRegistry {
  private readonly resolvers = new Map<string, DocAccessResolver>();

  register(kind: string, resolver: DocAccessResolver): void {
    if (this.resolvers.has(kind)) throw new Error(`Document kind ${kind} is already registered`);
    this.resolvers.set(kind, resolver);
  }

  /** The user's access; throws NOT_FOUND for unknown documents and FORBIDDEN for others' documents. */
  async resolve(user: User, docId: unknown): Promise<DocAccess> {
    const parsed = docIdSchema.safeParse(docId);
    if (!parsed.success) throw new ApiError(ErrorCode.ValidationFailed, 'Not a document id');
    const [kind = '', ...parts] = parsed.data.split(':');
    const resolver = this.resolvers.get(kind);
    if (!resolver) throw ApiError.notFound('Document');
    const access = await resolver(user, parts);
    if (!access) throw ApiError.forbidden('You have no access to this document');
    return access;
  }
}
