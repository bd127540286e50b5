import type { BottleneckStatus } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Dark shades of light badges keep the text at AA contrast.
const COLORS: Record<BottleneckStatus, string> = {
  new: 'blue',
  recognised: 'violet',
  raised: 'orange',
  'in-progress': 'yellow',
  solved: 'green',
  declined: 'gray',
};

export function StatusBadge({ status }: { status: BottleneckStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={`${COLORS[status]}.9`} tt="none">
      {t(`bottlenecks.status.${status}`)}
    </Badge>
  );
}
