import { EmbeddedDbError } from '@leernetwerk/embedded-db';
import { ConfigError, loadConfig } from './config/config';
import { resolveJwtSecret } from './config/jwt-secret';
import { createApp } from './create-app';
import { printWelcome } from './print-welcome';
import { DemoSeeder } from './seed/demo-seeder.service';
import { startDatabase } from './start-database';
import { startMedia } from './start-media';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase(config.mongodbUri, config.dataDir);
  const media = await startMedia(config);
  const app = await createApp({
    ...config,
    mongodbUri: database.uri,
    jwtSecret: await resolveJwtSecret(config.jwtSecret, config.dataDir),
    media: media.media,
  });
  const stopDatabase = async (): Promise<void> => {
    await Promise.all([database.embedded?.stop(), media.embedded?.stop()]);
  };
  process.once('exit', () => void stopDatabase());
  // Features register with each other when the modules initialise; the demo content relies on that.
  await app.init();
  const seeder = app.get(DemoSeeder);
  if (config.seedDemo) await seeder.seedIfEmpty();
  await app.listen(config.port, config.host);
  printWelcome(`http://localhost:${config.port}`, config.seedDemo ? await seeder.summary() : null);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(stopDatabase)
        .finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDbError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
