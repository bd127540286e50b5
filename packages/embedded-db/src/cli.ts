import { ensureFerretDbBinary } from './build-ferretdb';

/** `node dist/cli.js build`: builds FerretDB ahead of time (CI, Docker-less installs). */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'build') {
    console.error('Usage: node dist/cli.js build');
    process.exit(2);
  }
  console.log(await ensureFerretDbBinary());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
