import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useCafes } from '../cafes/useCafes';
import { useAmbassadorQuestions } from '../intervision/queries';
import { formatDueDate } from '../meetings/meetingTime';
import { useMyActions } from '../meetings/useActions';
import { useMeetings } from '../meetings/useMeetings';
import { LiveBlock } from './LiveBlock';

/**
 * Home's "Nu live": cafés you can walk into, meetings that are open, questions waiting for you as
 * ambassador, and your open actions. Each list follows the network live (see the hooks).
 */
export function LiveNow() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const ambassador = user.ambassadorOf.length > 0;
  const cafes = useCafes();
  const meetings = useMeetings();
  const questions = useAmbassadorQuestions(ambassador);
  const actions = useMyActions();
  return (
    <Stack component="section" aria-labelledby="live-now-heading" gap="sm">
      <Title order={2} size="h3" id="live-now-heading">
        {t('home.live.heading')}
      </Title>
      <Text>{t('home.live.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <LiveBlock
          heading={t('home.live.cafes')}
          empty={t('home.live.noCafes')}
          query={cafes}
          items={(list) =>
            list
              .filter((cafe) => cafe.state === 'lobby' || cafe.state === 'running')
              .map((cafe) => ({
                key: cafe.id,
                to: `/wereldcafe/${cafe.id}`,
                title: cafe.title,
                meta: t(`cafes.state.${cafe.state}`),
              }))
          }
          more={{ to: '/wereldcafe', label: t('home.live.allCafes') }}
        />
        <LiveBlock
          heading={t('home.live.meetings')}
          empty={t('home.live.noMeetings')}
          query={meetings}
          items={(list) =>
            list
              .filter((meeting) => meeting.state === 'open')
              .map((meeting) => ({
                key: meeting.id,
                to: `/bijeenkomsten/${meeting.id}`,
                title: meeting.title,
                meta: t('meetings.presentCount', { count: meeting.attendeeCount }),
              }))
          }
          more={{ to: '/bijeenkomsten', label: t('home.live.allMeetings') }}
        />
        {ambassador && (
          <LiveBlock
            heading={t('home.live.questions')}
            empty={t('home.live.noQuestions')}
            query={questions}
            items={(list) =>
              list.map((thread) => ({ key: thread.id, to: `/intervisie/draad/${thread.id}`, title: thread.title }))
            }
            more={{ to: '/intervisie', label: t('home.live.allQuestions') }}
          />
        )}
        <LiveBlock
          heading={t('home.live.actions')}
          empty={t('home.live.noActions')}
          query={actions}
          items={(list) =>
            list
              .filter((action) => action.status === 'open')
              .map((action) => ({
                key: action.id,
                to: `/bijeenkomsten/${action.meetingId}`,
                title: action.text,
                meta: action.dueDate
                  ? t('home.live.due', { date: formatDueDate(action.dueDate, i18n.language) })
                  : action.meetingTitle,
              }))
          }
          more={{ to: '/acties', label: t('home.live.allActions') }}
        />
      </SimpleGrid>
    </Stack>
  );
}
