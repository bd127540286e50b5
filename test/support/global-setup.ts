import { ensureFerretDbBinary } from '@leernetwerk/embedded-db';

/** Builds FerretDB once before the workers start, instead of inside the first test's timeout. */
export default async function globalSetup(): Promise<void> {
  await ensureFerretDbBinary((line) => console.log(line));
}
