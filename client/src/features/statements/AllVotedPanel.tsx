import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AllVotedPanelProps {
  onShowResults: () => void;
  onReview: () => void;
}

export function AllVotedPanel({ onShowResults, onReview }: AllVotedPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" title={t('statements.vote.allDone')} role="status">
      <Text mb="sm">{t('statements.vote.allDoneText')}</Text>
      <Group>
        <Button onClick={onShowResults}>{t('statements.vote.toResults')}</Button>
        <Button variant="default" onClick={onReview}>
          {t('statements.vote.review')}
        </Button>
      </Group>
    </Alert>
  );
}
