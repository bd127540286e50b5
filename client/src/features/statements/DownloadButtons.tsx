import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { conversationsApi } from './conversationsApi';
import { useDownload } from './useDownload';

interface DownloadButtonsProps {
  conversationId: string;
  canExportCsv: boolean;
}

export function DownloadButtons({ conversationId, canExportCsv }: DownloadButtonsProps) {
  const { t } = useTranslation();
  const csv = useDownload(() => conversationsApi.exportCsv(conversationId), `stellingen-${conversationId}.csv`);
  const summary = useDownload(
    () => conversationsApi.summaryMarkdown(conversationId),
    `stellingen-${conversationId}-samenvatting.md`,
  );
  const failed = csv.error ?? summary.error;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {canExportCsv && (
          <Button variant="default" loading={csv.isPending} onClick={() => csv.mutate()}>
            {t('statements.results.downloadCsv')}
          </Button>
        )}
        <Button variant="default" loading={summary.isPending} onClick={() => summary.mutate()}>
          {t('statements.results.downloadSummary')}
        </Button>
      </Group>
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(t, failed)}
        </Alert>
      )}
    </Stack>
  );
}
