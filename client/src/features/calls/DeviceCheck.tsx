import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicePreview } from './DevicePreview';

/**
 * Before the café starts: see yourself, watch the microphone bar move, choose devices. Camera and
 * microphone only start when the person asks for the test, and stop with it.
 */
export function DeviceCheck() {
  const { t } = useTranslation();
  const headingId = useId();
  const [testing, setTesting] = useState(false);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('calls.check.heading')}
        </Title>
        <Text size="sm">{t('calls.check.intro')}</Text>
        <div>
          <Button variant={testing ? 'default' : 'filled'} onClick={() => setTesting((on) => !on)}>
            {testing ? t('calls.check.stop') : t('calls.check.start')}
          </Button>
        </div>
        {testing && <DevicePreview />}
      </Stack>
    </Card>
  );
}
