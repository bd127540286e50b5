import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AmbassadorQuestions } from './AmbassadorQuestions';
import { MostHelpful } from './MostHelpful';
import { useThreadSearch } from './queries';
import { TechnologyCatalogue } from './TechnologyCatalogue';
import { ThreadSearchSection } from './ThreadSearchSection';

/** `/intervisie`: search, questions for ambassadors, the technologies, and what helped others most. */
export function IntervisionPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // Every published thread (an empty search): counts per technology and the front-runners.
  const allThreads = useThreadSearch({ q: '' });
  useDocumentTitle(t('intervision.title'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('intervision.title')}</Title>
        <Text maw={720}>{t('intervision.intro')}</Text>
      </Stack>
      {user.ambassadorOf.length > 0 && <AmbassadorQuestions />}
      <ThreadSearchSection />
      <TechnologyCatalogue />
      <MostHelpful query={allThreads} />
    </Stack>
  );
}
