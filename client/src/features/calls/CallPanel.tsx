import type { MediaJoin } from '@leernetwerk/shared';
import { Card, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CallNotice, type CallContext } from './CallNotice';
import { CallRoom } from './CallRoom';

interface CallPanelProps {
  ticket: UseQueryResult<MediaJoin>;
  heading: string;
  headingOrder?: TitleOrder;
  context: CallContext;
  leadsPlenaryOf?: string;
  /** Beside the heading, e.g. the facilitator's way back to the plenary. */
  actions?: ReactNode;
}

/**
 * A call as a card: its heading, that nothing is recorded, and the call itself; without a media
 * server or a connection, a calm notice that the rest goes on in text.
 */
export function CallPanel({ ticket, heading, headingOrder = 2, context, leadsPlenaryOf, actions }: CallPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const rejoin = () => void ticket.refetch();
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={headingOrder} size="h4" id={headingId}>
            {heading}
          </Title>
          {actions}
        </Group>
        <Text size="xs" c="dimmed">
          {t('calls.notRecorded')}
        </Text>
        {ticket.isError ? (
          <CallNotice context={context} error={ticket.error} onRetry={rejoin} />
        ) : ticket.isPending ? (
          <Text size="sm" c="dimmed" role="status">
            {t('calls.status.connecting')}
          </Text>
        ) : (
          <CallRoom join={ticket.data} context={context} onRejoin={rejoin} leadsPlenaryOf={leadsPlenaryOf} />
        )}
      </Stack>
    </Card>
  );
}
