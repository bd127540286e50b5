import type { Meeting } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';

/** The actions named in this meeting; managers add them, managers and owners move their status. */
export function ActionsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.actions.heading')}
      </Title>
      {meeting.actions.length === 0 ? (
        <Text>{t('meetings.actions.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {meeting.actions.map((action) => (
            <ActionItem
              key={action.id}
              action={action}
              canChangeStatus={meeting.canManage || action.ownerId === user.id}
              canDelete={meeting.canManage}
            />
          ))}
        </Stack>
      )}
      {meeting.canManage && <ActionForm meeting={meeting} />}
    </Stack>
  );
}
