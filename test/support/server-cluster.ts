import type { ChildProcess } from 'node:child_process';
import { findFreePort } from '@leernetwerk/embedded-db';
import { startRedis } from './redis-server';
import { startServerProcess, type ServerProcess } from './server-process';
import { startTestDatabase, type TestDatabase } from './test-database';

export interface ServerCluster {
  servers: ServerProcess[];
  db: TestDatabase;
  stop(): Promise<void>;
}

/**
 * `count` compiled server processes (`server/dist/main.js`) on one fresh embedded database and one
 * throwaway Redis, as the product scales out. They start at the same moment, as replicas do: one of
 * them seeds the demo network. `env` adds to or overrides the shared environment.
 */
export async function startServerCluster(count: number, env: Record<string, string> = {}): Promise<ServerCluster> {
  const redisPort = await findFreePort();
  const redis: ChildProcess = await startRedis(redisPort);
  const db = await startTestDatabase();
  const shared = {
    MONGODB_URI: db.uri,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    JWT_SECRET: 'server-cluster-secret-of-at-least-32-characters',
    DATA_DIR: db.dataDir,
    LIVEKIT_EMBEDDED: 'false',
    ...env,
  };
  const servers = await Promise.all(Array.from({ length: count }, () => startServerProcess(shared)));
  return {
    servers,
    db,
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      redis.kill();
      await db.destroy();
    },
  };
}
