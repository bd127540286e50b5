import type { CafeState } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOUR: Record<CafeState, string> = {
  draft: 'gray.8',
  lobby: 'blue.9',
  running: 'green.9',
  harvest: 'grape.9',
  closed: 'gray.8',
};

export function CafeStateBadge({ state }: { state: CafeState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOUR[state]} style={{ flexShrink: 0 }}>
      {t(`cafes.state.${state}`)}
    </Badge>
  );
}
