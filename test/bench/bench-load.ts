import * as Y from 'yjs';
import { now, withTimeout, type BenchClient } from './bench-targets';
import { percentile } from './bench-common';

/**
 * Every client is a writer: at its rate it appends a token `<writer>.<seq>@<timestamp>;` to the
 * room's Y.Text, the timestamp being `performance.timeOrigin + performance.now()` at the edit.
 * Every other client of the room parses the tokens out of its text observer, so fan-out latency is
 * receive time minus that timestamp (one process, one clock). A writer's own confirmations (see
 * BenchClient.onConfirmed) give the confirmation latency and tell which edits were acknowledged.
 */
export interface Edit {
  token: string;
  ts: number;
  /** The writer's own Yjs clock after the edit: confirmed once the server confirms this clock. */
  clock: number;
  ackedAt: number | null;
  window: LoadWindow | null;
}

export interface Writer {
  id: number;
  room: string;
  client: BenchClient;
  text: Y.Text;
  seq: number;
  nextAt: number;
  live: boolean;
  liveSince: number;
  localBytes: number;
  pending: Edit[];
  edits: Edit[];
}

export interface LoadWindow {
  start: number;
  end: number;
  edits: number;
  /** Deliveries owed: for each edit, the room's other live clients at that moment. */
  expected: number;
  delivered: number;
  latencies: number[];
  /** The edit timestamp of each latency sample, for a per-second view. */
  sentAt: number[];
  acked: number;
  ackLatencies: number[];
  ackSentAt: number[];
}

const TOKEN = /(\d+\.\d+@(\d+\.\d+));/g;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** p99 of latencies per second of sending, counted from the window's start. */
export function p99PerSecond(window: LoadWindow, which: 'delivery' | 'ack'): number[] {
  const [latencies, sentAt] =
    which === 'delivery' ? [window.latencies, window.sentAt] : [window.ackLatencies, window.ackSentAt];
  const buckets: number[][] = [];
  latencies.forEach((latency, i) => {
    const second = Math.floor(((sentAt[i] ?? window.start) - window.start) / 1000);
    (buckets[second] ??= []).push(latency);
  });
  return Array.from(buckets, (bucket) => percentile(bucket ?? [], 99));
}

export class LoadGenerator {
  readonly writers: Writer[] = [];
  private readonly rooms = new Map<string, Writer[]>();
  private readonly windows = new Set<LoadWindow>();
  private timer: NodeJS.Timeout | null = null;
  private editing = false;
  private closed = false;
  private readonly periodMs: number;

  constructor(editsPerSecond: number) {
    this.periodMs = 1000 / editsPerSecond;
  }

  /** Adds a client as a writer in `room`; it starts writing and counting once synced. */
  add(client: BenchClient, room: string): Writer {
    const writer: Writer = {
      id: this.writers.length,
      room,
      client,
      text: client.doc.getText('bench'),
      seq: 0,
      nextAt: 0,
      live: false,
      liveSince: 0,
      localBytes: 0,
      pending: [],
      edits: [],
    };
    this.writers.push(writer);
    let members = this.rooms.get(room);
    if (!members) this.rooms.set(room, (members = []));
    members.push(writer);

    client.doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) writer.localBytes += update.byteLength;
    });
    writer.text.observe((event) => {
      if (event.transaction.local || !writer.live) return;
      const received = now();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const match of op.insert.matchAll(TOKEN)) this.delivered(writer, Number(match[2]), received);
      }
    });
    client.onConfirmed((clock) => {
      const at = now();
      while (writer.pending.length > 0 && (writer.pending[0]?.clock ?? Infinity) <= clock) {
        const edit = writer.pending.shift() as Edit;
        edit.ackedAt = at;
        if (edit.window) {
          edit.window.acked += 1;
          edit.window.ackLatencies.push(at - edit.ts);
          edit.window.ackSentAt.push(edit.ts);
        }
      }
    });
    return writer;
  }

  /** Waits until the given writers are synced; they then take part (send and count). */
  async whenSynced(writers: Writer[], timeoutMs: number): Promise<void> {
    await withTimeout(Promise.all(writers.map((w) => w.client.synced)), timeoutMs, `${writers.length} clients to sync`);
    const at = now();
    for (const writer of writers) {
      writer.live = true;
      writer.liveSince = at;
      writer.nextAt = performance.now() + Math.random() * this.periodMs;
    }
  }

  /** Bytes of all Yjs updates the writers' own changes produced so far. */
  localUpdateBytes(): number {
    return this.writers.reduce((sum, writer) => sum + writer.localBytes, 0);
  }

  startEditing(): void {
    this.editing = true;
    this.timer ??= setInterval(() => this.tick(), 5);
  }

  stopEditing(): void {
    this.editing = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  beginWindow(): LoadWindow {
    const window: LoadWindow = {
      start: now(),
      end: Infinity,
      edits: 0,
      expected: 0,
      delivered: 0,
      latencies: [],
      sentAt: [],
      acked: 0,
      ackLatencies: [],
      ackSentAt: [],
    };
    this.windows.add(window);
    return window;
  }

  /** Closes the window to new edits, then waits (bounded) for its deliveries and confirmations. */
  async endWindow(window: LoadWindow, drainMs: number): Promise<LoadWindow> {
    window.end = now();
    const deadline = Date.now() + drainMs;
    while (Date.now() < deadline && (window.delivered < window.expected || window.acked < window.edits)) {
      await delay(20);
    }
    this.windows.delete(window);
    return window;
  }

  /** Closes every client once (later calls do nothing); the writers stay for inspection. */
  closeAll(): void {
    this.stopEditing();
    if (this.closed) return;
    this.closed = true;
    for (const writer of this.writers) writer.client.close();
  }

  private tick(): void {
    if (!this.editing) return;
    const t = performance.now();
    for (const writer of this.writers) {
      if (!writer.live || writer.nextAt > t) continue;
      this.edit(writer);
      writer.nextAt += this.periodMs;
      if (writer.nextAt < t) writer.nextAt = t + this.periodMs;
    }
  }

  private edit(writer: Writer): void {
    const ts = now();
    const token = `${writer.id}.${writer.seq}@${ts.toFixed(3)};`;
    writer.seq += 1;
    writer.text.insert(writer.text.length, token);
    const window = this.openWindow(ts);
    const edit: Edit = {
      token,
      ts,
      clock: Y.getState(writer.client.doc.store, writer.client.doc.clientID),
      ackedAt: null,
      window,
    };
    writer.pending.push(edit);
    writer.edits.push(edit);
    if (window) {
      window.edits += 1;
      window.expected += (this.rooms.get(writer.room) ?? []).filter((w) => w !== writer && w.live).length;
    }
  }

  private openWindow(ts: number): LoadWindow | null {
    for (const window of this.windows) if (ts >= window.start && ts < window.end) return window;
    return null;
  }

  private delivered(receiver: Writer, ts: number, received: number): void {
    if (ts < receiver.liveSince) return;
    for (const window of this.windows) {
      if (ts >= window.start && ts < window.end) {
        window.delivered += 1;
        window.latencies.push(received - ts);
        window.sentAt.push(ts);
        return;
      }
    }
  }
}
