import type { Cafe } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { cafesApi, type HarvestStep } from './cafesApi';
import { HarvestFeedbackList } from './HarvestFeedbackList';
import { useCafeChange } from './useCafeChange';

/** The facilitator takes the harvest from draft to review to published, and reads the feedback. */
export function HarvestSteps({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const step = useCafeChange(cafe.id, (next: HarvestStep) => cafesApi.harvestStep(cafe.id, next));
  const { status, feedback } = cafe.harvest;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        {status === 'draft' && cafe.state === 'harvest' && (
          <Button loading={step.isPending} onClick={() => step.mutate('review')}>
            {t('cafes.harvest.putUpForReview')}
          </Button>
        )}
        {status === 'review' && (
          <Button loading={step.isPending} onClick={() => step.mutate('publish')}>
            {t('cafes.harvest.publish')}
          </Button>
        )}
      </Group>
      {status === 'review' && <Text size="sm">{t('cafes.harvest.reviewHint')}</Text>}
      {step.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, step.error)}
        </Alert>
      )}
      {status !== 'draft' && <HarvestFeedbackList feedback={feedback} />}
    </Stack>
  );
}
