// Benchmark child: Hocuspocus 3 with its Database extension storing into FerretDB (MONGODB_URI),
// one document per Yjs document holding the full encoded state (Hocuspocus' own storage model:
// `store` receives the whole state, debounced). No authentication hook: any client may write.
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { Binary, BSON, MongoClient } from 'mongodb';
import { HOCUSPOCUS_COLLECTION, serveProbe, type HocuspocusRecord } from '../bench-probe';

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  const port = Number(process.env.PORT);
  if (!uri || !port) throw new Error('MONGODB_URI and PORT are required');
  const client = await MongoClient.connect(uri);
  const documents = client.db().collection<HocuspocusRecord>(HOCUSPOCUS_COLLECTION);
  await documents.createIndex({ name: 1 }, { unique: true });

  const counters = { dbBytesWritten: 0, dbWrites: 0, dbDeletes: 0 };
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const row = await documents.findOne({ name: documentName });
          return row ? row.state.buffer : null;
        },
        store: async ({ documentName, state }) => {
          const record: HocuspocusRecord = { name: documentName, state: new Binary(state), updatedAt: new Date() };
          counters.dbWrites += 1;
          counters.dbBytesWritten += BSON.calculateObjectSize({ $set: record });
          await documents.updateOne({ name: documentName }, { $set: record }, { upsert: true });
        },
      }),
    ],
  });
  await server.listen();
  serveProbe(`ws://127.0.0.1:${port}`, {
    stats: () => ({ ...counters, loadedDocs: server.hocuspocus.getDocumentsCount() }),
    resetCounters: () => Object.assign(counters, { dbBytesWritten: 0, dbWrites: 0, dbDeletes: 0 }),
    isLoaded: (docId) => server.hocuspocus.documents.has(docId),
    shutdown: async () => {
      await server.destroy();
      await client.close();
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
