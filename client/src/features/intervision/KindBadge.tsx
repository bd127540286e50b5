import type { ThreadKind } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<ThreadKind, string> = {
  question: 'blue.9',
  case: 'violet.9',
  tip: 'teal.9',
  lesson: 'green.9',
  mistake: 'orange.9',
};

/** What kind of thread it is, in words (the colour only helps). */
export function KindBadge({ kind }: { kind: ThreadKind }) {
  const { t } = useTranslation();
  return (
    <Badge tt="none" variant="light" color={COLOURS[kind]} style={{ flexShrink: 0 }}>
      {t(`intervision.kinds.${kind}`)}
    </Badge>
  );
}
