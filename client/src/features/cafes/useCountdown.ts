import type { CafeTimer } from '@leernetwerk/shared';
import { useEffect, useState } from 'react';

const TICK_MS = 250;

/** What is left of the round in ms (null when the clock is not set), by the server's clock. */
export function remainingOf(timer: CafeTimer, clockOffsetMs: number, now: number): number | null {
  switch (timer.status) {
    case 'idle':
      return null;
    case 'paused':
      return timer.remainingMs;
    case 'running':
      return Math.max(0, timer.endsAt - (now + clockOffsetMs));
  }
}

/** The remaining time, ticking while the clock runs. */
export function useCountdown(timer: CafeTimer, clockOffsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'running') return;
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [timer.status]);
  return remainingOf(timer, clockOffsetMs, now);
}

/** "mm:ss", rounded up so the clock shows 00:00 only when time is up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}
