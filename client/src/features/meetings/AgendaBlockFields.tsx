import { agendaBlockKindSchema, MEETING_LIMITS, type AgendaBlockKind } from '@leernetwerk/shared';
import { ActionIcon, Fieldset, Group, NativeSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLinkedKind, withKind, type AgendaDraft } from './agendaDrafts';

export type LinkOptions = Record<AgendaBlockKind, { value: string; label: string }[]>;

interface AgendaBlockFieldsProps {
  draft: AgendaDraft;
  index: number;
  count: number;
  invalid: boolean;
  links: LinkOptions;
  onChange: (draft: AgendaDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One agenda block: its work form, title, minutes, what it runs, and buttons to move or remove it. */
export function AgendaBlockFields({
  draft,
  index,
  count,
  invalid,
  links,
  onChange,
  onMove,
  onRemove,
}: AgendaBlockFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <Fieldset legend={t('meetings.agenda.block', { number })}>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('meetings.agenda.kind')}
          value={draft.kind}
          data={agendaBlockKindSchema.options.map((kind) => ({ value: kind, label: t(`meetings.kinds.${kind}`) }))}
          onChange={(event) => {
            const kind = agendaBlockKindSchema.safeParse(event.currentTarget.value);
            if (kind.success) onChange(withKind(draft, kind.data));
          }}
        />
        <TextInput
          label={t('meetings.agenda.title')}
          value={draft.title}
          maxLength={MEETING_LIMITS.titleMax}
          error={invalid && draft.title.trim() === '' ? t('meetings.agenda.titleRequired') : undefined}
          onChange={(event) => onChange({ ...draft, title: event.currentTarget.value })}
          required
          style={{ flexGrow: 1 }}
        />
        <NumberInput
          label={t('meetings.agenda.minutes')}
          value={draft.minutes}
          min={5}
          max={480}
          step={5}
          w={110}
          onChange={(value) => onChange({ ...draft, minutes: typeof value === 'number' ? value : draft.minutes })}
        />
      </Group>
      {isLinkedKind(draft.kind) && (
        <Select
          mt="sm"
          label={t(`meetings.agenda.link.${draft.kind}`)}
          description={t('meetings.agenda.linkHint')}
          placeholder={t('meetings.agenda.noLink')}
          data={links[draft.kind]}
          value={draft.linkId}
          onChange={(linkId) => onChange({ ...draft, linkId })}
          searchable
          clearable
        />
      )}
      <Group gap="xs" mt="sm">
        <ActionIcon
          variant="default"
          disabled={index === 0}
          aria-label={t('meetings.agenda.moveUp', { number })}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden>↑</span>
        </ActionIcon>
        <ActionIcon
          variant="default"
          disabled={index === count - 1}
          aria-label={t('meetings.agenda.moveDown', { number })}
          onClick={() => onMove(1)}
        >
          <span aria-hidden>↓</span>
        </ActionIcon>
        <ActionIcon
          variant="default"
          color="red"
          aria-label={t('meetings.agenda.remove', { number })}
          onClick={onRemove}
        >
          <span aria-hidden>×</span>
        </ActionIcon>
      </Group>
    </Fieldset>
  );
}
