import { cafeDocuments, type Cafe, type CafeTable, type SeatedTable } from '@leernetwerk/shared';
import { Alert, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { cafesApi } from './cafesApi';
import { membersOf, participantOf, tableNumber } from './cafeSeats';
import { roundsDiscussed } from './tableUse';
import { MoveControl } from './MoveControl';
import { PeopleList } from './PeopleList';
import { TableclothPreview } from './TableclothPreview';
import { TablePrompt } from './TablePrompt';
import { useCafeChange } from './useCafeChange';

interface TableOverviewCardProps {
  cafe: Cafe;
  table: CafeTable;
  seated: SeatedTable | undefined;
  /** The facilitator is in this table's call now. */
  visiting: boolean;
  onVisit: () => void;
}

/** One table in the cockpit: its prompt, who sits there (with a move control each) and its tablecloth. */
export function TableOverviewCard({ cafe, table, seated, visiting, onVisit }: TableOverviewCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const number = tableNumber(table.table);
  const [moved, setMoved] = useState('');
  const move = useCafeChange(cafe.id, ({ userId, to }: { userId: string; to: number }) =>
    cafesApi.move(cafe.id, userId, to),
  );
  const canMove = cafe.state === 'running';
  const discussed = roundsDiscussed(cafe, table.table);
  const emptyText =
    cafe.round === 0
      ? t('cafes.cockpit.empty')
      : discussed.length > 0
        ? t('cafes.cockpit.restingDiscussed', { rounds: discussed.join(', ') })
        : t('cafes.cockpit.resting');

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {t('cafes.table.name', { number })}
          </Title>
          <Button size="compact-sm" variant={visiting ? 'filled' : 'default'} aria-pressed={visiting} onClick={onVisit}>
            {t('calls.visit.button', { number })}
          </Button>
        </Group>
        <TablePrompt table={table} size="md" />
        {seated && seated.members.length > 0 ? (
          <PeopleList
            people={membersOf(cafe, seated)}
            present={cafe.present}
            labelledBy={headingId}
            hostId={seated.hostId}
            extra={(person) =>
              canMove &&
              // A host stays with the table, unless they sit there alone (the server's rule too).
              (person.id !== seated.hostId || seated.members.length === 1) && (
                <MoveControl
                  cafe={cafe}
                  person={person}
                  from={table.table}
                  pending={move.isPending && move.variables.userId === person.id}
                  onMove={(to) =>
                    move.mutate(
                      { userId: person.id, to },
                      {
                        onSuccess: () =>
                          setMoved(
                            t('cafes.cockpit.moved', {
                              name: participantOf(cafe, person.id)?.name ?? '',
                              number: tableNumber(to),
                            }),
                          ),
                      },
                    )
                  }
                />
              )
            }
          />
        ) : (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )}
        <VisuallyHidden role="status">{moved}</VisuallyHidden>
        {move.isError && (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(t, move.error)}
          </Alert>
        )}
        <TableclothPreview
          docId={cafeDocuments.tablecloth(cafe.id, table.table)}
          label={t('cafes.table.tablecloth', { number })}
          withActivity
        />
      </Stack>
    </Card>
  );
}
