import { broadcastRequestSchema, CAFE_LIMITS } from '@leernetwerk/shared';
import { Alert, Group, Stack, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useRefusalAtFields } from '../privacy/useRefusalAtFields';
import { useBroadcast } from './useBroadcast';

/**
 * The facilitator's message to every table, shown to all as an alert. Client data in it is refused
 * at the field and the message stays for correction; a work number can be confirmed.
 */
export function BroadcastForm({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const broadcast = useBroadcast(cafeId);
  const { formRef, errors, show, clear } = useFieldErrors();
  const message = () => t('cafes.broadcast.textRequired');
  const guard = useRefusalAtFields(broadcast.error, { show, fieldOf: () => 'text', message });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = broadcastRequestSchema.safeParse({ text, ...guard.confirmation });
    // The last "sent" goes too: an empty field's error must not sit under it.
    if (!parsed.success) {
      broadcast.reset();
      return show({ text: message() });
    }
    show({});
    broadcast.submit(parsed.data, {
      onSuccess: () => {
        setText('');
        guard.setConfirmed(false);
      },
    });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h4" id={headingId}>
        {t('cafes.broadcast.formHeading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Textarea
            name="text"
            label={t('cafes.broadcast.text')}
            value={text}
            maxLength={CAFE_LIMITS.maxBroadcastLength}
            autosize
            minRows={1}
            error={errors.text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              clear('text');
            }}
          />
          <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
          <Group>
            <SubmitButton variant="default" pending={broadcast.pending}>
              {t('cafes.broadcast.send')}
            </SubmitButton>
          </Group>
          <div role="status">{broadcast.succeeded && !text && t('cafes.broadcast.sent')}</div>
          {guard.elsewhere && (
            <Alert color="red" role="alert">
              {errorMessage(t, broadcast.error)}
            </Alert>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
