import type { Cafe, CafeParticipant } from '@leernetwerk/shared';
import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tableNumber } from './cafeSeats';

interface MoveControlProps {
  cafe: Cafe;
  person: CafeParticipant;
  /** The table the person sits at now. */
  from: number;
  pending: boolean;
  onMove: (table: number) => void;
}

/** The facilitator moves one person to another table by hand. */
export function MoveControl({ cafe, person, from, pending, onMove }: MoveControlProps) {
  const { t } = useTranslation();
  const others = cafe.tables.filter((table) => table.table !== from);
  const [target, setTarget] = useState(String(others[0]?.table ?? ''));
  if (others.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <NativeSelect
        size="xs"
        aria-label={t('cafes.cockpit.moveLabel', { name: person.name })}
        value={target}
        onChange={(event) => setTarget(event.currentTarget.value)}
        data={others.map((table) => ({
          value: String(table.table),
          label: t('cafes.table.name', { number: tableNumber(table.table) }),
        }))}
      />
      <Button
        size="compact-xs"
        variant="default"
        loading={pending}
        aria-label={`${t('cafes.cockpit.move')}: ${person.name}`}
        onClick={() => onMove(Number(target))}
      >
        {t('cafes.cockpit.move')}
      </Button>
    </Group>
  );
}
