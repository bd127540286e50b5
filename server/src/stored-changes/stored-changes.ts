import { Injectable, Logger } from '@nestjs/common';
import { idSchema } from '@leernetwerk/shared';
import { z } from 'zod';

/**
 * Something stored in the database changed, named by what a process keeps a copy of:
 * `thread`: a thread or one of its replies (the search index); `bottleneck`: a bottleneck (the
 * register behind lists and the dashboard); `conversation`: votes or statements of a conversation
 * (its cached results).
 */
export const storedChangeSchema = z.object({
  kind: z.enum(['thread', 'bottleneck', 'conversation']),
  id: idSchema,
});
export type StoredChange = z.infer<typeof storedChangeSchema>;

type Listener = (id: string) => Promise<void> | void;

/**
 * How a copy kept in one process stays current with writes made by the others: the writing process
 * updates its own copy and announces the change; the relay (the Socket.IO adapter, so Redis when
 * several processes run) carries it to every other process, whose copy reads that one record again.
 * A lone process has nobody to tell, and its own writes already updated its copies.
 */
@Injectable()
export class StoredChanges {
  private readonly logger = new Logger(StoredChanges.name);
  private readonly listeners = new Map<StoredChange['kind'], Set<Listener>>();
  private relay: ((change: StoredChange) => void) | null = null;

  /** A change made (and already applied to its own copies) by this process. */
  announce(change: StoredChange): void {
    this.relay?.(change);
  }

  /** A change another process made. */
  receive(change: StoredChange): void {
    for (const listener of this.listeners.get(change.kind) ?? []) {
      Promise.resolve()
        .then(() => listener(change.id))
        .catch((error: unknown) =>
          this.logger.error(`Reading ${change.kind} ${change.id} again failed: ${String(error)}`),
        );
    }
  }

  /** Runs `listener` with the id of each record of this kind that another process changed. */
  onChangeElsewhere(kind: StoredChange['kind'], listener: Listener): void {
    const listeners = this.listeners.get(kind) ?? new Set<Listener>();
    listeners.add(listener);
    this.listeners.set(kind, listeners);
  }

  useRelay(relay: (change: StoredChange) => void): void {
    this.relay = relay;
  }
}
