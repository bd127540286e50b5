import path from 'node:path';

/** The package root, whether running from src/ (ts-jest) or dist/. */
export const packageRoot = path.resolve(__dirname, '..');

/** The Go module that pins the LiveKit version (go.mod/go.sum). */
export const goModuleDir = path.join(packageRoot, 'go');

/** Git-ignored folder holding the built binary. */
export const cacheDir = path.join(packageRoot, '.cache');

/** Newer releases need pion forks the module proxy here does not serve; keep in step with go/go.mod. */
export const LIVEKIT_VERSION = 'v1.13.5';

export const LIVEKIT_MODULE = 'github.com/livekit/livekit-server';

export const livekitBinaryPath = path.join(cacheDir, `livekit-server-${LIVEKIT_VERSION}`);
