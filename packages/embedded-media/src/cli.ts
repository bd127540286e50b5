import { ensureLivekitBinary } from './build-livekit';

/** `node dist/cli.js build`: builds LiveKit ahead of time (CI, first `npm start`). */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'build') {
    console.error('Usage: node dist/cli.js build');
    process.exit(2);
  }
  console.log(await ensureLivekitBinary());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
