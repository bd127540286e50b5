// Benchmark child: our NestJS app (from source, as the tests run it) over the FerretDB named by
// MONGODB_URI, with an extra `bench` document kind that anyone signed in may write, so a benchmark
// can open as many rooms as it likes. Every insert/update the app sends to the collab collections is
// observed through the MongoDB driver's command monitoring and its documents' BSON size counted.
import { getConnectionToken } from '@nestjs/mongoose';
import { BSON, type CommandStartedEvent } from 'mongodb';
import type { Connection } from 'mongoose';
import { CollabAccessRegistry } from '@leernetwerk/server/collab/collab-access.registry';
import { DocumentManager } from '@leernetwerk/server/collab/document-manager';
import { loadConfig } from '@leernetwerk/server/config/config';
import type { ResolvedConfig } from '@leernetwerk/server/config/resolved-config';
import { createApp } from '@leernetwerk/server/create-app';
import { DemoSeeder } from '@leernetwerk/server/seed/demo-seeder.service';
import { serveProbe } from '../bench-probe';

const COLLAB_COLLECTIONS = new Set(['collab_updates', 'collab_logs', 'collab_snapshots']);
const BENCH_JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  const port = Number(process.env.PORT);
  if (!uri || !port) throw new Error('MONGODB_URI and PORT are required');
  const config: ResolvedConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' }),
    mongodbUri: `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true`,
    jwtSecret: BENCH_JWT_SECRET,
    media: null,
  };
  const app = await createApp(config);
  await app.init();
  await app.get(DemoSeeder).seedIfEmpty();
  app.get(CollabAccessRegistry).register('bench', () => 'write');
  const manager = app.get(DocumentManager);

  const counters = { dbBytesWritten: 0, dbWrites: 0, dbDeletes: 0 };
  const connection = app.get<Connection>(getConnectionToken());
  connection.getClient().on('commandStarted', (event: CommandStartedEvent) => {
    const command = event.command as Record<string, unknown>;
    if (COLLAB_COLLECTIONS.has(command.insert as string)) {
      counters.dbWrites += 1;
      for (const doc of command.documents as BSON.Document[]) counters.dbBytesWritten += BSON.calculateObjectSize(doc);
    } else if (COLLAB_COLLECTIONS.has(command.update as string)) {
      counters.dbWrites += 1;
      for (const update of command.updates as { u: BSON.Document }[]) {
        counters.dbBytesWritten += BSON.calculateObjectSize(update.u);
      }
    } else if (COLLAB_COLLECTIONS.has(command.delete as string)) {
      counters.dbDeletes += 1;
    }
  });

  await app.listen(port, '127.0.0.1');
  serveProbe(`http://127.0.0.1:${port}`, {
    stats: () => ({ ...counters, loadedDocs: manager.loadedCount() }),
    resetCounters: () => Object.assign(counters, { dbBytesWritten: 0, dbWrites: 0, dbDeletes: 0 }),
    isLoaded: (docId) => manager.isLoaded(docId),
    shutdown: () => app.close(),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
