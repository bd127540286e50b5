import type { SocketErrorData } from '@leernetwerk/shared';

/** The code the server put on a refused handshake (`connect_error`), if any. */
export function socketErrorCode(error: Error): SocketErrorData['code'] | undefined {
  const data: unknown = (error as Error & { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('code' in data)) return undefined;
  return (data as SocketErrorData).code;
}
