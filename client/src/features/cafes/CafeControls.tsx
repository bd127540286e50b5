import type { Cafe, CafeSeen, TimerActionRequest } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { cafesApi, type CafeStep } from './cafesApi';
import { ConfirmStepButton } from './ConfirmStepButton';
import { Countdown } from './Countdown';
import { useCafeChange } from './useCafeChange';

const EXTEND_MINUTES = 5;

interface CafeControlsProps {
  cafe: Cafe;
  clockOffsetMs: number;
}

/** The facilitator's buttons for the café's steps and the round clock; only what fits the state shows. */
export function CafeControls({ cafe, clockOffsetMs }: CafeControlsProps) {
  const { t } = useTranslation();
  // Every control says what the facilitator saw, so a double click or a second facilitator acts once.
  const seen: CafeSeen = { state: cafe.state, round: cafe.round, timer: cafe.timer };
  const step = useCafeChange(cafe.id, (next: CafeStep) => cafesApi.step(cafe.id, next, seen));
  const timer = useCafeChange(cafe.id, (action: TimerActionRequest) => cafesApi.timer(cafe.id, { ...action, seen }));
  const plenary = useCafeChange(cafe.id, (inPlenary: boolean) => cafesApi.setInPlenary(cafe.id, inPlenary));
  const busy = step.isPending || timer.isPending || plenary.isPending;
  const failed = step.error ?? timer.error ?? plenary.error;
  const stepButton = (next: CafeStep, label: string, disabled = false, variant = 'filled') => (
    <Button
      variant={variant}
      loading={step.isPending && step.variables === next}
      disabled={busy || disabled}
      onClick={() => step.mutate(next)}
    >
      {label}
    </Button>
  );
  const confirmedStep = (next: CafeStep, key: 'nextRound' | 'end' | 'close', variant = 'filled') => (
    <ConfirmStepButton
      label={t(`cafes.cockpit.${key}`)}
      question={t(`cafes.cockpit.confirm.${key}`, { round: cafe.round + 1 })}
      confirmLabel={t(`cafes.cockpit.confirm.${key}Yes`)}
      disabled={busy}
      loading={step.isPending && step.variables === next}
      variant={variant}
      onConfirm={() => step.mutate(next)}
    />
  );
  const lastRound = cafe.round >= cafe.rounds;
  const nobodyHere = cafe.present.filter((id) => id !== cafe.createdBy).length === 0;

  return (
    <Stack gap="sm">
      {cafe.state === 'running' && (
        <Group gap="lg" align="center">
          <Text fw={700}>{t('cafes.round', { round: cafe.round, rounds: cafe.rounds })}</Text>
          <Countdown timer={cafe.timer} clockOffsetMs={clockOffsetMs} size="md" />
        </Group>
      )}
      <Group gap="sm" role="group" aria-label={t('cafes.cockpit.controlsLabel')}>
        {cafe.state === 'draft' && stepButton('lobby', t('cafes.cockpit.openLobby'))}
        {cafe.state === 'lobby' && stepButton('start', t('cafes.cockpit.start'), nobodyHere)}
        {cafe.state === 'running' && (
          <>
            {!lastRound && confirmedStep('next-round', 'nextRound')}
            {cafe.timer.status === 'paused' ? (
              <Button variant="default" disabled={busy} onClick={() => timer.mutate({ action: 'resume' })}>
                {t('cafes.cockpit.resume')}
              </Button>
            ) : (
              <Button variant="default" disabled={busy} onClick={() => timer.mutate({ action: 'pause' })}>
                {t('cafes.cockpit.pause')}
              </Button>
            )}
            <Button
              variant="default"
              disabled={busy}
              onClick={() => timer.mutate({ action: 'extend', minutes: EXTEND_MINUTES })}
            >
              {t('cafes.cockpit.extend')}
            </Button>
            <Button variant="default" disabled={busy} onClick={() => plenary.mutate(!cafe.inPlenary)}>
              {cafe.inPlenary ? t('cafes.cockpit.toTables') : t('cafes.cockpit.toPlenary')}
            </Button>
            {confirmedStep('end', 'end', 'outline')}
          </>
        )}
        {cafe.state === 'harvest' && confirmedStep('close', 'close')}
      </Group>
      {cafe.state === 'draft' && <Text size="sm">{t('cafes.cockpit.draftHint')}</Text>}
      {cafe.state === 'lobby' && nobodyHere && <Text size="sm">{t('cafes.cockpit.startNeedsPeople')}</Text>}
      {cafe.state === 'running' && cafe.autoAdvance && (
        <Text size="sm">{t(lastRound ? 'cafes.cockpit.autoAdvanceLast' : 'cafes.cockpit.autoAdvance')}</Text>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(t, failed)}
        </Alert>
      )}
    </Stack>
  );
}
