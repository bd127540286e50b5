import type { LinkedAction } from '@leernetwerk/shared';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from './formatDate';

/** Actions named in meetings to work on this bottleneck. */
export function LinkedActions({ actions }: { actions: LinkedAction[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-actions-heading">
      <Title order={2} size="h4" id="bottleneck-actions-heading">
        {t('bottlenecks.actions.heading')}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed">{t('bottlenecks.actions.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0}>
          {actions.map((action) => (
            <List.Item key={action.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge variant="light" color={action.status === 'done' ? 'green.9' : 'gray.9'} tt="none">
                    {t(`bottlenecks.actions.status.${action.status}`)}
                  </Badge>
                  <Text>{action.text}</Text>
                </Group>
                <Group gap="md">
                  <Text size="sm" c="dimmed">
                    {t('bottlenecks.actions.owner', { name: action.ownerName })}
                  </Text>
                  {action.dueDate && (
                    <Text size="sm" c="dimmed">
                      {t('bottlenecks.actions.due', { date: formatDate(action.dueDate, i18n.language) })}
                    </Text>
                  )}
                  <Anchor component={Link} to={`/bijeenkomsten/${action.meetingId}`} size="sm">
                    {t('bottlenecks.actions.meeting')}
                  </Anchor>
                </Group>
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
