const DUPLICATE_KEY = 11000;

/** True when a write failed on a unique index (MongoDB and FerretDB both report code 11000). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === DUPLICATE_KEY;
}
