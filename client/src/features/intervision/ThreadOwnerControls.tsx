import type { Thread } from '@leernetwerk/shared';
import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { DeleteOwnButton } from '../ownership/DeleteOwnButton';
import { HistoryButton } from '../ownership/HistoryButton';
import { RemovePersonalDataButton } from '../ownership/RemovePersonalDataButton';
import { intervisionKeys } from './intervisionApi';
import type { useOwnThread } from './useOwnItem';

interface ThreadOwnerControlsProps {
  thread: Thread;
  own: ReturnType<typeof useOwnThread>;
  editing: boolean;
  onEdit: () => void;
}

/** Edit and delete for the writer of the opening post; personal data removal and history for those allowed. */
export function ThreadOwnerControls({ thread, own, editing, onEdit }: ThreadOwnerControlsProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const item = { kind: 'thread', id: thread.id } as const;
  const mine = thread.author.id === user.id && thread.deletedAt === null;
  return (
    <Group gap="xs">
      {mine && !editing && (
        <Button variant="subtle" color="gray.8" size="compact-sm" onClick={onEdit}>
          {t('ownership.edit')}
        </Button>
      )}
      {mine && (
        <DeleteOwnButton onDelete={() => own.remove.mutate()} pending={own.remove.isPending} error={own.remove.error} />
      )}
      <RemovePersonalDataButton
        item={item}
        text={thread.body}
        onDone={() => void queryClient.invalidateQueries({ queryKey: intervisionKeys.thread(thread.id) })}
      />
      <HistoryButton item={item} />
    </Group>
  );
}
