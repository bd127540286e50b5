import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDb, type EmbeddedDb } from '@leernetwerk/embedded-db';

export interface TestDatabase extends EmbeddedDb {
  dataDir: string;
  /** Stops the database and removes its data folder. */
  destroy(): Promise<void>;
}

/** A real FerretDB on a free port with a throw-away data folder. */
export async function startTestDatabase(): Promise<TestDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-db-'));
  const db = await startEmbeddedDb({ dataDir, databaseName: 'test' });
  return {
    ...db,
    dataDir,
    async destroy() {
      await db.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
