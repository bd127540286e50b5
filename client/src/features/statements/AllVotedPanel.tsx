import { Alert, Button, Group, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface AllVotedPanelProps {
  ref?: Ref<HTMLDivElement>;
  onShowResults: () => void;
  onReview: () => void;
}

export function AllVotedPanel({ ref, onShowResults, onReview }: AllVotedPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert ref={ref} tabIndex={-1} color="green" variant="light" title={t('statements.vote.allDone')} role="status">
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
