import { useSyncExternalStore } from 'react';

export type DeviceKind = 'audioinput' | 'videoinput' | 'audiooutput';

export interface CallPreferences {
  /** Send and receive no video. */
  audioOnly: boolean;
  /** The microphone stays as the person left it when they move to another table. */
  micOn: boolean;
  /** So does the camera: turned on at one table, it comes along to the next (off on a new visit). */
  cameraOn: boolean;
  /** Chosen devices; empty means the system default. */
  devices: Record<DeviceKind, string>;
}

const STORAGE_KEY = 'lst.call';
const listeners = new Set<() => void>();

function load(): CallPreferences {
  const fallback: CallPreferences = {
    audioOnly: false,
    micOn: true,
    cameraOn: false,
    devices: { audioinput: '', videoinput: '', audiooutput: '' },
  };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return fallback;
    const { audioOnly, devices } = stored as Partial<CallPreferences>;
    return {
      ...fallback,
      audioOnly: audioOnly === true,
      devices: { ...fallback.devices, ...(typeof devices === 'object' ? devices : {}) },
    };
  } catch {
    return fallback;
  }
}

let current = load();

/**
 * The one place for how a person likes their calls: kept across tables and visits, and (except
 * the microphone and camera, which start on and off again next visit) on this device only.
 */
export const callPreferences = {
  get: (): CallPreferences => current,
  update: (change: Partial<CallPreferences>): void => {
    current = { ...current, ...change };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ audioOnly: current.audioOnly, devices: current.devices }));
    } catch {
      // Storage off: the choice lasts for this visit.
    }
    for (const listener of listeners) listener();
  },
  setDevice: (kind: DeviceKind, deviceId: string): void => {
    callPreferences.update({ devices: { ...current.devices, [kind]: deviceId } });
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useCallPreferences(): CallPreferences {
  return useSyncExternalStore(callPreferences.subscribe, callPreferences.get);
}
