import type { StatementStatus } from '@leernetwerk/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says that an item is not (yet) public; nothing for published items. */
export function StatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation();
  if (status === 'published') return null;
  return (
    <Badge variant="outline" color={status === 'pending' ? 'orange.9' : 'gray.8'}>
      {t(status === 'pending' ? 'statements.status.pending' : 'statements.status.hidden')}
    </Badge>
  );
}
