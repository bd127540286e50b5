import { Progress, Stack, Text } from '@mantine/core';
import { useTrackVolume } from '@livekit/components-react';
import type { LocalAudioTrack } from 'livekit-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A bar that moves with your voice, so you know the microphone hears you. */
export function MicLevel({ track }: { track: LocalAudioTrack | undefined }) {
  const { t } = useTranslation();
  const labelId = useId();
  const volume = useTrackVolume(track);
  // Speech sits low on the analyser's scale; stretch it so talking fills most of the bar.
  const percent = Math.min(100, Math.round(Math.sqrt(volume) * 140));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={labelId}>
        {t('calls.check.level')}
      </Text>
      <Progress.Root
        size="lg"
        transitionDuration={80}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('calls.check.levelValue', { percent })}
      >
        <Progress.Section value={percent} color={percent > 8 ? 'green.8' : 'gray.6'} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
