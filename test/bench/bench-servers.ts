import type { ChildProcess } from 'node:child_process';
import { findFreePort } from '@leernetwerk/embedded-db';
import { DocumentManager } from '@leernetwerk/server/collab/document-manager';
import { startRedis } from '../support/redis-server';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startTestApp } from '../support/test-app';
import { startTestDatabase, type TestDatabase } from '../support/test-database';

/** The app under a benchmark: one or more server addresses; clients spread over them. */
export interface BenchServers {
  urls: string[];
  /** Where person `i` connects (round-robin over the processes). */
  urlFor(i: number): string;
  describe: string;
  close(): Promise<void>;
}

/**
 * PROCESSES=1: the app in this process (startTestApp), as the benchmarks always ran. PROCESSES≥2:
 * that many compiled server processes (`server/dist/main.js`, so run `npm run build` first) on one
 * embedded database and one throwaway Redis, the way the product scales out; this process then holds
 * only the clients.
 */
export async function startBenchServers(processes: number, env: Record<string, string>): Promise<BenchServers> {
  if (processes <= 1) {
    const app = await startTestApp(env);
    return {
      urls: [app.url],
      urlFor: () => app.url,
      describe: 'app and all clients in one process',
      async close() {
        // Closing documents compacts them; shutdown does not wait for compactions in flight.
        const documents = app.app.get(DocumentManager);
        const deadline = Date.now() + 60_000;
        while (documents.loadedCount() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        await app.close();
      },
    };
  }
  const redisPort = await findFreePort();
  const redis: ChildProcess = await startRedis(redisPort);
  const db: TestDatabase = await startTestDatabase();
  const serverEnv = {
    MONGODB_URI: db.uri,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    JWT_SECRET: 'bench-servers-secret-of-at-least-32-characters',
    DATA_DIR: db.dataDir,
    LIVEKIT_EMBEDDED: 'false',
    ...env,
  };
  const servers: ServerProcess[] = await Promise.all(
    Array.from({ length: processes }, () => startServerProcess(serverEnv)),
  );
  const urls = servers.map((server) => server.url);
  return {
    urls,
    urlFor: (i) => urls[i % urls.length] ?? urls[0] ?? '',
    describe: `app in ${processes} server processes (one database, one Redis); clients in this process`,
    async close() {
      await Promise.all(servers.map((server) => server.stop()));
      redis.kill();
      await db.destroy();
    },
  };
}
