export { ensureLivekitBinary } from './build-livekit';
export { EmbeddedMediaError } from './errors';
export { findFreeLivekitPorts, type LivekitPorts } from './free-ports';
export { loadOrCreateLivekitKeys, type LivekitKeys } from './keys';
export { type LivekitLogLevel } from './livekit-config';
export { LIVEKIT_VERSION } from './paths';
export { startEmbeddedLivekit, type EmbeddedLivekit, type EmbeddedLivekitOptions } from './start-embedded-livekit';
