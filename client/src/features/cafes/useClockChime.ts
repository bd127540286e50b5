import { useEffect, useRef, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'lst.clockSound';
const MINUTE_MS = 60_000;

export type ClockPhase = 'plenty' | 'lastMinute' | 'up';

/** Where a round's clock stands: more than a minute, the last minute, or time up (null: no clock). */
export function clockPhase(remainingMs: number | null): ClockPhase | null {
  if (remainingMs === null) return null;
  if (remainingMs <= 0) return 'up';
  return remainingMs <= MINUTE_MS ? 'lastMinute' : 'plenty';
}
const listeners = new Set<() => void>();

/** Whether the clock may sound (one person's choice, kept on this device). */
export const clockSound = {
  get: (): boolean => localStorage.getItem(STORAGE_KEY) !== 'off',
  set: (on: boolean): void => {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    listeners.forEach((listener) => listener());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useClockSound(): boolean {
  return useSyncExternalStore(clockSound.subscribe, clockSound.get);
}

function chime(times: number): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  for (let i = 0; i < times; i++) {
    const tone = context.createOscillator();
    const volume = context.createGain();
    const start = context.currentTime + i * 0.35;
    tone.frequency.value = 880;
    volume.gain.setValueAtTime(0.15, start);
    volume.gain.exponentialRampToValueAtTime(0.001, start + 0.3);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + 0.3);
  }
  setTimeout(() => void context.close(), times * 400 + 200);
}

/**
 * A soft chime when the last minute starts (once) and when time is up (twice), if the person
 * left the clock's sound on. Nothing sounds for a clock that was already past those moments
 * when the page opened.
 */
export function useClockChime(phase: ClockPhase | null): void {
  const soundOn = useClockSound();
  const previous = useRef(phase);
  useEffect(() => {
    const before = previous.current;
    previous.current = phase;
    if (!soundOn || before === null || before === phase) return;
    if (phase === 'lastMinute' && before === 'plenty') chime(1);
    if (phase === 'up' && before !== 'up') chime(2);
  }, [phase, soundOn]);
}
