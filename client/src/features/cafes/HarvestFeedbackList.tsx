import type { HarvestFeedback } from '@leernetwerk/shared';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What participants said about the harvest, for the facilitator. */
export function HarvestFeedbackList({ feedback }: { feedback: HarvestFeedback[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {t('cafes.harvest.feedbackHeading', { count: feedback.length })}
      </Title>
      {feedback.length === 0 ? (
        <Text size="sm">{t('cafes.harvest.noFeedback')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {feedback.map((item) => (
            <li key={item.userId}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {item.name}
                </Text>
                <Badge size="sm" variant="outline" color={item.verdict === 'approve' ? 'green.9' : 'orange.9'}>
                  {t(item.verdict === 'approve' ? 'cafes.harvest.approved' : 'cafes.harvest.commented')}
                </Badge>
              </Group>
              {item.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.comment}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
