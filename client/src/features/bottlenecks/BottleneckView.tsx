import type { Bottleneck } from '@leernetwerk/shared';
import { Alert, Anchor, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AffectedOrganisations } from './AffectedOrganisations';
import { BottleneckFacts } from './BottleneckFacts';
import { BottleneckSourceView } from './BottleneckSourceView';
import { BottleneckTextControls } from './BottleneckTextControls';
import { BottleneckTimeline } from './BottleneckTimeline';
import { DeletedBottleneck } from './DeletedBottleneck';
import { formatDate } from './formatDate';
import { LinkedActions } from './LinkedActions';
import { MergeForm } from './MergeForm';
import { StatusBadge } from './StatusBadge';
import { StatusChangeForm } from './StatusChangeForm';
import { SupportPanel } from './SupportPanel';

interface BottleneckViewProps {
  bottleneck: Bottleneck;
  canCoordinate: boolean;
  /** After the reporter deleted it: the page leaves for the register. */
  onDeleted?: (title: string) => void;
}

/** One bottleneck: what it is, where it came from, who has it, what is done, and its public timeline. */
export function BottleneckView({ bottleneck, canCoordinate, onDeleted }: BottleneckViewProps) {
  const { t, i18n } = useTranslation();
  const merged = bottleneck.mergedInto !== null;
  if (bottleneck.deletedAt) return <DeletedBottleneck bottleneck={bottleneck} />;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>{bottleneck.deletedAt ? t('ownership.deletedByWriter') : bottleneck.title}</Title>
          <StatusBadge status={bottleneck.status} />
        </Group>
        <Text c="dimmed" size="sm">
          {t('bottlenecks.detail.reportedBy', {
            name: bottleneck.reporterName,
            date: formatDate(bottleneck.createdAt, i18n.language),
          })}
        </Text>
        <BottleneckTextControls bottleneck={bottleneck} onDeleted={onDeleted} />
        {bottleneck.following && <Text size="sm">{t('bottlenecks.detail.following')}</Text>}
      </Stack>
      {bottleneck.mergedInto && (
        <Alert color="blue" role="status">
          <Stack gap={4}>
            <Text>{t('bottlenecks.detail.mergedInto')}</Text>
            <Anchor component={Link} to={`/knelpunten/${bottleneck.mergedInto}`}>
              {t('bottlenecks.detail.mergedIntoLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <BottleneckFacts bottleneck={bottleneck} />
      <Stack gap="xs" component="section" aria-labelledby="bottleneck-description-heading">
        <Title order={2} size="h4" id="bottleneck-description-heading">
          {t('bottlenecks.detail.description')}
        </Title>
        <Text maw={760} style={{ whiteSpace: 'pre-wrap' }}>
          {bottleneck.description}
        </Text>
      </Stack>
      <BottleneckSourceView view={bottleneck.source} />
      <AffectedOrganisations organisations={bottleneck.organisations} />
      {!merged && <SupportPanel bottleneck={bottleneck} />}
      <LinkedActions actions={bottleneck.actions} />
      <BottleneckTimeline timeline={bottleneck.timeline} />
      {canCoordinate && !merged && (
        <>
          <Divider />
          <StatusChangeForm bottleneck={bottleneck} />
          <MergeForm bottleneck={bottleneck} />
        </>
      )}
    </Stack>
  );
}
