import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaDevices, usePreviewTracks } from '@livekit/components-react';
import { LocalAudioTrack, LocalVideoTrack, supportsAudioOutputSelection } from 'livekit-client';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callPreferences, useCallPreferences, type DeviceKind } from './callPreferences';
import { DeviceSelect } from './DeviceSelect';
import { MicLevel } from './MicLevel';
import { SelfView } from './SelfView';

function ChosenDevice({ kind }: { kind: DeviceKind }) {
  const devices = useMediaDevices({ kind });
  const { devices: chosen } = useCallPreferences();
  return (
    <DeviceSelect
      kind={kind}
      devices={devices}
      value={chosen[kind]}
      onChange={(deviceId) => callPreferences.setDevice(kind, deviceId)}
    />
  );
}

/** The own camera and microphone, live, with the devices to choose; the choice carries into the calls. */
export function DevicePreview() {
  const { t } = useTranslation();
  const { devices, audioOnly } = useCallPreferences();
  const [failed, setFailed] = useState(false);
  const onError = useCallback(() => setFailed(true), []);
  const tracks = usePreviewTracks(
    {
      audio: { deviceId: devices.audioinput || undefined },
      video: audioOnly ? false : { deviceId: devices.videoinput || undefined },
    },
    onError,
  );
  const audio = tracks?.find((track) => track instanceof LocalAudioTrack);
  const video = tracks?.find((track) => track instanceof LocalVideoTrack);
  // Device names are only given once the browser may use them: list them again when the tracks are there.
  const listKey = tracks ? 'allowed' : 'asking';

  return (
    <Stack gap="sm">
      {failed && (
        <Alert color="orange" variant="light" role="status" p="xs">
          {t('calls.check.failed')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('calls.check.preview')}
          </Text>
          <SelfView track={video} />
        </Stack>
        <Stack gap="sm" key={listKey}>
          <MicLevel track={audio} />
          <ChosenDevice kind="audioinput" />
          {!audioOnly && <ChosenDevice kind="videoinput" />}
          {supportsAudioOutputSelection() && <ChosenDevice kind="audiooutput" />}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
