import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { DeleteAccountSection } from './DeleteAccountSection';
import { EditNameForm } from './EditNameForm';
import { ExportSection } from './ExportSection';
import { ProfileDetails } from './ProfileDetails';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('profile.title'));
  return (
    <Stack gap="xl" maw={720}>
      <Title order={1}>{t('profile.title')}</Title>
      <ProfileDetails user={user} />
      <EditNameForm currentName={user.name} />
      <Stack gap="md" component="section" aria-labelledby="privacy-heading">
        <Title order={2} id="privacy-heading">
          {t('privacy.heading')}
        </Title>
        <ExportSection />
        <DeleteAccountSection />
      </Stack>
    </Stack>
  );
}
