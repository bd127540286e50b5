import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { cafesApi } from './cafesApi';

/** Leaving for good: out of this round's table and not seated again; asks first. */
export function LeaveCafe({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const leave = useMutation({
    mutationFn: () => cafesApi.leave(cafeId),
    onSuccess: () => void navigate('/wereldcafe'),
  });

  if (!asking) {
    return (
      <Group>
        <Button variant="subtle" color="red.9" onClick={() => setAsking(true)}>
          {t('cafes.leave.button')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs" maw={560} role="group" aria-label={t('cafes.leave.button')}>
      <Text>{t('cafes.leave.confirm')}</Text>
      <Group gap="sm">
        <Button color="red.9" loading={leave.isPending} onClick={() => leave.mutate()}>
          {t('cafes.leave.yes')}
        </Button>
        <Button variant="default" onClick={() => setAsking(false)}>
          {t('cafes.leave.no')}
        </Button>
      </Group>
      {leave.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, leave.error)}
        </Alert>
      )}
    </Stack>
  );
}
