import type { Bottleneck } from '@leernetwerk/shared';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BottleneckTextControls } from './BottleneckTextControls';

/**
 * A report its reporter deleted: the page says so (also when it happens while it is open) and
 * points back to the register. Coordinators keep its history.
 */
export function DeletedBottleneck({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('ownership.deletedByWriter')}</Title>
      <Alert color="blue" role="status">
        <Stack gap={4}>
          <Text>{t('bottlenecks.ownership.deleted')}</Text>
          {/* Darker than the default link blue: enough contrast on the alert's tint. */}
          <Anchor component={Link} to="/knelpunten" c="blue.9">
            {t('bottlenecks.back')}
          </Anchor>
        </Stack>
      </Alert>
      <BottleneckTextControls bottleneck={bottleneck} />
    </Stack>
  );
}
