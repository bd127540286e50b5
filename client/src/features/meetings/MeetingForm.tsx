import { createMeetingRequestSchema, MEETING_LIMITS, type AgendaBlockInput, type Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { RangeInput, type RangeValue } from '../../ui/RangeInput';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useRefusalAtFields } from '../privacy/useRefusalAtFields';
import { newAgendaDraft, toAgendaInput, type AgendaDraft } from './agendaDrafts';
import { AgendaEditor } from './AgendaEditor';
import { MEETING_RANGES, meetingFieldMessage, meetingFieldOf, meetingFieldOfRequestPath } from './meetingFormErrors';
import { isoToLocalInput, localInputToIso } from './meetingTime';

/** What the form sends; fits both creating (POST) and editing (PATCH) a meeting. */
export interface MeetingFormValues {
  title: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  agenda: AgendaBlockInput[];
  /** The writer's own work number or address in a text, confirmed after the server asked. */
  confirmPersonalData?: boolean;
}

interface MeetingFormProps {
  heading: string;
  submitLabel: string;
  /** The meeting being edited; without it the form plans a new one. */
  initial?: Meeting;
  pending: boolean;
  /** The last attempt's error: refused fields are shown at the field, anything else above the form. */
  error: unknown;
  onSubmit: (values: MeetingFormValues) => void;
  onCancel: () => void;
}

/** An empty field is no number: the schema refuses it with the range, like one out of range. */
const toNumber = (value: RangeValue): number => (typeof value === 'number' ? value : Number.NaN);

/**
 * Plans a meeting or changes one: title, description, start, duration and the agenda. Errors appear
 * at their field (an agenda block's own title or minutes) and the first one gets focus; client data
 * in a text is refused there, and a work number can be confirmed for the next save.
 */
export function MeetingForm({ heading, submitLabel, initial, pending, error, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [start, setStart] = useState(initial ? isoToLocalInput(initial.startsAt) : '');
  const [duration, setDuration] = useState<RangeValue>(initial?.durationMinutes ?? 120);
  const [agenda, setAgenda] = useState<AgendaDraft[]>(() => initial?.agenda.map((b) => newAgendaDraft(b)) ?? []);
  const { formRef, errors, show, clear } = useFieldErrors();
  const message = (field: string) => meetingFieldMessage(t, field);
  const guard = useRefusalAtFields(error, { show, fieldOf: meetingFieldOfRequestPath, message });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = {
      title,
      description,
      startsAt: localInputToIso(start) ?? '',
      durationMinutes: toNumber(duration),
      agenda: agenda.map(toAgendaInput),
      ...guard.confirmation,
    };
    const parsed = createMeetingRequestSchema.safeParse(values);
    if (!parsed.success) {
      return show(
        firstPerField(
          parsed.error.issues,
          (issue) => meetingFieldOf(issue.path),
          (_i, f) => message(f),
        ),
      );
    }
    show({});
    onSubmit(values);
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {heading}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm" maw={760}>
          {guard.elsewhere && (
            <Alert color="red" role="alert">
              {errorMessage(t, error)}
            </Alert>
          )}
          <TextInput
            name="title"
            label={t('meetings.form.title')}
            value={title}
            maxLength={MEETING_LIMITS.titleMax}
            error={errors.title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              clear('title');
            }}
            required
          />
          <Textarea
            name="description"
            label={t('meetings.form.description')}
            description={t('meetings.form.descriptionHint')}
            value={description}
            maxLength={MEETING_LIMITS.descriptionMax}
            error={errors.description}
            autosize
            minRows={3}
            onChange={(event) => {
              setDescription(event.currentTarget.value);
              clear('description');
            }}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              name="startsAt"
              label={t('meetings.form.startsAt')}
              value={start}
              error={errors.startsAt}
              onChange={(event) => {
                setStart(event.currentTarget.value);
                clear('startsAt');
              }}
              required
            />
            <RangeInput
              name="durationMinutes"
              label={t('meetings.form.duration')}
              value={duration}
              range={MEETING_RANGES.durationMinutes}
              error={errors.durationMinutes}
              onChange={(value) => {
                setDuration(value);
                clear('durationMinutes');
              }}
            />
          </Group>
          <AgendaEditor blocks={agenda} errors={errors} onFieldChange={clear} onChange={setAgenda} />
          <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
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
