import type { MeetingSummary } from '@leernetwerk/shared';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeetingStateBadge } from './MeetingStateBadge';
import { MeetingWhen } from './MeetingWhen';

/** Meetings as cards, each named by its title, which links to the meeting. */
export function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <Text>{t('meetings.empty')}</Text>;
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Card withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={3} size="h4">
                <Anchor component={Link} to={`/bijeenkomsten/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
              </Title>
              <MeetingStateBadge state={meeting.state} />
            </Group>
            <MeetingWhen
              startsAt={meeting.startsAt}
              durationMinutes={meeting.durationMinutes}
              facilitatorName={meeting.facilitator.name}
            />
            <Group gap="sm" mt="xs">
              <Text size="sm">{t('meetings.presentCount', { count: meeting.attendeeCount })}</Text>
              {meeting.checkedIn && (
                <Badge variant="light" color="green.9">
                  {t('meetings.youAreCheckedIn')}
                </Badge>
              )}
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
