import type { ThreadSummary } from '@leernetwerk/shared';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The labels of a thread: compass pillar, tags, and the ambassador marks. */
export function ThreadMeta({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {thread.answeredByAmbassador && (
        <Badge tt="none" size="sm" color="green.9" variant="filled">
          ✓ {t('intervision.meta.answered')}
        </Badge>
      )}
      {thread.askAmbassadors && !thread.answeredByAmbassador && (
        <Badge tt="none" size="sm" color="grape.9" variant="light">
          {t('intervision.meta.askedAmbassador')}
        </Badge>
      )}
      {thread.status === 'hidden' && (
        <Badge tt="none" size="sm" color="gray.8" variant="outline">
          {t('intervision.meta.hidden')}
        </Badge>
      )}
      {thread.pillar && (
        <Text size="sm" c="dimmed">
          {t('intervision.meta.pillar', { pillar: t(`intervision.pillars.${thread.pillar}`) })}
        </Text>
      )}
      {thread.tags.map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray.8" tt="none">
          #{tag}
        </Badge>
      ))}
    </Group>
  );
}
