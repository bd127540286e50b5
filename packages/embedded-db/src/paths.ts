import path from 'node:path';

/** The package root, whether running from src/ (ts-jest) or dist/. */
export const packageRoot = path.resolve(__dirname, '..');

/** The Go module that pins the FerretDB version (go.mod/go.sum). */
export const goModuleDir = path.join(packageRoot, 'go');

/** Git-ignored folder holding the built binary. */
export const cacheDir = path.join(packageRoot, '.cache');

export const FERRETDB_VERSION = 'v1.24.2';

export const ferretDbBinaryPath = path.join(cacheDir, `ferretdb-${FERRETDB_VERSION}`);
