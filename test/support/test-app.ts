import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@leernetwerk/server/config/config';
import type { ResolvedConfig } from '@leernetwerk/server/config/resolved-config';
import { createApp } from '@leernetwerk/server/create-app';
import { DemoSeeder } from '@leernetwerk/server/seed/demo-seeder.service';
import { startTestDatabase, type TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  db: TestDatabase;
  config: ResolvedConfig;
  close(): Promise<void>;
}

/** The whole Nest app on a free port over a fresh real database, seeded with the demo network. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { port?: number } = {},
): Promise<TestApp> {
  const db = await startTestDatabase();
  const loaded = loadConfig({ NODE_ENV: 'test', ...env });
  const config: ResolvedConfig = {
    ...loaded,
    mongodbUri: db.uri,
    jwtSecret: TEST_JWT_SECRET,
    // Tests that need calls start their own media server and pass LIVEKIT_* in `env`.
    media: loaded.livekit ?? null,
  };
  const app = await createApp(config);
  await app.init();
  await app.get(DemoSeeder).seedIfEmpty();
  await app.listen(options.port ?? 0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
