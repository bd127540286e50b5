import { Alert, Button, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { formatWrittenAt } from './formatWrittenAt';
import { ownershipApi, type OwnedItem } from './ownershipApi';
import { canReadHistory } from './ownershipRoles';

/** For coordinators: every version of a text (who, when, what), read when opened. */
export function HistoryButton({ item }: { item: OwnedItem }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['ownership', 'history', item.kind, item.id],
    queryFn: () => ownershipApi.history(item),
    enabled: open,
    staleTime: 0,
  });
  if (!canReadHistory(user)) return null;
  return (
    <>
      <Button variant="subtle" color="gray.8" size="compact-sm" onClick={() => setOpen(true)}>
        {t('ownership.history')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('ownership.historyTitle')} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('ownership.historyIntro')}</Text>
          {history.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
          {history.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, history.error)}
            </Alert>
          )}
          {history.data && (
            <Stack component="ol" gap="sm" style={{ paddingLeft: 20, margin: 0 }}>
              {history.data.versions.map((version) => (
                <li key={version.revision}>
                  <Text fw={600} size="sm">
                    {t(`ownership.versionKinds.${version.kind}`, { name: version.actorName })} ·{' '}
                    <time dateTime={version.at}>{formatWrittenAt(version.at, i18n.language)}</time>
                  </Text>
                  {version.reason && <Text size="sm">{t('ownership.historyReason', { reason: version.reason })}</Text>}
                  {version.title && <Text fw={600}>{version.title}</Text>}
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} fs={version.text ? undefined : 'italic'}>
                    {version.purged
                      ? t('ownership.historyPurged')
                      : version.text || (version.kind === 'deleted' ? '' : t('ownership.historyNoText'))}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Modal>
    </>
  );
}
