import type { Cafe } from '@leernetwerk/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tableUseOf } from './tableUse';

/**
 * One plain sentence for the facilitator: how many people, how many of the tables are in use, and
 * why (nobody alone, or more people than seats), and that the questions move on per round.
 */
export function TableUseNote({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const use = tableUseOf(cafe);
  if (!use || use.people === 0) return null;
  const people = t('cafes.cockpit.tableUse.people', { count: use.people });
  const values = { people, used: use.used, total: use.total, seats: use.total * cafe.tableSize };
  const prefix = use.when === 'atStart' ? t('cafes.cockpit.tableUse.atStart') : '';
  const sentence = use.crowded
    ? t('cafes.cockpit.tableUse.crowded', values)
    : use.used === use.total
      ? t('cafes.cockpit.tableUse.all', values)
      : use.people === 1
        ? t('cafes.cockpit.tableUse.alone', values)
        : t('cafes.cockpit.tableUse.fewer', values);
  return (
    <Text data-testid="table-use">
      {prefix}
      {sentence}
      {use.rotates && ` ${t('cafes.cockpit.tableUse.rotates')}`}
    </Text>
  );
}
