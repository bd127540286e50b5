import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useMyOrganisation } from '../../lib/api/useMyOrganisation';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AREAS } from '../areas/areas';
import { NotesCard } from '../notes/NotesCard';
import { AreaCard } from './AreaCard';
import { LiveNow } from './LiveNow';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('home.title'));
  const organisation = useMyOrganisation(user.organisationId);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('home.greeting', { name: user.name })}</Title>
        {organisation.isPending ? (
          <Skeleton height={20} width={240} />
        ) : (
          organisation.data && <Text size="lg">{t('home.organisation', { name: organisation.data.name })}</Text>
        )}
      </Stack>
      <LiveNow />
      <Text>{t('home.intro')}</Text>
      <section aria-labelledby="areas-heading">
        <Title order={2} size="h3" id="areas-heading" mb="sm">
          {t('home.areasHeading')}
        </Title>
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          <li>
            <NotesCard />
          </li>
          {AREAS.map(({ key, path, available }) => (
            <li key={key}>
              <AreaCard area={key} path={path} available={available} />
            </li>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
