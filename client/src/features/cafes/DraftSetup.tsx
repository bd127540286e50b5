import type { Cafe } from '@leernetwerk/shared';
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CafeSetupForm, type CafeSetupValues } from './CafeSetupForm';
import { tableNumber } from './cafeSeats';
import { cafesApi } from './cafesApi';
import { tableDraftOf } from './tableDrafts';
import { useCafeChange } from './useCafeChange';

const setupOf = (cafe: Cafe): CafeSetupValues => ({
  title: cafe.title,
  centralQuestion: cafe.centralQuestion,
  conversationId: cafe.conversationId,
  tables: cafe.tables.map(tableDraftOf),
  rounds: cafe.rounds,
  minutesPerRound: cafe.minutesPerRound,
  tableSize: cafe.tableSize,
  autoAdvance: cafe.autoAdvance,
});

/** A draft café's setup for its facilitators: tables, rounds and times, and the form to change them. */
export function DraftSetup({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const headingId = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = useCafeChange(cafe.id, (setup: Parameters<typeof cafesApi.updateSetup>[1]) =>
    cafesApi.updateSetup(cafe.id, setup),
  );
  const hostName = (hostId: string | null) =>
    hostId === null
      ? t('cafes.draft.hostInLobby')
      : (cafe.participants.find((person) => person.id === hostId)?.name ?? t('cafes.draft.hostChosen'));
  const stopEditing = () => {
    setEditing(false);
    // The button the form replaced is back; focus goes there instead of getting lost.
    requestAnimationFrame(() => editRef.current?.focus());
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('cafes.draft.heading')}
        </Title>
        <Text>
          {t('cafes.draft.times', {
            count: cafe.rounds,
            minutes: cafe.minutesPerRound,
            total: cafe.rounds * cafe.minutesPerRound,
          })}
        </Text>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {cafe.tables.map((table) => (
            <Card component="li" key={table.table} withBorder padding="sm">
              <Text fw={700}>{t('cafes.draft.table', { number: tableNumber(table.table) })}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>
                {t(table.prompt.kind === 'statement' ? 'cafes.table.statement' : 'cafes.table.question')}:{' '}
                {table.promptText}
              </Text>
              <List size="sm" mt={4}>
                <List.Item>{t('cafes.draft.size', { count: cafe.tableSize })}</List.Item>
                <List.Item>{t('cafes.draft.host', { name: hostName(table.hostId) })}</List.Item>
              </List>
            </Card>
          ))}
        </Stack>
        {saved && !editing && (
          <Text role="status" c="green.9" fw={600}>
            {t('cafes.draft.saved')}
          </Text>
        )}
        {editing ? (
          <CafeSetupForm
            initial={setupOf(cafe)}
            submitLabel={t('cafes.draft.save')}
            pending={change.isPending}
            error={change.error}
            onCancel={stopEditing}
            onSubmit={(setup) =>
              change.mutate(setup, {
                onSuccess: () => {
                  setSaved(true);
                  stopEditing();
                },
              })
            }
          />
        ) : (
          <Group>
            <Button
              ref={editRef}
              variant="default"
              onClick={() => {
                setSaved(false);
                change.reset();
                setEditing(true);
              }}
            >
              {t('cafes.draft.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
