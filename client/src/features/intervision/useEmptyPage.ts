import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { isEmptyPage, observePage } from './knowledgeTemplate';

/** Whether the shared page is empty now, following every change; false until the document is open. */
export function useEmptyPage(ydoc: Y.Doc | undefined): boolean {
  const subscribe = useCallback((listener: () => void) => (ydoc ? observePage(ydoc, listener) : () => {}), [ydoc]);
  return useSyncExternalStore(subscribe, () => (ydoc ? isEmptyPage(ydoc) : false));
}
