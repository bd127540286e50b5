import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, IDEMPOTENCY_KEY_HEADER, idempotencyKeySchema, type User } from '@leernetwerk/shared';
import type { Request, Response } from 'express';
import { catchError, concatMap, defer, from, of, type Observable } from 'rxjs';
import { ApiError } from '../api-error';
import { IDEMPOTENT } from './idempotent.decorator';
import { IdempotencyRepository, type StoredRequest } from './idempotency.repository';
import { requestFingerprint } from './request-fingerprint';

/** How long a key is remembered: long enough for any retry of one form submit. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** A pending record this old belongs to a request whose process died; a repeat may take the key over. */
const ABANDONED_AFTER_MS = 60_000;
/** A repeat that arrives while the first request still runs waits this long for its answer. */
const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 40;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/** The header that tells a client its answer is the stored one of an earlier request. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

type Decision = { kind: 'run' } | { kind: 'replay'; body: string | null };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the create endpoints marked `@Idempotent()` safe to repeat. The first request with a key
 * inserts a pending record (an insert on a unique `_id`: one winner across processes), runs, and
 * stores its answer; a repeat with the same key and body gets that answer and creates nothing. A
 * refused or failed first request frees the key again, because nothing was created.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private lastPrune = 0;

  constructor(
    private readonly reflector: Reflector,
    private readonly repository: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || this.reflector.get<boolean>(IDEMPOTENT, context.getHandler()) !== true) {
      return next.handle();
    }
    const request = context.switchToHttp().getRequest<Request & { user?: User }>();
    const header = request.header(IDEMPOTENCY_KEY_HEADER);
    if (header === undefined || !request.user) return next.handle();
    const key = idempotencyKeySchema.safeParse(header);
    if (!key.success) {
      throw new ApiError(ErrorCode.ValidationFailed, 'The Idempotency-Key header is not a valid key', [
        { path: IDEMPOTENCY_KEY_HEADER, message: key.error.issues[0]?.message ?? 'Invalid key' },
      ]);
    }
    const id = IdempotencyRepository.idOf(request.user.id, key.data);
    const fingerprint = requestFingerprint(request.method, request.originalUrl.split('?')[0] ?? '', request.body);
    const userId = request.user.id;
    const response = context.switchToHttp().getResponse<Response>();
    return defer(() => from(this.decide(id, userId, fingerprint))).pipe(
      concatMap((decision) => {
        if (decision.kind === 'replay') {
          response.setHeader(REPLAYED_HEADER, 'true');
          return of(decision.body === null ? undefined : (JSON.parse(decision.body) as unknown));
        }
        return this.runFirst(id, next);
      }),
    );
  }

  private runFirst(id: string, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        await this.repository.complete(id, result === undefined ? null : JSON.stringify(result));
        return result;
      }),
      catchError(async (error: unknown) => {
        await this.repository.release(id);
        throw error;
      }),
    );
  }

  /** Claims the key, or waits for the request that holds it and answers as it did. */
  private async decide(id: string, userId: string, fingerprint: string): Promise<Decision> {
    this.pruneNowAndThen();
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      if (await this.repository.claim({ id, userId, fingerprint, at: new Date() })) return { kind: 'run' };
      const held = await this.repository.find(id);
      if (held === null) continue; // freed between our insert and read: try to claim it again
      if (held.fingerprint !== fingerprint) {
        throw new ApiError(
          ErrorCode.IdempotencyKeyReused,
          'This Idempotency-Key was already used for a different request',
        );
      }
      if (held.state === 'done') {
        if (await this.expired(held)) continue;
        return { kind: 'replay', body: held.body };
      }
      if (await this.repository.deleteIfOlder(id, new Date(Date.now() - ABANDONED_AFTER_MS))) continue;
      if (Date.now() > deadline) {
        throw new ApiError(ErrorCode.Conflict, 'The first request with this Idempotency-Key is still running');
      }
      await sleep(POLL_MS);
    }
  }

  /** An expired record no longer counts: it is deleted (only if still that old) and the key is new again. */
  private expired(held: StoredRequest): Promise<boolean> {
    const cutoff = new Date(Date.now() - IDEMPOTENCY_RETENTION_MS);
    return held.createdAt < cutoff ? this.repository.deleteIfOlder(held.id, cutoff) : Promise.resolve(false);
  }

  /** FerretDB has no TTL index; any process removes expired keys now and then (harmless when several do). */
  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    this.repository.deleteBefore(new Date(now - IDEMPOTENCY_RETENTION_MS)).catch(() => {
      this.lastPrune = 0; // try again on a later request
    });
  }
}
