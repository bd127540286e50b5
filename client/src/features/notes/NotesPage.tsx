import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SharedDocument } from '../collab/SharedDocument';

/** The shared notes of the user's own organisation, written together in real time. */
export function NotesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const introId = useId();
  useDocumentTitle(t('notes.title'));
  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('notes.title')}</Title>
        <Text id={introId}>{t('notes.intro')}</Text>
      </Stack>
      <SharedDocument docId={`org:${user.organisationId}:notes`} label={t('notes.editorLabel')} describedBy={introId} />
    </Stack>
  );
}
