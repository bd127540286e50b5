import { createActionRequestSchema, MEETING_LIMITS, type Meeting } from '@leernetwerk/shared';
import { Alert, Group, NativeSelect, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useRefusalAtFields } from '../privacy/useRefusalAtFields';
import { useAddAction } from './useActions';
import { useBottleneckOptions } from './useMeetingBottlenecks';
import { ownerGroups } from './actionOwners';
import { useMeetingPeople } from './useMeetingPeople';

/**
 * For managers: name an action with an owner, an optional due date and bottleneck. Client data in
 * the text is refused at the field; a work number there can be confirmed for the next save.
 */
export function ActionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const people = useMeetingPeople(meeting.id, meeting.attendees.length);
  const owners = ownerGroups(meeting, people.data ?? [], {
    present: t('meetings.actions.ownersPresent'),
    others: t('meetings.actions.ownersOthers'),
  });
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(meeting.facilitator.id);
  const [dueDate, setDueDate] = useState('');
  const [bottleneckId, setBottleneckId] = useState<string | null>(null);
  const { formRef, errors, show, clear } = useFieldErrors();
  const bottlenecks = useBottleneckOptions(true);
  const add = useAddAction(meeting.id);
  const message = (field: string) => {
    if (field === 'text') return t('meetings.actions.textInvalid');
    if (field === 'dueDate') return t('meetings.actions.dueDateInvalid');
    return t('validation.generic');
  };
  const guard = useRefusalAtFields(add.error, { show, fieldOf: (path) => path.split('.')[0] ?? path, message });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { text, ownerId, dueDate: dueDate || null, bottleneckId, ...guard.confirmation };
    const parsed = createActionRequestSchema.safeParse(body);
    if (!parsed.success) {
      return show(
        firstPerField(
          parsed.error.issues,
          (issue) => String(issue.path[0]),
          (_i, field) => message(field),
        ),
      );
    }
    show({});
    add.submit(body, {
      onSuccess: () => {
        setText('');
        setDueDate('');
        setBottleneckId(null);
        guard.setConfirmed(false);
      },
    });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} size="h4" id={headingId}>
        {t('meetings.actions.addHeading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          {guard.elsewhere && (
            <Alert color="red" role="alert">
              {errorMessage(t, add.error)}
            </Alert>
          )}
          <Textarea
            name="text"
            label={t('meetings.actions.text')}
            value={text}
            maxLength={MEETING_LIMITS.actionTextMax}
            error={errors.text}
            autosize
            minRows={2}
            onChange={(event) => {
              setText(event.currentTarget.value);
              clear('text');
            }}
            required
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('meetings.actions.ownerLabel')}
              description={t('meetings.actions.ownerHint')}
              data={owners}
              value={ownerId}
              onChange={(event) => setOwnerId(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              name="dueDate"
              label={t('meetings.actions.dueDate')}
              value={dueDate}
              error={errors.dueDate}
              onChange={(event) => {
                setDueDate(event.currentTarget.value);
                clear('dueDate');
              }}
            />
          </Group>
          <Select
            label={t('meetings.actions.bottleneckLabel')}
            placeholder={t('meetings.actions.noBottleneck')}
            data={(bottlenecks.data ?? []).map((b) => ({ value: b.id, label: b.title }))}
            value={bottleneckId}
            onChange={setBottleneckId}
            searchable
            clearable
          />
          <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
          <Group>
            <SubmitButton pending={add.pending}>{t('meetings.actions.add')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
