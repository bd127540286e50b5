import { agendaBlockKindSchema, MEETING_LIMITS, type AgendaBlockKind } from '@leernetwerk/shared';
import { ActionIcon, Fieldset, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrorMap } from '../../lib/forms/useFieldErrors';
import { RangeInput } from '../../ui/RangeInput';
import { isLinkedKind, withKind, type AgendaDraft } from './agendaDrafts';
import { MEETING_RANGES } from './meetingFormErrors';

export type LinkOptions = Record<AgendaBlockKind, { value: string; label: string }[]>;

interface AgendaBlockFieldsProps {
  draft: AgendaDraft;
  index: number;
  count: number;
  /** The form's field errors; this block's are `agenda.<index>.title` and so on. */
  errors: FieldErrorMap;
  links: LinkOptions;
  /** The block as changed, and which of its fields changed. */
  onChange: (draft: AgendaDraft, field: keyof AgendaDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One agenda block: its work form, title, minutes, what it runs, and buttons to move or remove it. */
export function AgendaBlockFields({
  draft,
  index,
  count,
  errors,
  links,
  onChange,
  onMove,
  onRemove,
}: AgendaBlockFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const name = (field: keyof AgendaDraft) => `agenda.${index}.${field}`;
  return (
    <Fieldset legend={t('meetings.agenda.block', { number })}>
      <Group align="flex-start" gap="sm">
        <NativeSelect
          label={t('meetings.agenda.kind')}
          value={draft.kind}
          data={agendaBlockKindSchema.options.map((kind) => ({ value: kind, label: t(`meetings.kinds.${kind}`) }))}
          onChange={(event) => {
            const kind = agendaBlockKindSchema.safeParse(event.currentTarget.value);
            if (kind.success) onChange(withKind(draft, kind.data), 'kind');
          }}
        />
        <TextInput
          name={name('title')}
          label={t('meetings.agenda.title')}
          value={draft.title}
          maxLength={MEETING_LIMITS.titleMax}
          error={errors[name('title')]}
          onChange={(event) => onChange({ ...draft, title: event.currentTarget.value }, 'title')}
          required
          // A fixed basis: a long error message wraps under the field instead of pushing the row apart.
          style={{ flex: '1 1 240px' }}
        />
        <RangeInput
          name={name('minutes')}
          label={t('meetings.agenda.minutes')}
          value={draft.minutes}
          range={MEETING_RANGES.blockMinutes}
          error={errors[name('minutes')]}
          w={150}
          onChange={(minutes) => onChange({ ...draft, minutes }, 'minutes')}
        />
      </Group>
      {isLinkedKind(draft.kind) && (
        <Select
          mt="sm"
          name={name('linkId')}
          error={errors[name('linkId')]}
          label={t(`meetings.agenda.link.${draft.kind}`)}
          description={t('meetings.agenda.linkHint')}
          placeholder={t('meetings.agenda.noLink')}
          data={links[draft.kind]}
          value={draft.linkId}
          onChange={(linkId) => onChange({ ...draft, linkId }, 'linkId')}
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
