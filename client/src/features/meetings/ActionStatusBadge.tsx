import type { ActionStatus } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOUR: Record<ActionStatus, string> = { open: 'blue.9', done: 'green.9', dropped: 'gray.8' };

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOUR[status]} style={{ flexShrink: 0 }}>
      {t(`meetings.actionStatus.${status}`)}
    </Badge>
  );
}
