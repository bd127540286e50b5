import { reportRequestSchema, REPORT_REASON_MAX_LENGTH, type ModerationMode } from '@leernetwerk/shared';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useGuardedFieldErrors } from './useGuardedFieldErrors';
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
  const { formRef, errors, clear, privacy, showInvalid, clearAll, showServerError, unplaced } = useGuardedFieldErrors(
    report.error,
    {
      reason: t('statements.report.reasonInvalid', { max: REPORT_REASON_MAX_LENGTH }),
    },
  );
  const label = t(target.kind === 'statement' ? 'statements.report.statementLabel' : 'statements.report.replyLabel');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The reporter's own Melden counts once on the server too; this only keeps a second request away.
    if (report.isPending) return;
    const trimmed = reason.trim();
    const parsed = reportRequestSchema.safeParse({ ...(trimmed ? { reason: trimmed } : {}), ...privacy.confirmation });
    if (!parsed.success) return showInvalid(parsed.error.issues);
    clearAll();
    report.mutate({ target, body: parsed.data }, { onSuccess: close, onError: showServerError });
  }

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
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text>{t('statements.report.text')}</Text>
            {moderation === 'permissive' && <Text>{t('statements.report.permissiveText')}</Text>}
            <TextInput
              name="reason"
              label={t('statements.report.reason')}
              value={reason}
              maxLength={REPORT_REASON_MAX_LENGTH}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                clear('reason');
              }}
              error={errors.reason}
              errorProps={{ role: 'alert' }}
            />
            <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
            {unplaced && (
              <Alert color="red" role="alert">
                {errorMessage(t, report.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('statements.report.cancel')}
              </Button>
              <SubmitButton pending={report.isPending} color="red.9">
                {t('statements.report.confirm')}
              </SubmitButton>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
