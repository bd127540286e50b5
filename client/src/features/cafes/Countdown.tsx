import type { CafeTimer } from '@leernetwerk/shared';
import { Badge, Group, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockPhase, clockSound, useClockChime, useClockSound } from './useClockChime';
import { formatRemaining, useCountdown } from './useCountdown';

const MINUTE_MS = 60_000;

interface CountdownProps {
  timer: CafeTimer;
  clockOffsetMs: number;
  size?: 'md' | 'lg';
}

/**
 * The round's clock as mm:ss. Screen readers hear it only at each whole minute, when it stops and
 * when time is up: the spoken text changes only then, so the polite live region stays quiet in between.
 */
export function Countdown({ timer, clockOffsetMs, size = 'lg' }: CountdownProps) {
  const { t } = useTranslation();
  const remaining = useCountdown(timer, clockOffsetMs);
  const soundOn = useClockSound();
  const phase = clockPhase(remaining);
  useClockChime(timer.status === 'running' ? phase : null);
  if (remaining === null) return <Text c="dimmed">{t('cafes.clock.notSet')}</Text>;
  const spoken =
    timer.status === 'paused'
      ? t('cafes.clock.pausedNotice')
      : remaining === 0
        ? t('cafes.clock.timeUp')
        : t('cafes.clock.minutesLeft', { count: Math.ceil(remaining / MINUTE_MS) });
  return (
    <Group gap="sm" align="center">
      <Text size="sm" fw={600}>
        {t('cafes.clock.label')}
      </Text>
      <Text
        role="timer"
        aria-label={t('cafes.clock.label')}
        fz={size === 'lg' ? 40 : 28}
        fw={700}
        ff="monospace"
        lh={1}
        c={remaining === 0 ? 'red.9' : undefined}
      >
        {formatRemaining(remaining)}
      </Text>
      {phase === 'up' && (
        <Badge color="red.9" variant="filled">
          {t('cafes.clock.timeUpBadge')}
        </Badge>
      )}
      {phase === 'lastMinute' && timer.status === 'running' && (
        <Badge color="orange.9" variant="filled">
          {t('cafes.clock.lastMinute')}
        </Badge>
      )}
      <Switch
        size="xs"
        checked={soundOn}
        onChange={(event) => clockSound.set(event.currentTarget.checked)}
        label={t('cafes.clock.sound')}
      />
      {timer.status === 'paused' && (
        <Badge color="orange.9" variant="filled">
          {t('cafes.clock.paused')}
        </Badge>
      )}
      <VisuallyHidden aria-live="polite">{spoken}</VisuallyHidden>
    </Group>
  );
}
