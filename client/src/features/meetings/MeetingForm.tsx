import { createMeetingRequestSchema, MEETING_LIMITS, type AgendaBlockInput, type Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { newAgendaDraft, toAgendaInput, type AgendaDraft } from './agendaDrafts';
import { AgendaEditor } from './AgendaEditor';
import { meetingFormProblems, type MeetingField, type MeetingFormProblems } from './meetingFormErrors';
import { isoToLocalInput, localInputToIso } from './meetingTime';
import { SubmitButton } from '../../ui/SubmitButton';

/** What the form sends; fits both creating (POST) and editing (PATCH) a meeting. */
export interface MeetingFormValues {
  title: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  agenda: AgendaBlockInput[];
}

interface MeetingFormProps {
  heading: string;
  submitLabel: string;
  /** The meeting being edited; without it the form plans a new one. */
  initial?: Meeting;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MeetingFormValues) => void;
  onCancel: () => void;
}

const NO_PROBLEMS: MeetingFormProblems = { fields: new Set(), blocks: new Set() };

/** Plans a meeting or changes one: title, description, start, duration and the agenda. */
export function MeetingForm({ heading, submitLabel, initial, pending, error, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [start, setStart] = useState(initial ? isoToLocalInput(initial.startsAt) : '');
  const [duration, setDuration] = useState(initial?.durationMinutes ?? 120);
  const [agenda, setAgenda] = useState<AgendaDraft[]>(() => initial?.agenda.map((b) => newAgendaDraft(b)) ?? []);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const wrong = (field: MeetingField) => problems.fields.has(field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = {
      title,
      description,
      startsAt: localInputToIso(start) ?? '',
      durationMinutes: duration,
      agenda: agenda.map(toAgendaInput),
    };
    const parsed = createMeetingRequestSchema.safeParse(values);
    if (!parsed.success) return setProblems(meetingFormProblems(parsed.error.issues));
    setProblems(NO_PROBLEMS);
    onSubmit(values);
  }

  const invalid = problems.fields.size > 0;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {heading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={760}>
          {(invalid || error != null) && (
            <Alert color="red" role="alert">
              {invalid ? t('validation.summary') : errorMessage(t, error)}
            </Alert>
          )}
          <TextInput
            label={t('meetings.form.title')}
            value={title}
            maxLength={MEETING_LIMITS.titleMax}
            error={wrong('title') ? t('meetings.form.titleInvalid') : undefined}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
          />
          <Textarea
            label={t('meetings.form.description')}
            description={t('meetings.form.descriptionHint')}
            value={description}
            maxLength={MEETING_LIMITS.descriptionMax}
            error={wrong('description') ? t('meetings.form.descriptionInvalid') : undefined}
            autosize
            minRows={3}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('meetings.form.startsAt')}
              value={start}
              error={wrong('startsAt') ? t('meetings.form.startsAtInvalid') : undefined}
              onChange={(event) => setStart(event.currentTarget.value)}
              required
            />
            <NumberInput
              label={t('meetings.form.duration')}
              value={duration}
              min={15}
              max={720}
              step={15}
              error={wrong('durationMinutes') ? t('meetings.form.durationInvalid') : undefined}
              onChange={(value) => setDuration(typeof value === 'number' ? value : duration)}
            />
          </Group>
          <AgendaEditor blocks={agenda} invalidBlocks={problems.blocks} onChange={setAgenda} />
          <Group>
            <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
            <Button variant="default" onClick={onCancel}>
              {t('meetings.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
