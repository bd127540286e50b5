import type { Conversation } from '@leernetwerk/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../../lib/api/ApiError';
import { errorCodeMessage } from '../../lib/api/errorMessage';

interface ConversationNoticesProps {
  conversation: Conversation;
  joinError: ClientErrorCode | null;
}

/** Closed, second round ("after"), or live updates not working. */
export function ConversationNotices({ conversation, joinError }: ConversationNoticesProps) {
  const { t } = useTranslation();
  return (
    <>
      {conversation.status === 'closed' ? (
        <Alert color="gray" variant="light" title={t('statements.closedTitle')}>
          {t('statements.closed')}
        </Alert>
      ) : (
        conversation.votingPhase === 'after' && (
          <Alert color="blue" variant="light" title={t('statements.phaseAfterTitle')}>
            {t('statements.phaseAfter')}
          </Alert>
        )
      )}
      {joinError && (
        <Alert color="orange" variant="light" role="alert">
          {t('statements.joinError', { message: errorCodeMessage(t, joinError) })}
        </Alert>
      )}
    </>
  );
}
