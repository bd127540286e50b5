import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConversationResults } from '../statements/useConversationResults';

/** How many agreed with a table's statement before and after the talk. */
export function TableVotesSummary({ conversationId, statementId }: { conversationId: string; statementId: string }) {
  const { t } = useTranslation();
  const results = useConversationResults(conversationId);
  const shift = results.data?.shift.find((item) => item.statementId === statementId);
  if (!shift) return null;
  return (
    <Text size="sm">
      {t('cafes.harvest.votesBefore', { agree: shift.before.agree, total: shift.before.total })}
      <br />
      {t('cafes.harvest.votesAfter', { agree: shift.after.agree, total: shift.after.total })}
    </Text>
  );
}
