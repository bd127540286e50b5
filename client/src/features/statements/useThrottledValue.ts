import { useEffect, useRef, useState } from 'react';

/** The value, changed at most once per `intervalMs` (the latest value wins), for calm live announcements. */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value);
  const lastChange = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, lastChange.current + intervalMs - Date.now());
    const timer = setTimeout(() => {
      lastChange.current = Date.now();
      setThrottled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return throttled;
}
