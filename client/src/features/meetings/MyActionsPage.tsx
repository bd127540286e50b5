import type { MeetingAction } from '@leernetwerk/shared';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryState } from '../intervision/QueryState';
import { ActionStatusSelect } from './ActionStatusSelect';
import { DueDate } from './DueDate';
import { useMyActions } from './useActions';

function MyAction({ action }: { action: MeetingAction }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{action.text}</Text>
        <Text size="sm">
          {t('meetings.myActions.from')}{' '}
          <Anchor component={Link} to={`/bijeenkomsten/${action.meetingId}`}>
            {action.meetingTitle}
          </Anchor>
        </Text>
        <DueDate action={action} />
        <Stack maw={220}>
          <ActionStatusSelect action={action} />
        </Stack>
      </Stack>
    </Paper>
  );
}

/** `/acties`: the actions the viewer took on in meetings, open ones first, with their status to change. */
export function MyActionsPage() {
  const { t } = useTranslation();
  const actions = useMyActions();
  useDocumentTitle(t('meetings.myActions.title'));
  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('meetings.myActions.title')}</Title>
        <Text>{t('meetings.myActions.intro')}</Text>
        <Anchor component={Link} to="/bijeenkomsten">
          {t('meetings.back')}
        </Anchor>
      </Stack>
      <QueryState query={actions} height={160}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('meetings.myActions.none')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} maw={760} style={{ listStyle: 'none' }}>
              {list.map((action) => (
                <MyAction key={action.id} action={action} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
