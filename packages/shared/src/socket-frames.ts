import type { CollabClientToServerEvents } from './collab';
import { COLLAB_NAMESPACE } from './collab';
import type { ClientToServerEvents } from './live-events';
import { LIVE_NAMESPACE } from './live-events';

/**
 * What one client event may look like on the wire: how many arguments it carries (the
 * acknowledgement is not an argument: Socket.IO sends it as the packet id), and whether it opens
 * something on the server (a room, a document), which costs more than a message in a room.
 */
export interface ClientEventShape {
  args: number;
  opens: boolean;
}

type EventShapes<Events> = { readonly [Name in keyof Events]: ClientEventShape };

/** The events `/live` serves; checked against `ClientToServerEvents` so neither can drift. */
export const LIVE_CLIENT_EVENTS = {
  ping: { args: 0, opens: false },
  'conversation:join': { args: 1, opens: true },
  'conversation:leave': { args: 1, opens: false },
  'cafe:join': { args: 1, opens: true },
  'cafe:leave': { args: 1, opens: false },
  'thread:join': { args: 1, opens: true },
  'thread:leave': { args: 1, opens: false },
} as const satisfies EventShapes<ClientToServerEvents>;

/** The events `/collab` serves; checked against `CollabClientToServerEvents`. */
export const COLLAB_CLIENT_EVENTS = {
  'doc:join': { args: 1, opens: true },
  'doc:leave': { args: 1, opens: false },
  'doc:sync': { args: 2, opens: false },
  'doc:awareness': { args: 2, opens: false },
} as const satisfies EventShapes<CollabClientToServerEvents>;

/**
 * Every namespace a client may connect to, with the events it serves. Anything else (the default
 * namespace `/` included) is refused before Socket.IO dispatches it.
 */
export const SERVED_NAMESPACES: Readonly<Record<string, Readonly<Record<string, ClientEventShape>>>> = {
  [LIVE_NAMESPACE]: LIVE_CLIENT_EVENTS,
  [COLLAB_NAMESPACE]: COLLAB_CLIENT_EVENTS,
};

/** Bounds on one incoming frame and on the pace of one connection. */
export const FrameLimits = {
  /** Deepest nesting of arrays and objects inside one event's arguments. */
  maxDepth: 8,
  /** Most values (array items, object fields, leaves) inside one event's arguments. */
  maxValues: 500,
  /** Most fields in the handshake's `auth` object. */
  maxAuthFields: 8,
  /** Events a connection may send in a burst, and per second after it. */
  eventBurst: 600,
  eventsPerSecond: 200,
  /** Rooms and documents a connection may open in a burst, and per second after it. */
  opensBurst: 100,
  opensPerSecond: 20,
} as const;
