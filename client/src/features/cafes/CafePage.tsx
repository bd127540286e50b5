import type { Cafe } from '@leernetwerk/shared';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCodeMessage, errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { PageLoader } from '../../ui/PageLoader';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canFacilitate } from '../statements/canFacilitate';
import { BroadcastAlert } from './BroadcastAlert';
import { CafeBody } from './CafeBody';
import { CafeStateBadge } from './CafeStateBadge';
import { useCafe } from './useCafe';
import { useCafeLive } from './useCafeLive';

/** `/wereldcafe/:id`: one café, live. Opening it is entering it: the lobby shows who is here. */
export function CafePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const facilitator = canFacilitate(user);
  // Joining is entering: the server seats everyone but the café's own facilitator. Other
  // facilitators watch without joining, and poll instead of hearing the room.
  const isObserver = (c: Cafe) => facilitator && c.createdBy !== user.id;
  const cafe = useCafe(id, isObserver);
  const { joinError, clockOffsetMs } = useCafeLive(
    id,
    !facilitator || (cafe.data !== undefined && !isObserver(cafe.data)),
  );
  useDocumentTitle(cafe.data?.title ?? t('cafes.title'));

  const back = (
    <Anchor component={Link} to="/wereldcafe" size="sm">
      {t('cafes.back')}
    </Anchor>
  );
  if (cafe.isPending) return <PageLoader />;
  if (cafe.isError) {
    return (
      <Stack gap="md">
        <Alert color="red" role="alert">
          {errorMessage(t, cafe.error)}
        </Alert>
        {back}
      </Stack>
    );
  }
  const current = cafe.data;
  return (
    <Stack gap="lg">
      {back}
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>{current.title}</Title>
          <CafeStateBadge state={current.state} />
        </Group>
        {current.centralQuestion && (
          <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
            {current.centralQuestion}
          </Text>
        )}
      </Stack>
      {joinError && (
        <Alert color="red" role="alert">
          {t('cafes.joinFailed', { message: errorCodeMessage(t, joinError) })}
        </Alert>
      )}
      <BroadcastAlert cafe={current} />
      <CafeBody cafe={current} meId={user.id} facilitator={facilitator} clockOffsetMs={clockOffsetMs} />
    </Stack>
  );
}
