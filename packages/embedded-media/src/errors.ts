/** Raised when the embedded media server cannot be built or started; its message tells the user what to do. */
export class EmbeddedMediaError extends Error {
  override readonly name = 'EmbeddedMediaError';
}
