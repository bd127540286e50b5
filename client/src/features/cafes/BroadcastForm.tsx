import { CAFE_LIMITS } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useBroadcast } from './useBroadcast';

/** The facilitator's message to every table, shown to all as an alert. */
export function BroadcastForm({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const broadcast = useBroadcast(cafeId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return;
    broadcast.mutate(text.trim(), { onSuccess: () => setText('') });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h4" id={headingId}>
        {t('cafes.broadcast.formHeading')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Textarea
            label={t('cafes.broadcast.text')}
            value={text}
            maxLength={CAFE_LIMITS.maxBroadcastLength}
            autosize
            minRows={1}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" variant="default" loading={broadcast.isPending} disabled={!text.trim()}>
              {t('cafes.broadcast.send')}
            </Button>
          </Group>
          <div role="status">{broadcast.isSuccess && !text && t('cafes.broadcast.sent')}</div>
          {broadcast.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, broadcast.error)}
            </Alert>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
