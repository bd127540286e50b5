import type { TechnologyOverview } from '@leernetwerk/shared';
import { Alert, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFollowTechnology } from './useFollowTechnology';

/** Which organisations use the technology, who its ambassadors are, and following it. */
export function TechnologyOverviewSection({ overview }: { overview: TechnologyOverview }) {
  const { t } = useTranslation();
  const usedById = useId();
  const ambassadorsId = useId();
  const follow = useFollowTechnology(overview.id);
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Stack gap={4} component="section" aria-labelledby={usedById}>
          <Title order={2} size="h4" id={usedById}>
            {t('intervision.technology.usedBy')}
          </Title>
          {overview.organisations.length === 0 ? (
            <Text size="sm">{t('intervision.technology.nobody')}</Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {overview.organisations.map((organisation) => (
                <li key={organisation.id}>{organisation.name}</li>
              ))}
            </ul>
          )}
        </Stack>
        <Stack gap={4} component="section" aria-labelledby={ambassadorsId}>
          <Title order={2} size="h4" id={ambassadorsId}>
            {t('intervision.technology.ambassadors')}
          </Title>
          {overview.ambassadors.length === 0 ? (
            <Text size="sm">{t('intervision.technology.noAmbassadors')}</Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {overview.ambassadors.map((ambassador) => (
                <li key={ambassador.id}>
                  {t('intervision.meta.by', { name: ambassador.name, organisation: ambassador.organisationName })}
                </li>
              ))}
            </ul>
          )}
        </Stack>
        <Stack gap={4}>
          <Switch
            label={t('intervision.technology.follow')}
            description={t('intervision.technology.followHint')}
            checked={overview.following}
            disabled={follow.isPending}
            onChange={(event) => follow.mutate(event.currentTarget.checked)}
          />
          {follow.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, follow.error)}
            </Alert>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
