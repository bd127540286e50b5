import type { OwnershipFields } from '@leernetwerk/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWrittenAt } from './formatWrittenAt';

interface WrittenAtProps {
  createdAt: string;
  item: OwnershipFields;
}

/** When it was written (a <time> element), "bewerkt" when changed, and who removed personal data. */
export function WrittenAt({ createdAt, item }: WrittenAtProps) {
  const { t, i18n } = useTranslation();
  const format = (iso: string) => formatWrittenAt(iso, i18n.language);
  return (
    <Text size="sm" c="dimmed" component="span">
      <time dateTime={createdAt}>{format(createdAt)}</time>
      {item.editedAt && item.deletedAt === null && (
        <>
          {' · '}
          <time dateTime={item.editedAt} title={t('ownership.editedAt', { date: format(item.editedAt) })}>
            {t('ownership.edited')}
          </time>
        </>
      )}
      {item.personalDataRemoved && (
        <>
          {' · '}
          {t('ownership.personalDataRemoved', {
            name: item.personalDataRemoved.byName,
            date: format(item.personalDataRemoved.at),
          })}
        </>
      )}
    </Text>
  );
}
