import { DocumentManager } from '@leernetwerk/server/collab/document-manager';
import { startServerCluster } from '../support/server-cluster';
import { startTestApp } from '../support/test-app';

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
  const cluster = await startServerCluster(processes, env);
  const servers = cluster.servers;
  const urls = servers.map((server) => server.url);
  return {
    urls,
    urlFor: (i) => urls[i % urls.length] ?? urls[0] ?? '',
    describe: `app in ${processes} server processes (one database, one Redis); clients in this process`,
    close: () => cluster.stop(),
  };
}
