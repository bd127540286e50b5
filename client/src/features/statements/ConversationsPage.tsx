import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canFacilitate } from './canFacilitate';
import { ConversationList } from './ConversationList';
import { NewConversationForm } from './NewConversationForm';
import { useConversations } from './useConversations';

/** `/stellingen`: every conversation, and for facilitators a form to start one. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const conversations = useConversations();
  useDocumentTitle(t('statements.title'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('statements.title')}</Title>
        <Text>{t('statements.intro')}</Text>
      </Stack>
      <Stack component="section" aria-labelledby="conversations-heading" gap="sm">
        <Title order={2} id="conversations-heading">
          {t('statements.listHeading')}
        </Title>
        {conversations.isPending ? (
          <Skeleton height={120} />
        ) : conversations.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(t, conversations.error)}
          </Alert>
        ) : (
          <ConversationList conversations={conversations.data} />
        )}
      </Stack>
      {canFacilitate(user) && <NewConversationForm />}
    </Stack>
  );
}
