import type { AffectedOrganisation } from '@leernetwerk/shared';
import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Every organisation that has this bottleneck: the reporters' first, each with who said so and a note. */
export function AffectedOrganisations({ organisations }: { organisations: AffectedOrganisation[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-organisations-heading">
      <Title order={2} size="h4" id="bottleneck-organisations-heading">
        {t('bottlenecks.organisations.heading', { count: organisations.length })}
      </Title>
      {organisations.length === 0 ? (
        <Text c="dimmed">{t('bottlenecks.organisations.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0}>
          {organisations.map((organisation) => (
            <List.Item key={organisation.organisationId}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{organisation.organisationName}</Text>
                  <Badge variant="light" color={organisation.reported ? 'blue.9' : 'teal.9'} tt="none">
                    {organisation.reported
                      ? t('bottlenecks.organisations.reported')
                      : t('bottlenecks.organisations.supported')}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('bottlenecks.organisations.by', { name: organisation.userName })}
                  </Text>
                </Group>
                {organisation.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {organisation.note}
                  </Text>
                )}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
