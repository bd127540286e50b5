import type { TimelineEntry } from '@leernetwerk/shared';
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from './formatDate';
import { oldestFirst } from './timeline';

function EntryText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  switch (entry.kind) {
    case 'reported':
      return <Text>{t('bottlenecks.timeline.reported', { name: entry.actorName })}</Text>;
    case 'supported':
      return <Text>{t('bottlenecks.timeline.supported', { organisation: entry.organisationName })}</Text>;
    case 'status':
      return (
        <>
          <Text>
            {t('bottlenecks.timeline.status', {
              name: entry.actorName,
              from: t(`bottlenecks.status.${entry.from}`),
              to: t(`bottlenecks.status.${entry.to}`),
            })}
          </Text>
          {entry.explanation && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.explanation}</Text>}
        </>
      );
    case 'merged':
      return (
        <>
          <Text>{t('bottlenecks.timeline.merged', { name: entry.actorName, title: entry.duplicateTitle })}</Text>
          {entry.explanation && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.explanation}</Text>}
        </>
      );
    default: {
      const unhandled: never = entry;
      return unhandled;
    }
  }
}

/** The public history: who reported, who joined, every status step with its explanation, every merge. */
export function BottleneckTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const entries = oldestFirst(timeline);
  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-timeline-heading">
      <Title order={2} size="h4" id="bottleneck-timeline-heading">
        {t('bottlenecks.timeline.heading')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">{t('bottlenecks.timeline.empty')}</Text>
      ) : (
        <List type="ordered" spacing="sm">
          {entries.map((entry, index) => (
            <List.Item key={`${entry.at}-${index}`}>
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  <time dateTime={entry.at}>{formatDate(entry.at, i18n.language)}</time>
                  {entry.mergedFrom && ` · ${t('bottlenecks.timeline.mergedFrom', { title: entry.mergedFrom })}`}
                </Text>
                <EntryText entry={entry} />
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
