import type { BottleneckFilter } from '@leernetwerk/shared';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useDownload } from '../statements/useDownload';
import { bottlenecksApi } from './bottlenecksApi';

/** Every filtered bottleneck as CSV, fetched with the access token like the other downloads. */
export function ExportCsvButton({ filter }: { filter: BottleneckFilter }) {
  const { t } = useTranslation();
  const download = useDownload(() => bottlenecksApi.exportCsv(filter), 'knelpunten.csv');
  return (
    <Stack gap="xs">
      <Button variant="default" loading={download.isPending} onClick={() => download.mutate()}>
        {t('bottlenecks.dashboard.export')}
      </Button>
      {download.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, download.error)}
        </Alert>
      )}
    </Stack>
  );
}
