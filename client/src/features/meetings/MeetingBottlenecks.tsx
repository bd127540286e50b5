import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../bottlenecks/StatusBadge';
import { QueryState } from '../intervision/QueryState';
import { useMeetingBottlenecks } from './useMeetingBottlenecks';

/** Bottlenecks reported from this meeting, and a way to report one more. */
export function MeetingBottlenecks({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const bottlenecks = useMeetingBottlenecks(meetingId);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.bottlenecks.heading')}
      </Title>
      <QueryState query={bottlenecks}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('meetings.bottlenecks.none')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.map((bottleneck) => (
                <li key={bottleneck.id}>
                  <Group gap="sm">
                    <Anchor component={Link} to={`/knelpunten/${bottleneck.id}`}>
                      {bottleneck.title}
                    </Anchor>
                    <StatusBadge status={bottleneck.status} />
                  </Group>
                </li>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <Group>
        <Button component={Link} to={`/knelpunten/nieuw?meetingId=${meetingId}`} variant="default">
          {t('meetings.bottlenecks.report')}
        </Button>
      </Group>
    </Stack>
  );
}
