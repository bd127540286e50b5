import { Injectable, Logger } from '@nestjs/common';
import { accessChangeReasons, idSchema, type AccessChangeReason } from '@leernetwerk/shared';
import { z } from 'zod';

/**
 * A reason for someone's access changed. `owner` names what documents and rooms belong to, as
 * document ids start (`cafe:<id>`, `meeting:<id>`): everyone with one of them open is decided
 * again. `user`: one person's roles or account changed: all their connections are decided again.
 * `session`: a login session ended (logout, a reused refresh token): its connections close.
 */
export type AccessChange =
  | { kind: 'owner'; owner: string; reason: AccessChangeReason }
  | { kind: 'user'; userId: string; reason: AccessChangeReason }
  | { kind: 'session'; sessionId: string };

/** What another process relays; checked, as anything that crosses a wire. */
export const accessChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('owner'),
    owner: z.string().regex(/^[a-z]+:[0-9a-f]{24}$/),
    reason: z.enum(accessChangeReasons),
  }),
  z.object({ kind: z.literal('user'), userId: idSchema, reason: z.enum(accessChangeReasons) }),
  z.object({ kind: z.literal('session'), sessionId: idSchema }),
]);

/** `here`: announced by this process; `elsewhere`: relayed from another one. */
export type ChangeOrigin = 'here' | 'elsewhere';

type Listener = (change: AccessChange, origin: ChangeOrigin) => Promise<void> | void;

/**
 * Where features announce that access may have changed, without knowing who holds connections.
 * Listeners (the socket gateways) decide again for the connections of this process; the relay
 * carries the announcement to every other server process, whose listeners do the same.
 */
@Injectable()
export class AccessEvents {
  private readonly logger = new Logger(AccessEvents.name);
  private readonly listeners = new Set<Listener>();
  private relay: ((change: AccessChange) => void) | null = null;

  /** Announces a change made here: to this process's listeners and, relayed, to all others. */
  changed(change: AccessChange): void {
    this.deliver(change, 'here');
    this.relay?.(change);
  }

  /** A change another process announced. */
  receive(change: AccessChange): void {
    this.deliver(change, 'elsewhere');
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  useRelay(relay: (change: AccessChange) => void): void {
    this.relay = relay;
  }

  private deliver(change: AccessChange, origin: ChangeOrigin): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(change, origin))
        .catch((error: unknown) => this.logger.error(`Deciding access again failed: ${String(error)}`));
    }
  }
}
