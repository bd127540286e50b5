import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canFacilitate } from '../statements/canFacilitate';
import { CafeList } from './CafeList';
import { NewCafeForm } from './NewCafeForm';
import { useCafes } from './useCafes';

/** `/wereldcafe`: every café, and for facilitators a form to set one up. */
export function CafesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const cafes = useCafes();
  useDocumentTitle(t('cafes.title'));
  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('cafes.title')}</Title>
        <Text>{t('cafes.intro')}</Text>
      </Stack>
      <Stack component="section" aria-labelledby="cafes-heading" gap="sm">
        <Title order={2} id="cafes-heading">
          {t('cafes.listHeading')}
        </Title>
        {cafes.isPending ? (
          <Skeleton height={120} />
        ) : cafes.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(t, cafes.error)}
          </Alert>
        ) : (
          <CafeList cafes={cafes.data} />
        )}
      </Stack>
      {canFacilitate(user) && <NewCafeForm />}
    </Stack>
  );
}
