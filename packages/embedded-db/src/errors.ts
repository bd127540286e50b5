/** Raised when the embedded database cannot be built or started; its message tells the user what to do. */
export class EmbeddedDbError extends Error {
  override readonly name = 'EmbeddedDbError';
}
