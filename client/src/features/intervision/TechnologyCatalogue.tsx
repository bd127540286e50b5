import { Alert, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useTechnologies } from '../../lib/api/useTechnologies';
import { filterTechnologies } from './filterTechnologies';
import { useThreadCounts } from './queries';
import { TechnologyCards } from './TechnologyCards';

/** The technologies of the network as cards, with a filter on name, kind and description. */
export function TechnologyCatalogue() {
  const { t } = useTranslation();
  const headingId = useId();
  const technologies = useTechnologies();
  const [filter, setFilter] = useState('');
  const threadCounts = useThreadCounts();
  const counts = useMemo(
    () => (threadCounts.data ? new Map(Object.entries(threadCounts.data)) : undefined),
    [threadCounts.data],
  );
  const kindName = (kind: string) => t(`intervision.technologyKinds.${kind as 'app'}`);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.catalogue.heading')}
      </Title>
      <TextInput
        label={t('intervision.catalogue.filter')}
        description={t('intervision.catalogue.filterHint')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={400}
      />
      {technologies.isPending ? (
        <Skeleton height={140} />
      ) : technologies.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(t, technologies.error)}
        </Alert>
      ) : (
        (() => {
          const shown = filterTechnologies(technologies.data, filter, kindName);
          return shown.length === 0 ? (
            <Text>{t('intervision.catalogue.empty')}</Text>
          ) : (
            <TechnologyCards technologies={shown} counts={counts} />
          );
        })()
      )}
    </Stack>
  );
}
