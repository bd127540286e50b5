import { useCallback, useEffect, useRef } from 'react';

/**
 * For forms that change something (not create it): `begin()` is true for the first submit and false
 * for any further one until the request it started is done (`pending` back to false). A double
 * click fires both clicks before React shows the button as busy; without this the second would be
 * sent with the revision the first already used, and answer with a confusing conflict.
 */
export function useOneAtATime(pending: boolean): () => boolean {
  const sending = useRef(false);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);
  return useCallback(() => {
    if (sending.current) return false;
    sending.current = true;
    return true;
  }, []);
}
