import type { CollabStatus } from '@leernetwerk/collab-client';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';

const TICK_MS = 30_000;

/**
 * Minutes since the last edit of a shared document (null: none seen since it opened). Only edits
 * after the first sync count: loading what was already there is not activity.
 */
export function useDocActivity(ydoc: Y.Doc | undefined, status: CollabStatus | undefined): number | null {
  const [lastEditAt, setLastEditAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const synced = useRef(false);

  useEffect(() => {
    if (status === 'synced') synced.current = true;
  }, [status]);

  useEffect(() => {
    if (!ydoc) return;
    const onUpdate = () => {
      if (!synced.current) return;
      const at = Date.now();
      setLastEditAt(at);
      setNow(at);
    };
    ydoc.on('update', onUpdate);
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      ydoc.off('update', onUpdate);
      clearInterval(interval);
    };
  }, [ydoc]);

  return lastEditAt === null ? null : Math.max(0, Math.floor((now - lastEditAt) / 60_000));
}
