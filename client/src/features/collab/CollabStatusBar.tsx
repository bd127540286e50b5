import type { CollabStatus } from '@leernetwerk/collab-client';
import type { CollabError, DocAccess, DocAccessChange } from '@leernetwerk/shared';
import { Alert, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorCodeMessage } from '../../lib/api/errorMessage';

const DOT_COLOUR: Record<CollabStatus, string> = {
  connecting: 'var(--mantine-color-gray-6)',
  synced: 'var(--mantine-color-green-8)',
  offline: 'var(--mantine-color-orange-8)',
};

type SaveState = 'saved' | 'saving' | 'notSaved' | 'readOnly' | null;

function saveStateOf(status: CollabStatus, saved: boolean, access: DocAccess | null): SaveState {
  if (access === 'read') return 'readOnly';
  if (!saved) return status === 'offline' ? 'notSaved' : 'saving';
  // "Saved" is a promise that the server has it all, so it waits until the server is reached.
  return status === 'synced' && access === 'write' ? 'saved' : null;
}

/** Quiet for screen readers while typing: the save state is read out once it has settled. */
const ANNOUNCE_AFTER_MS = 1500;

interface CollabStatusBarProps {
  status: CollabStatus;
  saved: boolean;
  access: DocAccess | null;
  error: CollabError | null;
  accessChange?: DocAccessChange | null;
}

/** Connection and save state of a shared document, in words and not only in colour. */
export function CollabStatusBar({ status, saved, access, error, accessChange }: CollabStatusBarProps) {
  const { t } = useTranslation();
  const saveState = saveStateOf(status, saved, access);
  const [settledSaveState] = useDebouncedValue(saveState, ANNOUNCE_AFTER_MS);

  return (
    <Box>
      <Group justify="space-between" gap="sm">
        <Group gap={6} wrap="nowrap" role="status">
          <Box
            aria-hidden
            w={10}
            h={10}
            style={{ borderRadius: '50%', background: DOT_COLOUR[status], flexShrink: 0 }}
          />
          <Text size="sm">{t(`collab.status.${status}`)}</Text>
        </Group>
        {saveState && (
          <Text size="sm" c="dimmed" aria-hidden>
            {t(`collab.save.${saveState}`)}
          </Text>
        )}
        <VisuallyHidden role="status">{settledSaveState && t(`collab.save.${settledSaveState}`)}</VisuallyHidden>
      </Group>
      {accessChange && (
        <Alert
          role="status"
          color={accessChange.access === 'write' ? 'green' : 'yellow'}
          variant="light"
          mt="xs"
          p="xs"
        >
          {t(`collab.accessChange.${accessChange.access}.${accessChange.reason}`)}
        </Alert>
      )}
      {error && (
        <Alert role="alert" color="red" variant="light" mt="xs" p="xs">
          {errorCodeMessage(t, error.code)}
        </Alert>
      )}
    </Box>
  );
}
