import { MEETING_LIMITS } from '@leernetwerk/shared';
import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTechnologies } from '../../lib/api/useTechnologies';
import type { FieldErrorMap } from '../../lib/forms/useFieldErrors';
import { useCafes } from '../cafes/useCafes';
import { useConversations } from '../statements/useConversations';
import { AgendaBlockFields, type LinkOptions } from './AgendaBlockFields';
import { agendaTotal, moveItem, newAgendaDraft, type AgendaDraft } from './agendaDrafts';

interface AgendaEditorProps {
  blocks: AgendaDraft[];
  /** The form's field errors; a block's own are named `agenda.<index>.<field>`. */
  errors: FieldErrorMap;
  /** A field was changed, so its error goes. */
  onFieldChange: (field: string) => void;
  onChange: (blocks: AgendaDraft[]) => void;
}

/** Adds, removes and reorders agenda blocks; café, statement and intervision blocks may link what they run. */
export function AgendaEditor({ blocks, errors, onFieldChange, onChange }: AgendaEditorProps) {
  const { t } = useTranslation();
  const cafes = useCafes();
  const conversations = useConversations();
  const technologies = useTechnologies();
  // Moving a block takes focus nowhere, so the new place is said out loud.
  const [announcement, setAnnouncement] = useState('');
  const links: LinkOptions = {
    cafe: (cafes.data ?? []).map((cafe) => ({ value: cafe.id, label: cafe.title })),
    statements: (conversations.data ?? []).map((c) => ({ value: c.id, label: c.title })),
    intervision: (technologies.data ?? []).map((tech) => ({ value: tech.id, label: tech.name })),
    plenary: [],
    free: [],
  };
  const update = (index: number, draft: AgendaDraft) => onChange(blocks.map((d, i) => (i === index ? draft : d)));
  // Block errors are named by position: once blocks move or go, they would sit under the wrong block.
  const reorder = (next: AgendaDraft[]) => {
    for (const field of Object.keys(errors)) if (field.startsWith('agenda.')) onFieldChange(field);
    onChange(next);
  };

  function move(index: number, delta: -1 | 1) {
    reorder(moveItem(blocks, index, delta));
    setAnnouncement(t('meetings.agenda.moved', { title: blocks[index]?.title ?? '', number: index + 1 + delta }));
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('meetings.agenda.heading')}
      </Title>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {blocks.length === 0 && <Text size="sm">{t('meetings.agenda.emptyEditor')}</Text>}
      {blocks.map((draft, index) => (
        <AgendaBlockFields
          key={draft.key}
          draft={draft}
          index={index}
          count={blocks.length}
          errors={errors}
          links={links}
          onChange={(next, field) => {
            update(index, next);
            onFieldChange(`agenda.${index}.${field}`);
          }}
          onMove={(delta) => move(index, delta)}
          onRemove={() => reorder(blocks.filter((_, i) => i !== index))}
        />
      ))}
      <Group justify="space-between">
        <Button
          variant="default"
          disabled={blocks.length >= MEETING_LIMITS.agendaMax}
          onClick={() => onChange([...blocks, newAgendaDraft()])}
        >
          {t('meetings.agenda.add')}
        </Button>
        <Text size="sm">{t('meetings.agenda.total', { count: agendaTotal(blocks) })}</Text>
      </Group>
    </Stack>
  );
}
