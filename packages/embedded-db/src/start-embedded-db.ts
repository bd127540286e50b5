import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureFerretDbBinary } from './build-ferretdb';
import { EmbeddedDbError } from './errors';
import { findFreePort } from './free-port';

export interface EmbeddedDbOptions {
  /** Folder for the SQLite files and FerretDB's state; created when missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when omitted. */
  port?: number;
  /** Database name used in the returned URI. */
  databaseName?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedDb {
  /** A MongoDB connection string for the running instance. */
  uri: string;
  port: number;
  pid: number;
  /** Stops the database and waits until its process has exited. */
  stop(): Promise<void>;
}

/*
 * A watchdog shell runs FerretDB and holds our stdin. When this Node process dies in any way
 * (even SIGKILL) the pipe closes, `read` returns and the watchdog stops FerretDB, so no orphaned
 * database keeps the data folder locked.
 */
const WATCHDOG = [
  'exec 3<&0',
  '"$0" "$@" &',
  'db=$!',
  '( read -r _ <&3; kill -TERM "$db" 2>/dev/null ) &',
  'watcher=$!',
  'wait "$db"; status=$?',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join('\n');

async function waitUntilReady(uri: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new EmbeddedDbError(`FerretDB exited early with code ${child.exitCode}`);
    }
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  throw new EmbeddedDbError(`FerretDB did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

/** Starts FerretDB with its SQLite backend in `dataDir` and resolves once it answers a ping. */
export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const log = options.log ?? (() => undefined);
  const binary = await ensureFerretDbBinary(log);
  const dataDir = path.resolve(options.dataDir);
  await fs.mkdir(dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${dataDir}/`,
    `--state-dir=${dataDir}`,
    `--listen-addr=127.0.0.1:${port}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
  const child = spawn('sh', ['-c', WATCHDOG, binary, ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, FERRETDB_TELEMETRY: 'disable' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = `mongodb://127.0.0.1:${port}/${options.databaseName ?? 'leernetwerk'}`;
  try {
    await waitUntilReady(uri, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new EmbeddedDbError(`${(error as Error).message}\n${stderr}`);
  }
  log(`Embedded database (FerretDB, SQLite) listening on 127.0.0.1:${port}, data in ${dataDir}`);
  return {
    uri,
    port,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.stdin?.end();
      await exited;
    },
  };
}
