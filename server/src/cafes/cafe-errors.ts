import { ErrorCode, type CafeState } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/** Refuses an action the café's current state does not allow, naming what it is in. */
export function requireState(actual: CafeState, allowed: readonly CafeState[], action: string): void {
  if (!allowed.includes(actual)) {
    throw new ApiError(ErrorCode.CafeWrongState, `Cannot ${action} while the café is ${actual}`, { state: actual });
  }
}
