import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useAccountExport } from './useAccountExport';

export function ExportSection() {
  const { t } = useTranslation();
  const exportData = useAccountExport();
  return (
    <Stack gap="xs">
      <Title order={3}>{t('privacy.exportButton')}</Title>
      <Text>{t('privacy.exportText')}</Text>
      {exportData.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, exportData.error)}
        </Alert>
      )}
      {exportData.isSuccess && (
        <Alert color="green" role="status">
          {t('privacy.exportDone')}
        </Alert>
      )}
      <Group>
        <Button variant="default" loading={exportData.isPending} onClick={() => exportData.mutate()}>
          {t('privacy.exportButton')}
        </Button>
      </Group>
    </Stack>
  );
}
