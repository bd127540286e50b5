import { BOTTLENECK_LIMITS, type Bottleneck } from '@leernetwerk/shared';
import { Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteOwnButton } from '../ownership/DeleteOwnButton';
import { EditTitledTextForm } from '../ownership/EditTitledTextForm';
import { HistoryButton } from '../ownership/HistoryButton';
import { RemovePersonalDataButton } from '../ownership/RemovePersonalDataButton';
import { WrittenAt } from '../ownership/WrittenAt';
import { bottleneckKeys } from './bottlenecksApi';
import { useOwnBottleneck } from './useOwnBottleneck';

/**
 * When the report was written or edited; edit and delete for its reporter; personal data removal
 * and its history for those allowed.
 */
export function BottleneckTextControls({
  bottleneck,
  onDeleted,
}: {
  bottleneck: Bottleneck;
  onDeleted?: (title: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const own = useOwnBottleneck(bottleneck, onDeleted);
  const [editing, setEditing] = useState(false);
  const item = { kind: 'bottleneck', id: bottleneck.id } as const;
  const mine = bottleneck.mine && bottleneck.deletedAt === null && bottleneck.mergedInto === null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <WrittenAt createdAt={bottleneck.createdAt} item={bottleneck} />
        {mine && !editing && (
          <Button variant="subtle" color="gray.8" size="compact-sm" onClick={() => setEditing(true)}>
            {t('ownership.edit')}
          </Button>
        )}
        {mine && (
          <DeleteOwnButton
            onDelete={() => own.remove.mutate()}
            pending={own.remove.isPending}
            error={own.remove.error}
            confirmText={t('bottlenecks.ownership.deleteConfirmText')}
          />
        )}
        <RemovePersonalDataButton
          item={item}
          text={bottleneck.description}
          onDone={() => void queryClient.invalidateQueries({ queryKey: bottleneckKeys.detail(bottleneck.id) })}
        />
        <HistoryButton item={item} />
      </Group>
      {mine && editing && (
        <EditTitledTextForm
          initialTitle={bottleneck.title}
          initialText={bottleneck.description}
          textField="description"
          textLabel={t('bottlenecks.form.description')}
          limits={{ titleMax: BOTTLENECK_LIMITS.titleMax, textMax: BOTTLENECK_LIMITS.descriptionMax }}
          pending={own.edit.isPending}
          error={own.edit.error}
          onCancel={() => {
            own.edit.reset();
            setEditing(false);
          }}
          onSave={({ title, text, confirmPersonalData }, { onError }) =>
            own.edit.mutate(
              { title, description: text, confirmPersonalData },
              { onSuccess: () => setEditing(false), onError },
            )
          }
        />
      )}
    </Stack>
  );
}
