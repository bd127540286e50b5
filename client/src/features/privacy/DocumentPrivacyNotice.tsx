import { privacySeverity, type PrivacyFinding } from '@leernetwerk/shared';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { excerptsList, kindsList } from './describeFindings';

interface DocumentPrivacyNoticeProps {
  findings: PrivacyFinding[];
}

/**
 * The live warning under a shared document. The polite live region is always there, so screen
 * readers hear the warning when it appears without being interrupted while typing.
 */
export function DocumentPrivacyNotice({ findings }: DocumentPrivacyNoticeProps) {
  const { t, i18n } = useTranslation();
  const blocking = findings.filter((finding) => privacySeverity(finding.kind) === 'block');
  const confirmable = findings.filter((finding) => privacySeverity(finding.kind) === 'confirm');
  const describe = (some: PrivacyFinding[]) => ({
    kinds: kindsList(t, i18n.language, some),
    excerpts: excerptsList(i18n.language, some),
  });
  return (
    <div aria-live="polite" data-testid="document-privacy-notice">
      {findings.length > 0 && (
        <Alert
          color="orange.9"
          variant="light"
          mt="xs"
          title={t('personalData.document.heading')}
          styles={{ title: { color: 'var(--mantine-color-black)' } }}
        >
          {blocking.length > 0 && <Text size="sm">{t('personalData.document.block', describe(blocking))}</Text>}
          {confirmable.length > 0 && <Text size="sm">{t('personalData.document.confirm', describe(confirmable))}</Text>}
        </Alert>
      )}
    </div>
  );
}
