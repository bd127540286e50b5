import type { PostStatus } from '@leernetwerk/shared';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { canFacilitate } from '../statements/canFacilitate';
import type { IntervisionTarget } from './target';
import { useModerateItem } from './useModerateItem';

interface ModerateButtonProps {
  target: IntervisionTarget;
  status: PostStatus;
}

/** For facilitators only: hide a thread or reply, or publish it again. */
export function ModerateButton({ target, status }: ModerateButtonProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const moderate = useModerateItem();
  if (!canFacilitate(user)) return null;
  const action = status === 'published' ? 'hide' : 'publish';
  return (
    <>
      <Button
        variant="subtle"
        color="gray.8"
        size="compact-sm"
        loading={moderate.isPending}
        onClick={() => moderate.mutate({ target, action })}
      >
        {t(`intervision.moderation.${action}`)}
      </Button>
      {moderate.isError && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(t, moderate.error)}
        </Text>
      )}
    </>
  );
}
