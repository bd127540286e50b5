import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import type { IntervisionTarget } from './target';
import { useReportItem } from './useReportItem';

/** "Melden" with a confirmation that says what happens next. */
export function ReportItemButton({ threadId, target }: { threadId: string; target: IntervisionTarget }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const report = useReportItem(threadId);
  const label = t(target.kind === 'thread' ? 'intervision.report.threadLabel' : 'intervision.report.postLabel');

  if (report.isSuccess) {
    return (
      <Text size="sm" role="status" c="dimmed">
        {t('intervision.report.done')}
      </Text>
    );
  }
  return (
    <>
      <Button variant="subtle" color="gray.8" size="compact-sm" onClick={open} aria-label={label}>
        {t('intervision.report.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={label}
        closeButtonProps={{ 'aria-label': t('intervision.report.close') }}
      >
        <Stack gap="sm">
          <Text>{t('intervision.report.text')}</Text>
          {report.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, report.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('intervision.report.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={report.isPending}
              onClick={() => report.mutate(target, { onSuccess: close })}
            >
              {t('intervision.report.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
