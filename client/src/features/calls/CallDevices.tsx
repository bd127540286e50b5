import { SimpleGrid } from '@mantine/core';
import { useMediaDeviceSelect } from '@livekit/components-react';
import { supportsAudioOutputSelection } from 'livekit-client';
import { callPreferences, type DeviceKind } from './callPreferences';
import { DeviceSelect } from './DeviceSelect';

/** Switches a device inside the running call, and remembers it for the next call. */
function CallDeviceSelect({ kind }: { kind: DeviceKind }) {
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind });
  return (
    <DeviceSelect
      kind={kind}
      devices={devices}
      value={activeDeviceId}
      onChange={(deviceId) => {
        callPreferences.setDevice(kind, deviceId);
        void setActiveMediaDevice(deviceId).catch(() => undefined);
      }}
    />
  );
}

/** Microphone, camera and (where the browser can) speaker of the call. */
export function CallDevices() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <CallDeviceSelect kind="audioinput" />
      <CallDeviceSelect kind="videoinput" />
      {supportsAudioOutputSelection() && <CallDeviceSelect kind="audiooutput" />}
    </SimpleGrid>
  );
}
