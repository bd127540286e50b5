import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldFinding } from './usePrivacyFindings';

interface PrivacyWarningProps {
  findings: FieldFinding[];
  /** The server refused the text (PRIVACY_RISK), rather than the check while typing. */
  fromServer?: boolean;
}

/** Lists what looks like it identifies a client, quoting each passage, and asks to rephrase it. */
export function PrivacyWarning({ findings, fromServer = false }: PrivacyWarningProps) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <Alert
      color="orange.9"
      variant="light"
      role="alert"
      title={t('intervision.privacy.heading')}
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm" mb={4}>
        {t(fromServer ? 'intervision.privacy.server' : 'intervision.privacy.intro')}
      </Text>
      <List size="sm" spacing={2}>
        {findings.map((finding, index) => (
          <List.Item key={`${finding.path}-${finding.kind}-${index}`}>
            {t('intervision.privacy.item', {
              kind: t(`intervision.privacy.kinds.${finding.kind}`),
              excerpt: finding.excerpt,
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt={4} fw={600}>
        {t('intervision.privacy.blocked')}
      </Text>
    </Alert>
  );
}
