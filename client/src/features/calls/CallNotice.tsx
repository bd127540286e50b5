import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/ApiError';

export type CallContext = 'cafe' | 'meeting';

interface CallNoticeProps {
  context: CallContext;
  /** Why there is no call: a refused ticket, or null when the connection itself failed. */
  error: unknown;
  onRetry: () => void;
}

/** A calm word that the call does not work now and the rest goes on in text; asking again is one click. */
export function CallNotice({ context, error, onRetry }: CallNoticeProps) {
  const { t } = useTranslation();
  const noServer = isApiError(error) && error.code === 'MEDIA_UNAVAILABLE';
  return (
    <Alert color="blue" variant="light" title={t('calls.unavailable.title')} role="status">
      <Stack gap="xs" align="flex-start">
        {!noServer && <Text size="sm">{t('calls.unavailable.failed')}</Text>}
        <Text size="sm">{t(`calls.unavailable.${context}`)}</Text>
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('calls.unavailable.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
