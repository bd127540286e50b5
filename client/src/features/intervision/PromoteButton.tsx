import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import type { IntervisionTarget } from './target';
import { usePromote } from './usePromote';

interface PromoteButtonProps {
  technologyId: string;
  target: IntervisionTarget;
}

/** Copies a tip, lesson or answer to the knowledge page; afterwards links there. */
export function PromoteButton({ technologyId, target }: PromoteButtonProps) {
  const { t } = useTranslation();
  const promote = usePromote();
  if (promote.isSuccess) {
    return (
      <Text size="sm" role="status">
        {t('intervision.promote.done')}{' '}
        <Anchor component={Link} to={`/intervisie/${technologyId}?tab=kennispagina`}>
          {t('intervision.promote.link')}
        </Anchor>
      </Text>
    );
  }
  return (
    <>
      <Button variant="light" size="compact-sm" loading={promote.isPending} onClick={() => promote.mutate(target)}>
        {t('intervision.promote.button')}
      </Button>
      {promote.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, promote.error)}
        </Alert>
      )}
    </>
  );
}
