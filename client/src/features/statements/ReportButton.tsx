import { REPORT_REASON_MAX_LENGTH, type ModerationMode } from '@leernetwerk/shared';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useReport, type ReportTarget } from './useReport';

interface ReportButtonProps {
  conversationId: string;
  target: ReportTarget;
  moderation: ModerationMode;
}

/** "Melden" with a confirmation that says what happens next. */
export function ReportButton({ conversationId, target, moderation }: ReportButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const report = useReport(conversationId);
  const label = t(target.kind === 'statement' ? 'statements.report.statementLabel' : 'statements.report.replyLabel');

  if (report.isSuccess) {
    return (
      <Text size="sm" role="status" c="dimmed">
        {t('statements.report.done')}
      </Text>
    );
  }
  return (
    <>
      <Button variant="subtle" color="gray.8" size="compact-sm" onClick={open} aria-label={label}>
        {t('statements.report.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={label} closeButtonProps={{ 'aria-label': t('statements.close') }}>
        <Stack gap="sm">
          <Text>{t('statements.report.text')}</Text>
          {moderation === 'permissive' && <Text>{t('statements.report.permissiveText')}</Text>}
          <TextInput
            label={t('statements.report.reason')}
            value={reason}
            maxLength={REPORT_REASON_MAX_LENGTH}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {report.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, report.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('statements.report.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={report.isPending}
              onClick={() => report.mutate({ target, reason: reason.trim() }, { onSuccess: close })}
            >
              {t('statements.report.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
