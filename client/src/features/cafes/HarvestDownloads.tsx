import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useDownload } from '../statements/useDownload';
import { cafesApi } from './cafesApi';

/** The harvest as Markdown and as PDF, fetched with the access token. */
export function HarvestDownloads({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  const markdown = useDownload(() => cafesApi.exportMarkdown(cafeId), `wereldcafe-${cafeId}-oogst.md`);
  const pdf = useDownload(() => cafesApi.exportPdf(cafeId), `wereldcafe-${cafeId}-oogst.pdf`);
  const failed = markdown.error ?? pdf.error;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" loading={markdown.isPending} onClick={() => markdown.mutate()}>
          {t('cafes.harvest.downloadMarkdown')}
        </Button>
        <Button variant="default" loading={pdf.isPending} onClick={() => pdf.mutate()}>
          {t('cafes.harvest.downloadPdf')}
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
