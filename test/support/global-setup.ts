import { ensureFerretDbBinary } from '@leernetwerk/embedded-db';
import { ensureLivekitBinary } from '@leernetwerk/embedded-media';

/** Builds FerretDB and LiveKit once before the workers start, instead of inside the first test's timeout. */
export default async function globalSetup(): Promise<void> {
  await ensureFerretDbBinary((line) => console.log(line));
  await ensureLivekitBinary((line) => console.log(line));
}
