import path from 'node:path';

/** The package root, whether running from src/ (ts-jest) or dist/. */
export const packageRoot = path.resolve(__dirname, '..');

/** The Go module that pins the FerretDB version (go.mod/go.sum). */
export const goModuleDir = path.join(packageRoot, 'go');

/** Git-ignored folder holding the built binary. */
export const cacheDir = path.join(packageRoot, '.cache');

export const FERRETDB_VERSION = 'v1.24.2';

/**
 * Our patch to the pinned FerretDB source (single-document atomicity; `_id` lookups, `_id $in` and
 * top-level equality filters answered in SQL, through indexes). Bump it whenever the patch changes:
 * the binary's name carries it, so a cached build of an older patch is rebuilt instead of reused.
 */
export const FERRETDB_PATCH = 'lst2';

export const ferretDbPatchFile = path.join(
  packageRoot,
  'patches',
  `ferretdb-${FERRETDB_VERSION}-${FERRETDB_PATCH}.patch`,
);

export const ferretDbBinaryPath = path.join(cacheDir, `ferretdb-${FERRETDB_VERSION}-${FERRETDB_PATCH}`);
