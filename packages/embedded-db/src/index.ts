export { ensureFerretDbBinary } from './build-ferretdb';
export { withBuildLock } from './build-lock';
export { runCommand } from './run-command';
export { EmbeddedDbError } from './errors';
export { findFreePort } from './free-port';
export { FERRETDB_VERSION } from './paths';
export { startEmbeddedDb, type EmbeddedDb, type EmbeddedDbOptions } from './start-embedded-db';
