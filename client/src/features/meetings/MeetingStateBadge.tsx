import type { MeetingState } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOUR: Record<MeetingState, string> = {
  planned: 'blue.9',
  open: 'green.9',
  closed: 'gray.8',
};

export function MeetingStateBadge({ state }: { state: MeetingState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOUR[state]} style={{ flexShrink: 0 }}>
      {t(`meetings.state.${state}`)}
    </Badge>
  );
}
