import { BOTTLENECK_LIMITS, type Bottleneck } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';
import { useSupportBottleneck, useWithdrawSupport } from './useBottleneckMutations';

/** "Bij ons ook" with an optional note; an organisation that only supported it may withdraw again. */
export function SupportPanel({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const support = useSupportBottleneck(bottleneck.id);
  const withdraw = useWithdrawSupport(bottleneck.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const privacy = usePersonalDataGuard(support.error);
  const openButton = useRef<HTMLButtonElement>(null);
  const mine = bottleneck.organisations.find((item) => item.organisationId === user.organisationId);
  const affected = bottleneck.affectsMyOrganisation || mine !== undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    withdraw.reset();
    support.submit(
      { note: note.trim(), ...privacy.confirmation },
      {
        onSuccess: () => {
          setOpen(false);
          setNote('');
          privacy.setConfirmed(false);
        },
      },
    );
  }

  function cancel() {
    setOpen(false);
    support.reset();
    openButton.current?.focus();
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-support-heading">
      <Title order={2} size="h4" id="bottleneck-support-heading">
        {t('bottlenecks.support.heading')}
      </Title>
      {affected ? (
        <Group gap="md">
          <Text>{t('bottlenecks.support.yours')}</Text>
          {mine && !mine.reported && (
            <Button
              variant="default"
              loading={withdraw.isPending}
              onClick={() => {
                support.reset();
                withdraw.mutate();
              }}
            >
              {t('bottlenecks.support.withdraw')}
            </Button>
          )}
        </Group>
      ) : open ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" maw={560}>
            <Textarea
              label={t('bottlenecks.support.note')}
              description={t('bottlenecks.support.noteHint')}
              value={note}
              maxLength={BOTTLENECK_LIMITS.noteMax}
              autosize
              minRows={2}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={privacy.messageFor('note')}
              errorProps={{ role: 'alert' }}
              data-autofocus
              autoFocus
            />
            <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
            <Group gap="sm">
              <SubmitButton pending={support.pending}>{t('bottlenecks.support.submit')}</SubmitButton>
              <Button variant="subtle" onClick={cancel}>
                {t('bottlenecks.support.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group>
          <Button ref={openButton} onClick={() => setOpen(true)}>
            {t('bottlenecks.support.open')}
          </Button>
        </Group>
      )}
      {/* Only the last attempt's error: a success is never followed by a red message. */}
      {(support.error ?? withdraw.error) !== null && !privacy.refusal && (
        <Alert color="red" role="alert">
          {errorMessage(t, support.error ?? withdraw.error)}
        </Alert>
      )}
    </Stack>
  );
}
