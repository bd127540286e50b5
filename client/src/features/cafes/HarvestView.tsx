import type { Cafe } from '@leernetwerk/shared';
import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CafeCall } from './CafeCall';
import { HarvestDocument } from './HarvestDocument';
import { HarvestDownloads } from './HarvestDownloads';
import { HarvestFeedbackForm } from './HarvestFeedbackForm';
import { HarvestSteps } from './HarvestSteps';
import { HarvestTablecloths } from './HarvestTablecloths';

interface HarvestViewProps {
  cafe: Cafe;
  meId: string;
  facilitator: boolean;
}

/** The plenary harvest: the shared findings, every tablecloth, the review and the downloads. */
export function HarvestView({ cafe, meId, facilitator }: HarvestViewProps) {
  const { t } = useTranslation();
  const { status } = cafe.harvest;
  const isParticipant = cafe.participants.some((person) => person.id === meId);
  return (
    <Stack gap="xl">
      <Card withBorder padding="lg" radius="md">
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2}>{t('cafes.harvest.heading')}</Title>
            <Badge variant="outline" color={status === 'published' ? 'green.9' : 'gray.8'}>
              {t(`cafes.harvest.status.${status}`)}
            </Badge>
          </Group>
          {facilitator && <HarvestSteps cafe={cafe} />}
          {(facilitator || status !== 'draft') && <HarvestDownloads cafeId={cafe.id} />}
        </Stack>
      </Card>
      {!facilitator && <CafeCall cafe={cafe} meId={meId} />}
      {!facilitator && isParticipant && status === 'review' && <HarvestFeedbackForm cafe={cafe} meId={meId} />}
      <HarvestDocument cafe={cafe} facilitator={facilitator} />
      <HarvestTablecloths cafe={cafe} />
    </Stack>
  );
}
