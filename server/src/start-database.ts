import path from 'node:path';
import { startEmbeddedDb, type EmbeddedDb } from '@leernetwerk/embedded-db';

export interface DatabaseHandle {
  uri: string;
  embedded: EmbeddedDb | null;
}

/** Uses MONGODB_URI when given; otherwise runs the embedded database in the data folder. */
export async function startDatabase(mongodbUri: string | undefined, dataDir: string): Promise<DatabaseHandle> {
  if (mongodbUri) return { uri: mongodbUri, embedded: null };
  const embedded = await startEmbeddedDb({
    dataDir: path.join(dataDir, 'db'),
    log: (line) => console.log(line),
  });
  return { uri: embedded.uri, embedded };
}
