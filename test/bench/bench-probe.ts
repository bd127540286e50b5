import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Binary } from 'mongodb';

/** Where the Hocuspocus child stores documents: one record with the full state per document. */
export const HOCUSPOCUS_COLLECTION = 'hocuspocus_documents';

export interface HocuspocusRecord {
  name: string;
  state: Binary;
  updatedAt: Date;
}

/**
 * The benchmark runs each collaboration server in a child process (so its heap and CPU are its own)
 * and talks to it over the Node IPC channel: a ready message once it listens, then small requests.
 */
export type ProbeCommand = 'heap' | 'stats' | 'reset' | 'loaded' | 'shutdown';

export interface ProbeRequest {
  id: number;
  cmd: ProbeCommand;
  docId?: string;
}

interface ProbeReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

interface ReadyMessage {
  ready: true;
  url: string;
}

export interface HeapSample {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
}

export interface ServerStats {
  /** User + system CPU time of the server process since it started. */
  cpuMs: number;
  /** BSON bytes of the documents the server wrote (inserted or updated) since the last reset. */
  dbBytesWritten: number;
  /** Write commands (insert/update) since the last reset. */
  dbWrites: number;
  /** Delete commands since the last reset (log entries folded into a snapshot). */
  dbDeletes: number;
  loadedDocs: number;
}

export interface ProbeHandlers {
  stats(): Omit<ServerStats, 'cpuMs'>;
  resetCounters(): void;
  isLoaded(docId: string): boolean;
  shutdown(): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Heap after full collections; the child runs with --expose-gc. */
async function measureHeap(): Promise<HeapSample> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the server child must run with --expose-gc');
  for (let i = 0; i < 3; i += 1) {
    gc();
    await delay(20);
  }
  const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
  return { heapUsed, external, arrayBuffers, rss };
}

/** Child side: answers the parent's requests; exits when the parent goes away. */
export function serveProbe(url: string, handlers: ProbeHandlers): void {
  const send = (message: ProbeReply | ReadyMessage, then?: () => void) => {
    if (process.send) process.send(message, undefined, {}, then);
  };
  const handle = async (request: ProbeRequest): Promise<void> => {
    try {
      let value: unknown;
      switch (request.cmd) {
        case 'heap':
          value = await measureHeap();
          break;
        case 'stats': {
          const cpu = process.cpuUsage();
          value = { ...handlers.stats(), cpuMs: (cpu.user + cpu.system) / 1000 } satisfies ServerStats;
          break;
        }
        case 'reset':
          handlers.resetCounters();
          break;
        case 'loaded':
          value = handlers.isLoaded(request.docId ?? '');
          break;
        case 'shutdown':
          await handlers.shutdown();
          send({ id: request.id, ok: true }, () => process.exit(0));
          return;
      }
      send({ id: request.id, ok: true, value });
    } catch (error) {
      send({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  process.on('message', (message) => void handle(message as ProbeRequest));
  process.on('disconnect', () => process.exit(0));
  send({ ready: true, url });
}

const registerTs = path.join(__dirname, 'register-ts.js');
const repoRoot = path.resolve(__dirname, '../..');

/** Parent side: a server child started from a TypeScript entry point. */
export class BenchServer {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    private readonly exited: Promise<void>,
    /** The child's recent stdout and stderr. */
    readonly output: () => string,
  ) {
    child.on('message', (message: ProbeReply) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new Error(message.error));
    });
  }

  static async start(script: string, env: Record<string, string>, timeoutMs = 120_000): Promise<BenchServer> {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server child there (for investigating).
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...profile, '--expose-gc', '-r', registerTs, path.join(__dirname, script)], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let log = '';
    const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${script} not ready within ${timeoutMs} ms:\n${log}`));
      }, timeoutMs);
      child.on('message', (message: Partial<ReadyMessage>) => {
        if (message.ready && message.url) {
          clearTimeout(timer);
          resolve(message.url);
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${script} exited with ${child.exitCode}:\n${log}`));
      });
    });
    return new BenchServer(child, url, exited, () => log);
  }

  request<T>(cmd: ProbeCommand, docId?: string, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`server probe '${cmd}' timed out`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ id, cmd, docId } satisfies ProbeRequest);
    });
  }

  heap(): Promise<HeapSample> {
    return this.request('heap');
  }

  stats(): Promise<ServerStats> {
    return this.request('stats');
  }

  reset(): Promise<void> {
    return this.request('reset');
  }

  isLoaded(docId: string): Promise<boolean> {
    return this.request('loaded', docId);
  }

  /** Asks the server to shut down cleanly; kills it if it does not exit in time. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.request('shutdown', undefined, timeoutMs).catch(() => this.child.kill('SIGKILL'));
    await this.exited;
    clearTimeout(timer);
  }
}
