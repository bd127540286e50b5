import { Alert, Button, Collapse, Group, Stack, Switch } from '@mantine/core';
import { useAudioPlayback, useLocalParticipant, useLocalParticipantPermissions } from '@livekit/components-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallDevices } from './CallDevices';
import { callPreferences, useCallPreferences } from './callPreferences';
import { ToggleButton } from './ToggleButton';

/** Microphone, camera, audio only and the devices; the camera is off until the person turns it on. */
export function CallControls() {
  const { t } = useTranslation();
  const devicesId = useId();
  const { localParticipant, isMicrophoneEnabled, isCameraEnabled, lastMicrophoneError, lastCameraError } =
    useLocalParticipant();
  const canPublish = useLocalParticipantPermissions()?.canPublish ?? false;
  const { canPlayAudio, startAudio } = useAudioPlayback();
  const { audioOnly } = useCallPreferences();
  const [showDevices, setShowDevices] = useState(false);
  const [failedToggle, setFailedToggle] = useState<'mic' | 'camera' | null>(null);
  // Also a microphone refused when joining (see useCall).
  const problem = failedToggle ?? (lastMicrophoneError ? 'mic' : lastCameraError ? 'camera' : null);

  const toggleMic = () => {
    const next = !isMicrophoneEnabled;
    callPreferences.update({ micOn: next });
    localParticipant.setMicrophoneEnabled(next).then(
      () => setFailedToggle(null),
      () => setFailedToggle('mic'),
    );
  };
  const toggleCamera = () => {
    const next = !isCameraEnabled;
    callPreferences.update({ cameraOn: next });
    localParticipant.setCameraEnabled(next).then(
      () => setFailedToggle(null),
      () => setFailedToggle('camera'),
    );
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" role="group" aria-label={t('calls.controls.label')}>
        <ToggleButton
          label={t('calls.controls.mic')}
          on={canPublish && isMicrophoneEnabled}
          disabled={!canPublish}
          onToggle={toggleMic}
        />
        <ToggleButton
          label={t('calls.controls.camera')}
          on={canPublish && isCameraEnabled}
          disabled={!canPublish || audioOnly}
          onToggle={toggleCamera}
        />
        <Button
          variant="subtle"
          aria-expanded={showDevices}
          aria-controls={devicesId}
          onClick={() => setShowDevices((shown) => !shown)}
        >
          {t('calls.controls.devices')}
        </Button>
        {!canPlayAudio && (
          <Button color="orange.9" onClick={() => void startAudio()} title={t('calls.controls.startAudioHint')}>
            {t('calls.controls.startAudio')}
          </Button>
        )}
      </Group>
      <Switch
        checked={audioOnly}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          // Audio only turns the camera off (useAudioOnly); it stays off at the next table too.
          callPreferences.update(on ? { audioOnly: true, cameraOn: false } : { audioOnly: false });
        }}
        label={t('calls.controls.audioOnly')}
        description={t('calls.controls.audioOnlyHint')}
      />
      <Collapse in={showDevices} id={devicesId}>
        {showDevices && <CallDevices />}
      </Collapse>
      {problem && (
        <Alert color="orange" variant="light" role="status" p="xs">
          {t(`calls.problems.${problem}`)}
        </Alert>
      )}
    </Stack>
  );
}
